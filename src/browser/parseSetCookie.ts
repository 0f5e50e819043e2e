import { parseDate } from "tough-cookie";
import { cookieLimits } from "./cookieLimits.ts";
import type { SameSite } from "./storedCookie.ts";

/** A Set-Cookie header's name, value and attributes, before the jar applies its rules. */
export interface ParsedSetCookie {
  name: string;
  value: string;
  /** Domain attribute without its leading dot, lower-cased; `null` when absent or empty. */
  domain: string | null;
  /** Path attribute when it starts with "/"; `null` means "use the default path". */
  path: string | null;
  /** Max-Age in seconds (may be <= 0); `null` when absent or malformed. */
  maxAge: number | null;
  /** Expires as epoch ms; `null` when absent or not a cookie date. */
  expires: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
}

export type ParseSetCookieResult =
  { ok: true; cookie: ParsedSetCookie } | { ok: false; reason: "invalid" | "too-large" };

// RFC 6265bis §5.6 step 1: a control character other than HTAB voids the whole line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\x00-\x08\x0a-\x1f\x7f]/;
// Only SP and HTAB are "whitespace" to the cookie grammar; String.trim would also eat NBSP etc.
const EDGE_WHITESPACE = /^[ \t]+|[ \t]+$/g;
const MAX_AGE = /^-?[0-9]+$/;
// A Map, not an object literal: "constructor" or "__proto__" must not look like a known value.
const SAME_SITE_VALUES = new Map<string, SameSite>([
  ["lax", "Lax"],
  ["strict", "Strict"],
  ["none", "None"],
]);

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;
const trimWhitespace = (text: string) => text.replace(EDGE_WHITESPACE, "");

/**
 * Parses one Set-Cookie header as RFC 6265bis §5.6 does. Attributes are read in
 * order and a later one of the same kind replaces an earlier one, except that a
 * malformed Max-Age or Expires is skipped (so it cannot undo a valid one).
 */
export function parseSetCookie(header: string): ParseSetCookieResult {
  if (CONTROL_CHARACTER.test(header)) return { ok: false, reason: "invalid" };

  const firstSemicolon = header.indexOf(";");
  const nameValuePair = firstSemicolon === -1 ? header : header.slice(0, firstSemicolon);
  const equals = nameValuePair.indexOf("=");
  // A pair without "=" is a nameless cookie whose value is the whole pair (6265bis, as Chromium).
  const name = equals === -1 ? "" : trimWhitespace(nameValuePair.slice(0, equals));
  const value = trimWhitespace(equals === -1 ? nameValuePair : nameValuePair.slice(equals + 1));
  if (name === "" && value === "") return { ok: false, reason: "invalid" };
  if (byteLength(name) + byteLength(value) > cookieLimits.maxNameValueBytes) {
    return { ok: false, reason: "too-large" };
  }

  const cookie: ParsedSetCookie = {
    name,
    value,
    domain: null,
    path: null,
    maxAge: null,
    expires: null,
    secure: false,
    httpOnly: false,
    sameSite: null,
  };
  const attributes = firstSemicolon === -1 ? [] : header.slice(firstSemicolon + 1).split(";");
  for (const attribute of attributes) {
    const attributeEquals = attribute.indexOf("=");
    const attributeName = trimWhitespace(
      attributeEquals === -1 ? attribute : attribute.slice(0, attributeEquals),
    ).toLowerCase();
    const attributeValue =
      attributeEquals === -1 ? "" : trimWhitespace(attribute.slice(attributeEquals + 1));
    if (byteLength(attributeValue) > cookieLimits.maxAttributeValueBytes) continue;
    applyAttribute(cookie, attributeName, attributeValue);
  }
  return { ok: true, cookie };
}

function applyAttribute(cookie: ParsedSetCookie, name: string, value: string): void {
  switch (name) {
    case "expires": {
      // tough-cookie's parseDate is the RFC 6265 §5.1.1 algorithm and needs no clock.
      const date = parseDate(value);
      if (date) cookie.expires = date.getTime();
      return;
    }
    case "max-age":
      if (MAX_AGE.test(value)) cookie.maxAge = Number(value);
      return;
    case "domain": {
      const domain = (value.startsWith(".") ? value.slice(1) : value).toLowerCase();
      // An empty Domain leaves a host-only cookie, as Chromium treats it.
      cookie.domain = domain === "" ? null : domain;
      return;
    }
    case "path":
      cookie.path = value.startsWith("/") ? value : null;
      return;
    case "secure":
      cookie.secure = true;
      return;
    case "httponly":
      cookie.httpOnly = true;
      return;
    case "samesite":
      cookie.sameSite = SAME_SITE_VALUES.get(value.toLowerCase()) ?? null;
      return;
    default:
      // Priority, Partitioned and unknown attributes do not matter to this simulation.
      return;
  }
}

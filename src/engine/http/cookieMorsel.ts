import { PythonError } from "../python/PythonError.ts";
import { httpDate } from "./httpDate.ts";

export interface SetCookieOptions {
  maxAge?: number | null;
  expires?: string | null;
  path?: string | null;
  domain?: string | null;
  secure?: boolean | null;
  httponly?: boolean | null;
  samesite?: string | false | null;
}

const LEGAL = /^[A-Za-z0-9!#$%&'*+\-.^_`|~:]+$/;

/** http.cookies._quote: values outside the legal set (the empty string too) are double-quoted. */
function quote(value: string): string {
  if (LEGAL.test(value)) return value;
  const escaped = [...value]
    .map((c) => {
      if (c === '"' || c === "\\") return `\\${c}`;
      const code = c.charCodeAt(0);
      // Python's translator covers the first 256 code points only; others pass as they are.
      if (code < 0x20 || (code >= 0x7f && code < 0x100) || c === "," || c === ";")
        return `\\${code.toString(8).padStart(3, "0")}`;
      return c;
    })
    .join("");
  return `"${escaped}"`;
}

/**
 * HttpResponse.set_cookie + Morsel.OutputString: the exact Set-Cookie line
 * Django sends, attributes sorted by Morsel's internal names (Domain, expires,
 * HttpOnly, Max-Age, Path, SameSite, Secure).
 */
export function setCookieHeader(
  name: string,
  value: string,
  opts: SetCookieOptions,
  nowMs: number,
): string {
  let expires = opts.expires ?? "";
  let maxAge: number | null = null;
  if (opts.maxAge !== null && opts.maxAge !== undefined) {
    maxAge = Math.trunc(opts.maxAge);
    if (!opts.expires) expires = httpDate(nowMs / 1000 + opts.maxAge);
  }
  let samesite: string | null = null;
  if (opts.samesite) {
    if (!["lax", "none", "strict"].includes(opts.samesite.toLowerCase())) {
      throw new PythonError("ValueError", 'samesite must be "lax", "none", or "strict".');
    }
    samesite = opts.samesite;
  }
  const parts = [`${name}=${quote(value)}`];
  if (opts.domain !== null && opts.domain !== undefined && opts.domain !== "")
    parts.push(`Domain=${opts.domain}`);
  if (expires) parts.push(`expires=${expires}`);
  if (opts.httponly) parts.push("HttpOnly");
  if (maxAge !== null) parts.push(`Max-Age=${maxAge}`);
  if (opts.path !== null && opts.path !== undefined && opts.path !== "")
    parts.push(`Path=${opts.path}`);
  if (samesite) parts.push(`SameSite=${samesite}`);
  if (opts.secure) parts.push("Secure");
  return parts.join("; ");
}

/** HttpResponse.delete_cookie: never HttpOnly; Secure only for prefixed names or SameSite=None. */
export function deleteCookieHeader(
  name: string,
  opts: { path?: string; domain?: string | null; samesite?: string | false | null },
  nowMs: number,
): string {
  const secure =
    name.startsWith("__Secure-") ||
    name.startsWith("__Host-") ||
    (typeof opts.samesite === "string" && opts.samesite.toLowerCase() === "none");
  return setCookieHeader(
    name,
    "",
    {
      maxAge: 0,
      expires: "Thu, 01 Jan 1970 00:00:00 GMT",
      path: opts.path ?? "/",
      domain: opts.domain ?? null,
      secure,
      samesite: opts.samesite ?? null,
    },
    nowMs,
  );
}

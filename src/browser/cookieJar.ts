import { cookieHost } from "./cookieHost.ts";
import { cookieExpiry } from "./cookieExpiry.ts";
import { cookiePrefixViolation } from "./cookiePrefixViolation.ts";
import { cookieSendOrder } from "./cookieSendOrder.ts";
import { defaultPath } from "./defaultPath.ts";
import { domainMatch } from "./domainMatch.ts";
import { parseSetCookie } from "./parseSetCookie.ts";
import { pathMatch } from "./pathMatch.ts";
import { resolveCookieDomain } from "./resolveCookieDomain.ts";
import type { CookieRejection, SetCookieOutcome } from "./setCookieOutcome.ts";
import type { StoredCookie } from "./storedCookie.ts";

export type { SameSite, StoredCookie } from "./storedCookie.ts";
export type { CookieRejection, SetCookieOutcome } from "./setCookieOutcome.ts";

/** A DevTools-style edit of one cookie (see the scenario format's `edit_cookie`). */
export interface CookieEdit {
  name: string;
  /** The new value; `null` deletes the cookie. */
  value: string | null;
  /** The page whose cookie is edited. */
  url: string;
  /** Narrow to the cookie with this domain (a leading dot and case are ignored). */
  domain?: string;
  /** Narrow to the cookie with exactly this path. */
  path?: string;
}

interface RequestTarget {
  host: string;
  path: string;
  secure: boolean;
}

function requestTarget(url: string): RequestTarget {
  const parsed = new URL(url);
  return {
    host: cookieHost(parsed),
    path: parsed.pathname === "" ? "/" : parsed.pathname,
    // The scenario format counts http://localhost as insecure, unlike real
    // Chromium, so that SESSION_COOKIE_SECURE over http loses the session there too.
    secure: parsed.protocol === "https:" || parsed.protocol === "wss:",
  };
}

const copy = (cookie: StoredCookie): StoredCookie => ({ ...cookie });
const serialize = (cookie: StoredCookie) =>
  // A nameless cookie is sent as its bare value (RFC 6265bis §5.8.3).
  cookie.name === "" ? cookie.value : `${cookie.name}=${cookie.value}`;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sameIdentity = (a: StoredCookie, b: StoredCookie) =>
  a.name === b.name && a.domain === b.domain && a.hostOnly === b.hostOnly && a.path === b.path;
const isExpired = (cookie: StoredCookie, now: number) =>
  cookie.expires !== null && cookie.expires <= now;

/**
 * Chromium's IsEquivalentForSecureCookieMatching ("leave secure cookies alone"):
 * a cookie from an insecure origin may not replace or shadow a Secure cookie of
 * the same name when either domain domain-matches the other and the Secure
 * cookie's path path-matches the new one's (a longer-path impostor would be sent
 * first, and a same-path one would replace it).
 */
function shadowsSecureCookie(incoming: StoredCookie, existing: StoredCookie): boolean {
  return (
    existing.secure &&
    existing.name === incoming.name &&
    (domainMatch(incoming.domain, existing.domain) ||
      domainMatch(existing.domain, incoming.domain)) &&
    pathMatch(incoming.path, existing.path)
  );
}

/**
 * One browser profile's cookie store, following RFC 6265bis as Chromium
 * implements it, on a virtual clock. Every cookie handed out is a copy.
 * All requests count as same-site: SameSite is recorded, never used to block.
 */
export class CookieJar {
  readonly #now: () => number;
  #cookies: StoredCookie[] = [];
  #nextCreationIndex = 0;

  /** @param now the virtual clock, epoch ms */
  constructor(now: () => number) {
    this.#now = now;
  }

  /** Applies one Set-Cookie header received in a response from `url`. */
  receive(setCookieHeader: string, url: string): SetCookieOutcome {
    const now = this.#evictExpired();
    const rejected = (reason: CookieRejection): SetCookieOutcome => ({
      kind: "rejected",
      reason,
      header: setCookieHeader,
    });

    const parsed = parseSetCookie(setCookieHeader);
    if (!parsed.ok) return rejected(parsed.reason);
    const attributes = parsed.cookie;
    const target = requestTarget(url);
    const domain = resolveCookieDomain(target.host, attributes.domain);
    if (!domain.ok) return rejected(domain.reason);
    if (attributes.secure && !target.secure) return rejected("secure-from-insecure-origin");
    const prefixViolation = cookiePrefixViolation(attributes, target.secure);
    if (prefixViolation) return rejected(prefixViolation);
    if (attributes.sameSite === "None" && !attributes.secure) {
      return rejected("samesite-none-without-secure");
    }

    const incoming: StoredCookie = {
      name: attributes.name,
      value: attributes.value,
      domain: domain.domain,
      hostOnly: domain.hostOnly,
      path: attributes.path ?? defaultPath(target.path),
      expires: cookieExpiry(attributes, now),
      secure: attributes.secure,
      httpOnly: attributes.httpOnly,
      sameSite: attributes.sameSite,
      creation: now,
      creationIndex: -1,
    };
    // Checked before the deletion below: an http response cannot delete a Secure cookie either.
    if (!target.secure && this.#cookies.some((c) => shadowsSecureCookie(incoming, c))) {
      return rejected("overwrites-secure-cookie");
    }

    // A cookie edited by hand can share its identity with another (see edit()): every one of
    // them is replaced, and the replacement keeps the last one's creation, as the recorder's jar.
    const same = this.#cookies.filter((c) => sameIdentity(c, incoming));
    const existing = same.length === 0 ? null : same[same.length - 1]!;
    if (isExpired(incoming, now)) {
      if (!existing) return { kind: "ignored-expired" };
      this.#cookies = this.#cookies.filter((c) => !same.includes(c));
      return { kind: "deleted", cookie: copy(existing) };
    }
    // RFC 6265 §5.3 step 11.3: a replacement keeps the old cookie's creation time
    // (and so its place in the Cookie header order).
    incoming.creation = existing ? existing.creation : now;
    incoming.creationIndex = existing ? existing.creationIndex : this.#nextCreationIndex++;
    if (existing)
      this.#cookies = this.#cookies.flatMap((c) =>
        c === existing ? [incoming] : same.includes(c) ? [] : [c],
      );
    else this.#cookies.push(incoming);
    return { kind: "stored", cookie: copy(incoming), replaced: existing && copy(existing) };
  }

  /** The Cookie header a request to `url` carries, or `null` when it carries none. */
  cookieHeader(url: string): string | null {
    const sent = this.#cookiesSentTo(url);
    return sent.length === 0 ? null : sent.map(serialize).join("; ");
  }

  /** What page JavaScript at `url` reads from `document.cookie`: no HttpOnly cookies. */
  documentCookie(url: string): string {
    return this.#cookiesSentTo(url)
      .filter((c) => !c.httpOnly)
      .map(serialize)
      .join("; ");
  }

  /** Every unexpired cookie, sorted by name, domain, path (the trace's `jar` order). */
  cookies(): StoredCookie[] {
    this.#evictExpired();
    return this.#cookies.map(copy).sort(
      (a, b) =>
        compareText(a.name, b.name) ||
        compareText(a.domain, b.domain) ||
        compareText(a.path, b.path) ||
        // Same name, domain and path: a host-only and a domain cookie can both exist.
        Number(b.hostOnly) - Number(a.hostOnly),
    );
  }

  /** The browser quits: session cookies (no Max-Age/Expires) go. Returns those dropped. */
  closeSession(): StoredCookie[] {
    const dropped = this.cookies().filter((c) => c.expires === null);
    this.#cookies = this.#cookies.filter((c) => c.expires !== null);
    return dropped;
  }

  /**
   * A cookie edited by hand in the developer tools. The cookies meant are those
   * named `name` that belong to the url's host (narrowed by `domain`/`path`):
   * every one of them takes the value (or is deleted), keeping its other
   * attributes and creation time. With none, a host-only session cookie for the
   * url's host is created at path "/", neither Secure nor HttpOnly, SameSite
   * unset. DevTools bypasses the Set-Cookie rules, so nothing here is refused.
   * Returns the cookie as it now is (the first in Cookie header order, when
   * several changed), or `null` when it was deleted or absent.
   */
  edit(edit: CookieEdit): StoredCookie | null {
    const now = this.#evictExpired();
    const { host } = requestTarget(edit.url);
    const domain = edit.domain?.replace(/^\./, "").toLowerCase();
    // Every cookie the edit can mean changes, as in the recorder (tests/conformance/README.md §6.5).
    const targets = this.#cookies
      .filter(
        (c) =>
          c.name === edit.name &&
          (c.hostOnly ? c.domain === host : domainMatch(host, c.domain)) &&
          (domain === undefined || c.domain === domain) &&
          (edit.path === undefined || c.path === edit.path),
      )
      .sort(cookieSendOrder);

    if (edit.value === null) {
      this.#cookies = this.#cookies.filter((c) => !targets.includes(c));
      return null;
    }
    if (targets.length > 0) {
      for (const c of targets) c.value = edit.value;
      return copy(targets[0]!);
    }
    const created: StoredCookie = {
      name: edit.name,
      value: edit.value,
      domain: host,
      hostOnly: true,
      path: "/",
      expires: null,
      secure: false,
      httpOnly: false,
      sameSite: null,
      creation: now,
      creationIndex: this.#nextCreationIndex++,
    };
    this.#cookies.push(created);
    return copy(created);
  }

  /**
   * The value of the cookie `name` a request to `url` would carry, else of the
   * oldest cookie of that name held, else `null`. When the request would carry
   * several, the last one in header order is meant: that is the one Django's
   * parse_cookie keeps, so it is the session key the server acts on.
   */
  valueFor(name: string, url: string): string | null {
    const sent = this.#cookiesSentTo(url).filter((c) => c.name === name);
    if (sent.length > 0) return sent[sent.length - 1]!.value;
    const oldest = this.#cookies
      .filter((c) => c.name === name)
      .sort((a, b) => a.creation - b.creation || a.creationIndex - b.creationIndex)[0];
    return oldest ? oldest.value : null;
  }

  /** Every cookie held, as copies, expired or not (for persistence and time travel). */
  snapshot(): StoredCookie[] {
    return this.#cookies.map(copy);
  }

  /** Replaces the jar's contents with copies of `cookies` (from `snapshot`). */
  restore(cookies: StoredCookie[]): void {
    this.#cookies = cookies.map(copy);
    this.#nextCreationIndex =
      this.#cookies.reduce((max, c) => Math.max(max, c.creationIndex), -1) + 1;
  }

  #cookiesSentTo(url: string): StoredCookie[] {
    this.#evictExpired();
    const target = requestTarget(url);
    return this.#cookies
      .filter(
        (c) =>
          (c.hostOnly ? c.domain === target.host : domainMatch(target.host, c.domain)) &&
          pathMatch(target.path, c.path) &&
          (!c.secure || target.secure),
      )
      .sort(cookieSendOrder);
  }

  /** Drops cookies whose expiry is <= now; returns now so callers read the clock once. */
  #evictExpired(): number {
    const now = this.#now();
    this.#cookies = this.#cookies.filter((c) => !isExpired(c, now));
    return now;
  }
}

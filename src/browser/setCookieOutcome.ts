import type { StoredCookie } from "./storedCookie.ts";

/** Why the jar refused a Set-Cookie header (one reason, the first that applies). */
export type CookieRejection =
  | "secure-from-insecure-origin"
  | "overwrites-secure-cookie"
  | "samesite-none-without-secure"
  | "prefix-secure"
  | "prefix-host"
  | "domain-mismatch"
  | "public-suffix"
  | "too-large"
  | "invalid";

/** What one Set-Cookie header did to the jar. */
export type SetCookieOutcome =
  | { kind: "stored"; cookie: StoredCookie; replaced: StoredCookie | null }
  /** Max-Age <= 0 or an Expires in the past removed the cookie with the same identity. */
  | { kind: "deleted"; cookie: StoredCookie }
  /** Expired on arrival, and there was nothing with that identity to delete. */
  | { kind: "ignored-expired" }
  | { kind: "rejected"; reason: CookieRejection; header: string };

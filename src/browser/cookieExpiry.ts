import { cookieLimits } from "./cookieLimits.ts";
import type { ParsedSetCookie } from "./parseSetCookie.ts";

/**
 * The absolute expiry (epoch ms) of a cookie set at `now`, or `null` for a
 * session cookie. Max-Age wins over Expires whatever their order (RFC 6265
 * §5.3 step 3); Max-Age <= 0 means "the earliest representable time", returned
 * as -Infinity so it is expired at any clock value; both are capped at 400 days
 * (6265bis). Computed here, not by tough-cookie, which measures Max-Age from the
 * last access on the real clock.
 */
export function cookieExpiry(
  cookie: Pick<ParsedSetCookie, "maxAge" | "expires">,
  now: number,
): number | null {
  if (cookie.maxAge !== null) {
    if (cookie.maxAge <= 0) return Number.NEGATIVE_INFINITY;
    return now + Math.min(cookie.maxAge * 1000, cookieLimits.maxLifetimeMs);
  }
  if (cookie.expires !== null) return Math.min(cookie.expires, now + cookieLimits.maxLifetimeMs);
  return null;
}

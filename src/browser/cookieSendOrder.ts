import type { StoredCookie } from "./storedCookie.ts";

/**
 * Cookie header order (RFC 6265 §5.4 step 2, Chromium's CookieSorter): longer
 * paths first, then older cookies first. This order decides which duplicate a
 * server sees: Django's parse_cookie keeps the last one.
 */
export function cookieSendOrder(a: StoredCookie, b: StoredCookie): number {
  return (
    b.path.length - a.path.length || a.creation - b.creation || a.creationIndex - b.creationIndex
  );
}

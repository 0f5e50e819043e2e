/** What the learner typed in the address bar, read as a browser would. */
export type Address =
  { ok: true; origin: string; path: string } | { ok: false; reason: "empty" | "scheme" | "ops" };

/**
 * "/login/", "login/" or a whole "https://testserver/backend/?x=1". Only http
 * and https are understood. /ops/ is refused: it is the playground's endpoint
 * for the Operations panel, not a page.
 */
export function parseAddress(text: string, origin: string): Address {
  const raw = text.trim();
  if (!raw) return { ok: false, reason: "empty" };
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, reason: "scheme" };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return { ok: false, reason: "scheme" };
  } else {
    url = new URL(raw.startsWith("/") ? raw : `/${raw}`, origin);
  }
  if (url.pathname === "/ops/") return { ok: false, reason: "ops" };
  return { ok: true, origin: url.origin, path: url.pathname + url.search };
}

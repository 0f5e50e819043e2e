import type { TraceCookie } from "../../scenario/Trace.ts";

/** RFC 6265 path-match: equal, or a prefix ending at a "/" boundary. */
function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

const domainMatch = (host: string, domain: string) =>
  host === domain || host.endsWith(`.${domain}`);

/**
 * The cookies page JavaScript on `url` reads through `document.cookie`: the
 * ones the browser would send there (domain, path, not expired, Secure only on
 * https), minus HttpOnly ones, longer paths first as in the Cookie header.
 * The list is one browser's jar already, so simple matching is enough.
 */
export function documentCookie(
  cookies: readonly TraceCookie[],
  url: string,
  now: string,
): TraceCookie[] {
  const { hostname, pathname, protocol } = new URL(url);
  const nowMs = Date.parse(now);
  return cookies
    .filter(
      (c) =>
        !c.httponly &&
        (!c.secure || protocol === "https:") &&
        (c.expires === null || Date.parse(c.expires) > nowMs) &&
        domainMatch(hostname.toLowerCase(), c.domain) &&
        pathMatch(pathname || "/", c.path),
    )
    .sort((a, b) => b.path.length - a.path.length);
}

/** The string `document.cookie` returns for those cookies. */
export const documentCookieText = (cookies: readonly TraceCookie[]) =>
  cookies.map((c) => (c.name === "" ? c.value : `${c.name}=${c.value}`)).join("; ");

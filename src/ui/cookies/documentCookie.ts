import { cookieHost } from "../../browser/cookieHost.ts";
import { domainMatch } from "../../browser/domainMatch.ts";
import { pathMatch } from "../../browser/pathMatch.ts";
import type { TraceCookie } from "../../scenario/Trace.ts";

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
  const parsed = new URL(url);
  const { pathname, protocol } = parsed;
  const host = cookieHost(parsed);
  const nowMs = Date.parse(now);
  return cookies
    .filter(
      (c) =>
        !c.httponly &&
        (!c.secure || protocol === "https:") &&
        (c.expires === null || Date.parse(c.expires) > nowMs) &&
        domainMatch(host, c.domain) &&
        pathMatch(pathname || "/", c.path),
    )
    .sort((a, b) => b.path.length - a.path.length);
}

/** The string `document.cookie` returns for those cookies. */
export const documentCookieText = (cookies: readonly TraceCookie[]) =>
  cookies.map((c) => (c.name === "" ? c.value : `${c.name}=${c.value}`)).join("; ");

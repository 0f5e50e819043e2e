import { cookieHost } from "../../browser/cookieHost.ts";

/**
 * The origin to address a cookie through when editing it: the browser's own
 * origin when its host is within the cookie's domain, else the cookie's
 * domain itself (https for a Secure cookie), so the edit finds that cookie
 * instead of creating a new one for the browser's host.
 */
export function cookieOrigin(
  cookie: { domain: string; secure: boolean },
  browserOrigin: string,
): string {
  const host = cookieHost(browserOrigin);
  if (host === cookie.domain || host.endsWith(`.${cookie.domain}`)) return browserOrigin;
  // An IPv6 address takes its brackets back in a URL.
  const urlHost = cookie.domain.includes(":") ? `[${cookie.domain}]` : cookie.domain;
  return `${cookie.secure ? "https" : "http"}://${urlHost}`;
}

import type { ParsedSetCookie } from "./parseSetCookie.ts";

/**
 * The cookie-name prefix rule a Set-Cookie breaks, if any (RFC 6265bis §4.1.3):
 * `__Secure-` needs Secure from a secure origin; `__Host-` also needs no Domain
 * and a `Path=/` attribute. Matched case-insensitively, as current Chromium and
 * 6265bis do; a nameless cookie whose value looks prefixed is refused too, so it
 * cannot pose as a prefixed cookie in the Cookie header.
 */
export function cookiePrefixViolation(
  cookie: ParsedSetCookie,
  secureOrigin: boolean,
): "prefix-secure" | "prefix-host" | null {
  const prefixed = (cookie.name === "" ? cookie.value : cookie.name).toLowerCase();
  if (cookie.name === "") {
    if (prefixed.startsWith("__secure-")) return "prefix-secure";
    if (prefixed.startsWith("__host-")) return "prefix-host";
    return null;
  }
  const secure = cookie.secure && secureOrigin;
  if (prefixed.startsWith("__secure-") && !secure) return "prefix-secure";
  if (
    prefixed.startsWith("__host-") &&
    !(secure && cookie.domain === null && cookie.path === "/")
  ) {
    return "prefix-host";
  }
  return null;
}

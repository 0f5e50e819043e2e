import { getPublicSuffix } from "tough-cookie";

/**
 * Whether `domain` is a public suffix (or otherwise has no registrable domain,
 * like an IP address or a single-label name such as "testserver" or
 * "localhost"): Chromium lets such a name be a cookie's Domain only when it is
 * the request host itself, and then the cookie is host-only.
 *
 * Despite its name, tough-cookie's getPublicSuffix returns the registrable
 * domain (tldts getDomain, private registries included), or undefined when
 * there is none. ignoreError stops it throwing on special-use names like
 * "localhost" and ".test".
 */
export function isPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, { ignoreError: true }) === undefined;
}

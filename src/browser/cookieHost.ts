/**
 * The host a cookie jar keys cookies by: the URL's hostname, lower-case, and
 * an IPv6 address without the URL's brackets ("::1"), as the recorder's jar
 * (Python's urlsplit) holds it.
 */
export function cookieHost(url: string | URL): string {
  const { hostname } = typeof url === "string" ? new URL(url) : url;
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
}

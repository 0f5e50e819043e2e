// WHATWG URL parsing canonicalises every IPv4 spelling (0x7f.1, 2130706433, …) to dotted decimal.
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/** Whether a URL hostname is an IP address; cookies never domain-match by suffix on one. */
export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || (host.startsWith("[") && host.endsWith("]")) || host.includes(":");
}

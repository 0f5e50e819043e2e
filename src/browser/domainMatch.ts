import { isIpAddress } from "./isIpAddress.ts";

/**
 * RFC 6265 §5.1.3: `host` domain-matches `domain` when they are equal, or when
 * `host` ends with "." + `domain` and is not an IP address. Both are lower-case
 * without a leading dot.
 */
export function domainMatch(host: string, domain: string): boolean {
  if (host === domain) return true;
  return !isIpAddress(host) && host.endsWith(`.${domain}`);
}

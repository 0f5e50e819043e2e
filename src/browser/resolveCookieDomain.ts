import { domainMatch } from "./domainMatch.ts";
import { isIpAddress } from "./isIpAddress.ts";
import { isPublicSuffix } from "./isPublicSuffix.ts";

export type ResolvedCookieDomain =
  | { ok: true; domain: string; hostOnly: boolean }
  | { ok: false; reason: "domain-mismatch" | "public-suffix" };

/**
 * RFC 6265bis §5.7 steps 5–7 as Chromium's GetCookieDomainWithString applies
 * them: no Domain → host-only; a Domain the host does not domain-match →
 * rejected; a public suffix (or IP, or single-label name) as Domain → host-only
 * when it is the host itself, else rejected; otherwise a domain cookie.
 *
 * @param host the request URL's hostname (lower-case)
 * @param domainAttribute the parsed Domain attribute (no leading dot, lower-case) or null
 */
export function resolveCookieDomain(
  host: string,
  domainAttribute: string | null,
): ResolvedCookieDomain {
  if (domainAttribute === null) return { ok: true, domain: host, hostOnly: true };
  if (!domainMatch(host, domainAttribute)) return { ok: false, reason: "domain-mismatch" };
  if (isIpAddress(domainAttribute) || isPublicSuffix(domainAttribute)) {
    return domainAttribute === host
      ? { ok: true, domain: host, hostOnly: true }
      : { ok: false, reason: "public-suffix" };
  }
  return { ok: true, domain: domainAttribute, hostOnly: false };
}

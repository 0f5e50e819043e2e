/** The size and lifetime limits RFC 6265bis sets and Chromium applies. */
export const cookieLimits = {
  /** §5.6 step 5: a cookie whose name plus value exceed this many bytes is ignored. */
  maxNameValueBytes: 4096,
  /** §5.6: an attribute whose value exceeds this many bytes is ignored (the cookie is kept). */
  maxAttributeValueBytes: 1024,
  /** §5.6.1/§5.6.2: no cookie lives longer than 400 days from when it was set. */
  maxLifetimeMs: 400 * 24 * 60 * 60 * 1000,
} as const;

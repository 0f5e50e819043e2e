/** The SameSite attribute as recorded; `null` when absent or not one of the three values. */
export type SameSite = "Lax" | "Strict" | "None" | null;

/** One cookie as the simulated browser holds it (RFC 6265bis §5.7 storage model). */
export interface StoredCookie {
  name: string;
  value: string;
  /** Lower-case, no leading dot; for host-only cookies, the host that set it. */
  domain: string;
  hostOnly: boolean;
  path: string;
  /** Absolute epoch ms on the virtual clock; `null` for a session cookie. */
  expires: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** Epoch ms on the virtual clock. */
  creation: number;
  /**
   * Jar-wide creation counter. The virtual clock often stands still while a
   * response sets several cookies, so `creation` alone cannot say which is
   * older; the Cookie header's "older first" order needs a strict tie-breaker.
   */
  creationIndex: number;
}

import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";

export type SignedCookiePayload =
  | { kind: "json"; data: unknown }
  /** zlib-compressed (a leading "."): readable only with an inflater, which the UI does not load. */
  | { kind: "compressed" }
  | { kind: "invalid" };

/**
 * What a signed_cookies session cookie carries, read without checking the
 * signature (as anyone holding the cookie can): the part before the first
 * ":" is base64url of the JSON, or "." + base64url of zlib-compressed JSON.
 */
export function signedCookiePayload(value: string): SignedCookiePayload {
  const payload = value.split(":")[0];
  if (payload.startsWith(".")) return { kind: "compressed" };
  try {
    const b64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (ch) =>
      ch.charCodeAt(0),
    );
    return { kind: "json", data: pyJsonLoads(new TextDecoder().decode(bytes)) };
  } catch {
    return { kind: "invalid" };
  }
}

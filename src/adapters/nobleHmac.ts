import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import type { Hmac } from "../engine/ports.ts";

const encoder = new TextEncoder();

/**
 * The engine's Hmac in audited JavaScript, for pages that are not a secure
 * context (plain http on a LAN address), where browsers hide Web Crypto's
 * crypto.subtle. Same bytes as webCryptoHmac; the shared vectors test both.
 */
export function nobleHmac(): Hmac {
  const keys = new Map<string, Uint8Array>();
  return {
    async saltedHmacSha256(keyMaterial, message) {
      let key = keys.get(keyMaterial);
      if (!key) {
        key = sha256(encoder.encode(keyMaterial));
        keys.set(keyMaterial, key);
      }
      return hmac(sha256, key, encoder.encode(message));
    },
  };
}

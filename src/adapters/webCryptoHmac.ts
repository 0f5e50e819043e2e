import type { Hmac } from "../engine/ports.ts";

const encoder = new TextEncoder();

/**
 * The engine's Hmac on Web Crypto (the browser's, and Node's globalThis.crypto).
 * Importing a key costs more than signing with it, and a playground signs with
 * a handful of (salt, SECRET_KEY) pairs, so imported keys are kept.
 */
export function webCryptoHmac(subtle: SubtleCrypto = globalThis.crypto.subtle): Hmac {
  const keys = new Map<string, Promise<CryptoKey>>();
  const keyFor = (material: string) => {
    let key = keys.get(material);
    if (!key) {
      key = subtle
        .digest("SHA-256", encoder.encode(material))
        .then((raw) =>
          subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]),
        );
      keys.set(material, key);
    }
    return key;
  };
  return {
    async saltedHmacSha256(keyMaterial, message) {
      const sig = await subtle.sign("HMAC", await keyFor(keyMaterial), encoder.encode(message));
      return new Uint8Array(sig);
    },
  };
}

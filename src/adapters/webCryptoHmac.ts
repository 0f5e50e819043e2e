import type { Hmac } from "../engine/ports.ts";

const encoder = new TextEncoder();

/** Signatures remembered: a step signs its session once and then verifies it twice. */
const REMEMBERED = 64;

/**
 * The engine's Hmac on Web Crypto (the browser's, and Node's globalThis.crypto).
 * Importing a key costs more than signing with it, and a playground signs with
 * a handful of (salt, SECRET_KEY) pairs, so imported keys are kept. Each sign
 * is a trip to the browser's crypto thread; a step signs the session it saves
 * and then verifies the same string when the store panel decodes it and when
 * the next request loads it. HMAC is a pure function, so the last results are
 * kept too.
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
  const signed = new Map<string, Promise<Uint8Array>>();
  return {
    async saltedHmacSha256(keyMaterial, message) {
      const id = `${keyMaterial.length}:${keyMaterial}${message}`;
      let sig = signed.get(id);
      if (sig) {
        // Most recently used last, so the oldest is dropped first.
        signed.delete(id);
      } else {
        sig = keyFor(keyMaterial).then(
          async (key) => new Uint8Array(await subtle.sign("HMAC", key, encoder.encode(message))),
        );
        sig.catch(() => signed.delete(id));
        if (signed.size >= REMEMBERED) signed.delete(signed.keys().next().value!);
      }
      signed.set(id, sig);
      return (await sig).slice();
    },
  };
}

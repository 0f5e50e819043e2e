import type { RandomSource } from "../engine/ports.ts";

/**
 * Uniform integers from crypto.getRandomValues, as Django's secrets.choice
 * draws session keys. Rejection sampling keeps every value equally likely.
 */
export function cryptoRandom(crypto: Crypto = globalThis.crypto): RandomSource {
  const buf = new Uint32Array(1);
  return {
    below(n) {
      const limit = Math.floor(0x1_0000_0000 / n) * n;
      for (;;) {
        crypto.getRandomValues(buf);
        if (buf[0] < limit) return buf[0] % n;
      }
    },
  };
}

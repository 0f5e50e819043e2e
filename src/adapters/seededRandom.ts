import type { RandomSource } from "../engine/ports.ts";

export type SeededRandomState = [number, number, number, number];

/**
 * A seeded generator (sfc32: small, fast, passes PractRand) for the
 * playground's session keys. Django draws keys from `secrets`; the app uses a
 * seed instead so that "go back to step 5 and continue" replays the same keys
 * a learner already saw. Written here because it is a dozen lines and its
 * state must be saved and restored, which generator libraries rarely expose.
 */
export function seededRandom(
  state: SeededRandomState,
): RandomSource & { state(): SeededRandomState } {
  let [a, b, c, d] = state;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    below(n) {
      const limit = Math.floor(0x1_0000_0000 / n) * n;
      for (;;) {
        const x = next();
        if (x < limit) return x % n;
      }
    },
    state: () => [a, b, c, d],
  };
}

/** A fresh state from the platform's cryptographic random source. */
export function freshSeed(): SeededRandomState {
  const s = crypto.getRandomValues(new Uint32Array(4));
  return [s[0], s[1], s[2], s[3]];
}

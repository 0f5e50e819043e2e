import { describe, expect, it } from "vitest";
import { nobleHmac } from "./nobleHmac.ts";
import { webCryptoHmac } from "./webCryptoHmac.ts";

/** Node's Web Crypto, counting the signatures it is asked for. */
function countingSubtle() {
  const subtle = globalThis.crypto.subtle;
  const counter = { signs: 0 };
  const counting = {
    digest: subtle.digest.bind(subtle),
    importKey: subtle.importKey.bind(subtle),
    sign: (...args: Parameters<SubtleCrypto["sign"]>) => {
      counter.signs++;
      return subtle.sign(...args);
    },
  } as SubtleCrypto;
  return { counting, counter };
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("webCryptoHmac", () => {
  it("signs as Django's salted_hmac does, asking Web Crypto once for a repeated string", async () => {
    const { counting, counter } = countingSubtle();
    const hmac = webCryptoHmac(counting);
    const reference = nobleHmac();
    const key = "django.contrib.sessions.SessionStoresignersecret";
    const first = await hmac.saltedHmacSha256(key, "message");
    expect(hex(first)).toBe(hex(await reference.saltedHmacSha256(key, "message")));
    first.fill(0);
    expect(hex(await hmac.saltedHmacSha256(key, "message"))).toBe(
      hex(await reference.saltedHmacSha256(key, "message")),
    );
    expect(counter.signs).toBe(1);
    // The same text split differently between key and message is another signature.
    expect(hex(await hmac.saltedHmacSha256(key + "m", "essage"))).toBe(
      hex(await reference.saltedHmacSha256(key + "m", "essage")),
    );
    expect(counter.signs).toBe(2);
  });

  it("keeps only the most recently used signatures", async () => {
    const { counting, counter } = countingSubtle();
    const hmac = webCryptoHmac(counting);
    for (let i = 0; i < 64; i++) await hmac.saltedHmacSha256("k", `m${i}`);
    await hmac.saltedHmacSha256("k", "m0"); // used again: now the newest
    await hmac.saltedHmacSha256("k", "m64"); // drops m1, the oldest
    expect(counter.signs).toBe(65);
    await hmac.saltedHmacSha256("k", "m0");
    expect(counter.signs).toBe(65);
    await hmac.saltedHmacSha256("k", "m1");
    expect(counter.signs).toBe(66);
  });
});

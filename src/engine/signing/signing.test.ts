import { describe, expect, it } from "vitest";
import vectors from "../../../../shared/vectors/django-signing.json" with { type: "json" };
import { nobleHmac } from "../../adapters/nobleHmac.ts";
import { webCryptoHmac } from "../../adapters/webCryptoHmac.ts";
import { dumps, loads } from "./signing.ts";
import { BadSignature } from "./BadSignature.ts";

const hmac = webCryptoHmac();
const REF_KEY = "playground-secret-key-0123456789";
const REF_TIME = 1700000000_000;

describe("Django's signing", () => {
  it("signs the same bytes with Web Crypto and with the JavaScript fallback for insecure pages", async () => {
    for (const v of vectors.vectors) {
      const opts = {
        secretKey: v.secret_key,
        salt: v.salt,
        nowMs: v.timestamp * 1000,
        compress: true,
      };
      expect(await dumps(v.data, { ...opts, hmac: nobleHmac() })).toBe(v.encoded);
      expect(await dumps(v.data, { ...opts, hmac: webCryptoHmac() })).toBe(v.encoded);
    }
  });

  for (const v of vectors.vectors) {
    it(`reproduces Django's ${v.kind} for ${JSON.stringify(v.data).slice(0, 40)} byte for byte`, async () => {
      const out = await dumps(v.data, {
        hmac,
        secretKey: v.secret_key,
        salt: v.salt,
        nowMs: v.timestamp * 1000,
        compress: true,
      });
      expect(out).toBe(v.encoded);
    });

    it(`reads back Django's ${v.kind} for ${JSON.stringify(v.data).slice(0, 40)}`, async () => {
      const data = await loads(v.encoded, {
        hmac,
        secretKey: v.secret_key,
        salt: v.salt,
        nowMs: v.timestamp * 1000,
      });
      expect(data).toEqual(v.data);
    });
  }

  it("matches the reference's session encodings, including escaped non-ASCII and compression", async () => {
    const enc = (obj: unknown) =>
      dumps(obj, {
        hmac,
        secretKey: REF_KEY,
        salt: "django.contrib.sessions.SessionStore",
        nowMs: REF_TIME,
        compress: true,
      });
    expect(await enc({ a: 1 })).toBe(
      "eyJhIjoxfQ:1r31eq:VmO6S8oty62q32KoSwSk5bDoms_z82kNkkbR0HTcEoI",
    );
    expect(await enc({ u: "é" })).toBe(
      "eyJ1IjoiXHUwMGU5In0:1r31eq:w65CAnxwRzoFOKaGx9dsFQcmNRvFVhGJ08GNIpg2jhg",
    );
    expect(await enc({ k: "x".repeat(200) })).toBe(
      ".eJyrVspWslKqGCZAqRYAxxtf5g:1r31eq:xLNpO65UlDpBggw5v0lALHVXqPBRt2JBQHGihNi7sA4",
    );
  });

  it("signs plain strings with the default salt as signing.dumps does", async () => {
    const out = await dumps("hello", {
      hmac,
      secretKey: REF_KEY,
      salt: "django.core.signing",
      nowMs: REF_TIME,
    });
    expect(out).toBe("ImhlbGxvIg:1r31eq:hBxGTw_8-RT72n9i__aO75ppO70gMbI5Azz-1xxWvSw");
  });

  it("rejects a token whose payload was changed", async () => {
    const token = "eyJhIjoyfQ:1r31eq:VmO6S8oty62q32KoSwSk5bDoms_z82kNkkbR0HTcEoI";
    const opts = {
      hmac,
      secretKey: REF_KEY,
      salt: "django.contrib.sessions.SessionStore",
      nowMs: REF_TIME,
    };
    await expect(loads(token, opts)).rejects.toThrow(BadSignature);
    await expect(loads("no-separator", opts)).rejects.toThrow('No ":" found in value');
  });

  it("accepts a token signed with a SECRET_KEY_FALLBACKS key", async () => {
    const token = "eyJhIjoxfQ:1r31eq:VmO6S8oty62q32KoSwSk5bDoms_z82kNkkbR0HTcEoI";
    const data = await loads(token, {
      hmac,
      secretKey: "new-key",
      fallbackKeys: [REF_KEY],
      salt: "django.contrib.sessions.SessionStore",
      nowMs: REF_TIME,
    });
    expect(data).toEqual({ a: 1 });
  });

  it("expires a token only when its age is strictly greater than max_age", async () => {
    const opts = { hmac, secretKey: REF_KEY, salt: "django.core.signing" };
    const token = await dumps("x", { ...opts, nowMs: REF_TIME });
    await expect(
      loads(token, { ...opts, nowMs: REF_TIME + 10_000, maxAgeSeconds: 10 }),
    ).resolves.toBe("x");
    await expect(
      loads(token, { ...opts, nowMs: REF_TIME + 10_001, maxAgeSeconds: 10 }),
    ).rejects.toThrow(/^Signature age 10\.00\d* > 10 seconds$/);
  });
});

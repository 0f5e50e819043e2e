import { describe, expect, it } from "vitest";
import { testContext } from "../../../../tests/helpers/testContext.ts";
import { ENGINE_PREFIX, ENGINES, type EngineName } from "../../conf/settings.ts";
import { aware, fromisoformat, isoformat } from "../../python/pyDateTime.ts";
import { sessionStoreFor } from "../sessionStoreFor.ts";
import type { SessionBase } from "../SessionBase.ts";

/**
 * Django's SessionTestsMixin, run against every engine: the behaviour lives
 * in SessionBase, and each backend must keep it.
 */
for (const engine of ENGINES) {
  describe(`the ${engine} engine`, () => {
    const setup = (settings: Record<string, unknown> = {}) => {
      const world = testContext({ SESSION_ENGINE: ENGINE_PREFIX + engine, ...settings });
      const Store = sessionStoreFor(world.ctx);
      const open = (key: string | null = null) => new Store(world.ctx, key);
      return { ...world, Store, open, session: open() };
    };
    const persists = engine !== "signed_cookies";

    it("starts new sessions unmodified, unaccessed and empty", async () => {
      const { session } = setup();
      expect(session.modified).toBe(false);
      expect(session.accessed).toBe(false);
      expect(session.isEmpty()).toBe(true);
      expect(await session.get("cat")).toBe(null);
      expect(session.accessed).toBe(true);
      expect(session.modified).toBe(false);
    });

    it("marks a session modified when an item is stored", async () => {
      const { session } = setup();
      await session.setItem("cat", "dog");
      expect(session.modified).toBe(true);
      expect(await session.pop("cat")).toBe("dog");
    });

    it("pops with and without a default, raising KeyError only without one", async () => {
      const { session } = setup();
      expect(await session.pop("some key", "does not exist")).toBe("does not exist");
      expect(session.modified).toBe(false);
      await expect(session.pop("some key")).rejects.toMatchObject({ pythonName: "KeyError" });
      expect(session.accessed).toBe(true);
      expect(session.modified).toBe(false);
    });

    it("marks modified on setdefault only when it inserts", async () => {
      const { session } = setup();
      expect(await session.setdefault("foo", "bar")).toBe("bar");
      expect(await session.setdefault("foo", "baz")).toBe("bar");
      expect(session.modified).toBe(true);
      const other = setup().session;
      await other.setItem("x", 1);
      other.modified = false;
      await other.setdefault("x", 2);
      expect(other.modified).toBe(false);
    });

    it("marks modified on update, even an empty one", async () => {
      const { session } = setup();
      await session.update([]);
      expect(session.modified).toBe(true);
      await session.update([["update key", 1]]);
      expect(await session.get("update key")).toBe(1);
    });

    it("lists keys, values and items in insertion order", async () => {
      const { session } = setup();
      await session.setItem("x", 1);
      await session.setItem("y", 2);
      session.modified = false;
      session.accessed = false;
      expect(await session.keys()).toEqual(["x", "y"]);
      expect(await session.values()).toEqual([1, 2]);
      expect(await session.items()).toEqual([
        ["x", 1],
        ["y", 2],
      ]);
      expect(session.accessed).toBe(true);
      expect(session.modified).toBe(false);
    });

    it("clears without loading and marks accessed and modified", async () => {
      const { session } = setup();
      await session.setItem("x", 1);
      session.modified = false;
      session.accessed = false;
      session.clear();
      expect(await session.items()).toEqual([]);
      expect(session.accessed).toBe(true);
      expect(session.modified).toBe(true);
    });

    it("saves and loads data under the session key", async () => {
      const { session, open } = setup();
      await session.setItem("a", "b");
      await session.save();
      const again = open(session.sessionKey);
      expect(await again.get("a")).toBe("b");
      if (persists) expect(await session.exists(session.sessionKey!)).toBe(true);
    });

    it("does not detect mutation of a nested value", async () => {
      const { session, open } = setup();
      await session.setItem("list", [1]);
      await session.save();
      const again = open(session.sessionKey);
      ((await again.getItem("list")) as number[]).push(2);
      expect(again.modified).toBe(false);
    });

    it("flushes: data gone, key gone, record deleted", async () => {
      const { session, open } = setup();
      await session.setItem("foo", "bar");
      await session.save();
      const key = session.sessionKey!;
      await session.flush();
      expect(session.sessionKey).toBe(null);
      expect(session.isEmpty()).toBe(true);
      expect(session.modified).toBe(true);
      expect(session.accessed).toBe(true);
      if (persists) expect(await open().exists(key)).toBe(false);
    });

    it("cycles the key and keeps the data", async () => {
      const { session } = setup();
      await session.setItem("a", "c");
      await session.setItem("b", "d");
      await session.save();
      const prevKey = session.sessionKey;
      const prevData = await session.items();
      await session.cycleKey();
      // signed_cookies re-signs the same data: within the same second the token is the same.
      if (persists) expect(session.sessionKey).not.toBe(prevKey);
      else expect(session.sessionKey).toBe(prevKey);
      expect(await session.items()).toEqual(prevData);
      if (persists) expect(await session.exists(prevKey!)).toBe(false);
    });

    it("treats an empty or too-short key as no key", () => {
      const { open } = setup();
      expect(open("").sessionKey).toBe(null);
      expect(open("1234567").sessionKey).toBe(null);
      expect(open("12345678").sessionKey).toBe("12345678");
    });

    if (persists) {
      it("replaces an unknown key with a new one when saved, never adopting the client's", async () => {
        const { open } = setup();
        const session = open("1".repeat(32));
        await session.setItem("x", 1);
        await session.save();
        expect(session.sessionKey).not.toBe("1".repeat(32));
        expect(await session.exists("1".repeat(32))).toBe(false);
      });

      it("does not create a record when an unknown key is only loaded", async () => {
        const { open } = setup();
        const session = open("someunknownkey");
        await session.get("x");
        expect(session.sessionKey).toBe(null);
        expect(await session.exists("someunknownkey")).toBe(false);
      });
    }

    it("defaults to SESSION_COOKIE_AGE for expiry", async () => {
      const { session, clock } = setup();
      expect(await session.getExpiryAge()).toBe(1209600);
      expect((await session.getExpiryDate()).epochMs).toBe(clock.now() + 1209600_000);
    });

    it("keeps an int expiry as a number of seconds, not relative to modification", async () => {
      const { session, clock } = setup();
      await session.setExpiry(10);
      expect(await session.getExpiryAge({ modification: aware(clock.now() + 100_000) })).toBe(10);
      expect((await session.getExpiryDate()).epochMs).toBe(clock.now() + 10_000);
    });

    it("stores a timedelta expiry as an ISO string and floors the age", async () => {
      const { session, clock } = setup();
      await session.setExpiry({ timedelta: 10 });
      expect(await session.get("_session_expiry")).toBe(isoformat(aware(clock.now() + 10_000)));
      clock.advance(0.5);
      expect(await session.getExpiryAge()).toBe(9);
      clock.advance(20);
      expect(await session.getExpiryAge()).toBe(-11);
    });

    it("stores a datetime expiry with its own offset", async () => {
      const { session } = setup();
      await session.setExpiry(fromisoformat("2030-01-01T05:00:00+05:00"));
      expect(await session.get("_session_expiry")).toBe("2030-01-01T05:00:00+05:00");
      expect((await session.getExpiryDate()).epochMs).toBe(Date.UTC(2030, 0, 1));
    });

    it("resets a custom expiry with set_expiry(None)", async () => {
      const { session } = setup();
      await session.setExpiry(10);
      await session.setExpiry(null);
      expect(await session.getExpiryAge()).toBe(1209600);
    });

    it("answers get_expire_at_browser_close from the setting unless set_expiry overrides it", async () => {
      const off = setup().session;
      expect(await off.getExpireAtBrowserClose()).toBe(false);
      await off.setExpiry(0);
      expect(await off.getExpireAtBrowserClose()).toBe(true);
      const on = setup({ SESSION_EXPIRE_AT_BROWSER_CLOSE: true }).session;
      expect(await on.getExpireAtBrowserClose()).toBe(true);
      await on.setExpiry(10);
      expect(await on.getExpireAtBrowserClose()).toBe(false);
    });

    it("fails to compare a naive datetime expiry with an aware now", async () => {
      const { session } = setup();
      await session.setExpiry(fromisoformat("2030-01-01T00:00:00"));
      await expect(session.getExpiryAge()).rejects.toMatchObject({ pythonName: "TypeError" });
    });

    it("sets and checks the test cookie as session data", async () => {
      const { session } = setup();
      expect(await session.testCookieWorked()).toBe(false);
      await session.setTestCookie();
      expect(await session.testCookieWorked()).toBe(true);
      await session.deleteTestCookie();
      expect(await session.testCookieWorked()).toBe(false);
      await expect(session.deleteTestCookie()).rejects.toMatchObject({ pythonName: "KeyError" });
    });

    it("decodes tampered data as an empty session and logs it as Django does", async () => {
      const { session, logs } = setup();
      const encoded = await session.encode(new Map([["a", 1]]));
      expect(await session.decode(encoded)).toEqual(new Map([["a", 1]]));
      expect(await session.decode(`x${encoded}`)).toEqual(new Map());
      expect(logs).toEqual([
        {
          logger: "django.security.SuspiciousSession",
          level: "WARNING",
          message: "Session data corrupted",
        },
      ]);
      expect(await session.decode("bad:data")).toEqual(new Map());
    });

    it("has clear_expired, as every built-in engine does", async () => {
      const { ctx, Store } = setup();
      await expect(Store.clearExpired(ctx)).resolves.toBeUndefined();
    });
  });
}

describe("expiry on the server side", () => {
  const engines: EngineName[] = ["db", "cache", "cached_db", "file"];
  for (const engine of engines) {
    it(`makes an expired ${engine} session load empty`, async () => {
      const { ctx, clock } = testContext({ SESSION_ENGINE: ENGINE_PREFIX + engine });
      const Store = sessionStoreFor(ctx);
      const s: SessionBase = new Store(ctx);
      await s.setItem("k", "v");
      await s.setExpiry({ timedelta: 10 });
      await s.save();
      clock.advance(11);
      const again = new Store(ctx, s.sessionKey);
      expect(await again.get("k")).toBe(null);
    });
  }

  it("clears only db rows whose expire_date is strictly before now", async () => {
    const { ctx, clock } = testContext();
    const Store = sessionStoreFor(ctx);
    const a = new Store(ctx);
    await a.setExpiry(10);
    await a.save();
    const b = new Store(ctx);
    await b.setExpiry(20);
    await b.save();
    clock.advance(20);
    await Store.clearExpired(ctx);
    expect((await ctx.db.all()).map((r) => r.session_key)).toEqual([b.sessionKey]);
  });

  it("deletes an expired file on clear_expired without creating a new one", async () => {
    const { ctx, clock } = testContext({ SESSION_ENGINE: ENGINE_PREFIX + "file" });
    const Store = sessionStoreFor(ctx);
    const s = new Store(ctx);
    await s.setItem("k", 1);
    await s.save();
    clock.advance(1209601);
    await Store.clearExpired(ctx);
    expect(await ctx.fs.all()).toEqual([]);
  });

  it("signs the whole session into the signed_cookies key and enforces only SESSION_COOKIE_AGE", async () => {
    const { ctx, clock } = testContext({
      SESSION_ENGINE: ENGINE_PREFIX + "signed_cookies",
      SESSION_COOKIE_AGE: 60,
    });
    const Store = sessionStoreFor(ctx);
    const s = new Store(ctx);
    await s.setItem("k", 1);
    await s.setExpiry(5);
    await s.save();
    clock.advance(30);
    expect(await new Store(ctx, s.sessionKey).get("k")).toBe(1);
    clock.advance(31);
    const late = new Store(ctx, s.sessionKey);
    expect(await late.get("k")).toBe(null);
    expect(late.modified).toBe(true);
  });
});

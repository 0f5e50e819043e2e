import { describe, expect, it } from "vitest";
import { VirtualClock } from "../clock.ts";
import {
  applySettings,
  DEFAULT_SETTINGS,
  LOCMEM_BACKEND,
  type CacheConfig,
} from "../conf/settings.ts";
import { CacheRegistry } from "./CacheRegistry.ts";
import { LocMemCache, LocMemStore, makeCacheKey } from "./locMemCache.ts";

const START = Date.UTC(2026, 0, 1);

function cache(
  options: { TIMEOUT?: number | null; MAX_ENTRIES?: number; CULL_FREQUENCY?: number } = {},
) {
  const clock = new VirtualClock(START);
  const store = new LocMemStore();
  const config: CacheConfig = {
    BACKEND: LOCMEM_BACKEND,
    LOCATION: "",
    TIMEOUT: options.TIMEOUT === undefined ? 300 : options.TIMEOUT,
    OPTIONS: {
      MAX_ENTRIES: options.MAX_ENTRIES ?? 300,
      CULL_FREQUENCY: options.CULL_FREQUENCY ?? 3,
    },
  };
  return { c: new LocMemCache(store, config, clock), clock, store };
}

const present = (c: LocMemCache, keys: string) => [...keys].filter((k) => c.has(k));

/**
 * django.core.cache.backends.locmem.LocMemCache. Every culling expectation
 * below was printed by Django 5.2.17 running the same sequence.
 */
describe("LocMemCache expiry", () => {
  it("keeps an entry for the default TIMEOUT and drops it when its expiry is reached", () => {
    const { c, clock } = cache({ TIMEOUT: 300 });
    c.set("k", "v");
    clock.advance(299);
    expect(c.get("k")).toBe("v");
    clock.advance(1);
    expect(c.get("k")).toBe(undefined);
  });

  it("raises TypeError for a timeout that is not a number, keeping the value as expired", () => {
    const { c } = cache();
    expect(() => c.set("k", "v", { a: 1 } as unknown as number)).toThrow(
      "unsupported operand type(s) for +: 'float' and 'dict'",
    );
    expect(c.get("k")).toBeUndefined();
    c.set("b", "v", true as unknown as number);
    expect(c.get("b")).toBe("v");
  });

  it("treats TIMEOUT 0 as already expired", () => {
    const { c } = cache({ TIMEOUT: 0 });
    c.set("k", "v");
    expect(c.has("k")).toBe(false);
    expect(c.get("k")).toBe(undefined);
  });

  it("treats an explicit timeout of 0 as already expired, whatever TIMEOUT says", () => {
    const { c } = cache({ TIMEOUT: null });
    c.set("k", "v", 0);
    expect(c.get("k")).toBe(undefined);
  });

  it("never expires an entry when TIMEOUT is null", () => {
    const { c, clock } = cache({ TIMEOUT: null });
    c.set("k", "v");
    clock.advance(10 * 365 * 86400);
    expect(c.get("k")).toBe("v");
  });

  it("never expires an entry set with an explicit null timeout", () => {
    const { c, clock, store } = cache({ TIMEOUT: 1 });
    c.set("k", "v", null);
    clock.advance(86400);
    expect(c.get("k")).toBe("v");
    expect(store.expires.get(makeCacheKey("k"))).toBe(null);
  });

  it("lets an explicit timeout override TIMEOUT", () => {
    const { c, clock, store } = cache({ TIMEOUT: 300 });
    c.set("k", "v", 1209600);
    expect(store.expires.get(makeCacheKey("k"))).toBe(START + 1209600 * 1000);
    clock.advance(301);
    expect(c.get("k")).toBe("v");
  });

  it("treats a negative timeout as already expired", () => {
    const { c } = cache();
    c.set("k", "v", -10);
    expect(c.get("k")).toBe(undefined);
  });

  it("deletes an expired entry lazily on get and on has", () => {
    const { c, clock, store } = cache({ TIMEOUT: 10 });
    c.set("a", 1);
    c.set("b", 2);
    clock.advance(10);
    expect(store.entries.size).toBe(2);
    expect(c.get("a")).toBe(undefined);
    expect(store.entries.has(makeCacheKey("a"))).toBe(false);
    expect(c.has("b")).toBe(false);
    expect(store.entries.size).toBe(0);
    expect(store.expires.size).toBe(0);
  });

  it("stores keys as Django's default key function makes them", () => {
    const { c, store } = cache();
    c.set("django.contrib.sessions.cacheabc", {});
    expect([...store.entries.keys()]).toEqual([":1:django.contrib.sessions.cacheabc"]);
  });
});

describe("LocMemCache add and delete", () => {
  it("adds only when the key is absent or expired", () => {
    const { c, clock } = cache({ TIMEOUT: 10 });
    expect(c.add("k", "first")).toBe(true);
    expect(c.add("k", "second")).toBe(false);
    expect(c.get("k")).toBe("first");
    clock.advance(10);
    expect(c.add("k", "third")).toBe(true);
    expect(c.get("k")).toBe("third");
  });

  it("reports whether delete removed something", () => {
    const { c } = cache();
    c.set("k", 1);
    expect(c.delete("k")).toBe(true);
    expect(c.delete("k")).toBe(false);
    expect(c.has("k")).toBe(false);
  });
});

describe("LocMemCache copies", () => {
  it("returns a copy: mutating what get returned does not change the cache", () => {
    const { c } = cache();
    c.set("k", { list: [1] });
    const got = c.get("k") as { list: number[] };
    got.list.push(2);
    expect(c.get("k")).toEqual({ list: [1] });
  });

  it("stores a copy: mutating the value after set does not change the cache", () => {
    const { c } = cache();
    const value = { list: [1] };
    c.set("k", value);
    value.list.push(2);
    expect(c.get("k")).toEqual({ list: [1] });
    const added = { n: 1 };
    c.add("a", added);
    added.n = 2;
    expect(c.get("a")).toEqual({ n: 1 });
  });
});

describe("LocMemCache culling", () => {
  it("drops len // CULL_FREQUENCY least-recently-used keys when a set finds it full", () => {
    const { c } = cache({ MAX_ENTRIES: 4, CULL_FREQUENCY: 2 });
    for (const k of "abcd") c.set(k, k);
    c.get("a");
    c.set("e", "e");
    expect(present(c, "abcde")).toEqual(["a", "d", "e"]);
  });

  it("does not cull below MAX_ENTRIES, and orders LRU by the latest get or set", () => {
    const { c, store } = cache({ MAX_ENTRIES: 4, CULL_FREQUENCY: 2 });
    for (const k of "abcd") c.set(k, k);
    c.get("a");
    c.set("e", "e");
    c.set("d", "d2");
    expect([...store.entries.keys()]).toEqual([":1:a", ":1:e", ":1:d"]);
    c.set("f", "f");
    expect(present(c, "abcdef")).toEqual(["a", "d", "e", "f"]);
    expect(c.get("d")).toBe("d2");
  });

  it("does not let has bump a key: the probed key is still the first culled", () => {
    const { c } = cache({ MAX_ENTRIES: 3, CULL_FREQUENCY: 3 });
    for (const k of "abc") c.set(k, k);
    expect(c.has("a")).toBe(true);
    c.set("d", "d");
    expect(present(c, "abcd")).toEqual(["b", "c", "d"]);
  });

  it("lets get bump a key so that the next LRU key is culled instead", () => {
    const { c } = cache({ MAX_ENTRIES: 3, CULL_FREQUENCY: 3 });
    for (const k of "abc") c.set(k, k);
    c.get("a");
    c.set("d", "d");
    expect(present(c, "abcd")).toEqual(["a", "c", "d"]);
  });

  it("culls when overwriting an existing key in a full cache", () => {
    const { c } = cache({ MAX_ENTRIES: 3, CULL_FREQUENCY: 3 });
    for (const k of "abc") c.set(k, k);
    c.set("c", "c2");
    expect(present(c, "abc")).toEqual(["b", "c"]);
    expect(c.get("c")).toBe("c2");
  });

  it("clears the whole cache when CULL_FREQUENCY is 0", () => {
    const { c, store } = cache({ MAX_ENTRIES: 3, CULL_FREQUENCY: 0 });
    for (const k of "abc") c.set(k, k);
    c.set("d", "d");
    expect(present(c, "abcd")).toEqual(["d"]);
    expect(store.expires.size).toBe(1);
  });

  it("grows past MAX_ENTRIES while len // CULL_FREQUENCY is 0, then culls", () => {
    const { c, store } = cache({ MAX_ENTRIES: 2, CULL_FREQUENCY: 3 });
    for (const k of "abc") c.set(k, k);
    expect(store.entries.size).toBe(3);
    c.set("d", "d");
    c.set("e", "e");
    expect(present(c, "abcde")).toEqual(["c", "d", "e"]);
  });

  it("gives expired keys no priority when culling", () => {
    const { c, clock, store } = cache({ MAX_ENTRIES: 3, CULL_FREQUENCY: 3 });
    c.set("a", "a");
    c.set("b", "b");
    c.set("short", "s", 1);
    clock.advance(5);
    c.set("d", "d");
    expect([...store.entries.keys()]).toEqual([":1:b", ":1:short", ":1:d"]);
  });

  it("culls before a successful add but not before a failed one, and a failed add does not bump", () => {
    const { c } = cache({ MAX_ENTRIES: 3, CULL_FREQUENCY: 3 });
    for (const k of "abc") c.set(k, k);
    expect(c.add("a", "x")).toBe(false);
    expect(present(c, "abc")).toEqual(["a", "b", "c"]);
    c.get("a");
    expect(c.add("z", "z")).toBe(true);
    expect(present(c, "abcz")).toEqual(["a", "c", "z"]);
  });
});

describe("CacheRegistry", () => {
  const settings = applySettings(DEFAULT_SETTINGS, {
    SECRET_KEY: "k",
    CACHES: {
      default: {},
      same: { LOCATION: "" },
      other: { LOCATION: "elsewhere" },
    },
  });

  it("shares one store between aliases with the same LOCATION", () => {
    const registry = new CacheRegistry(new VirtualClock(START));
    registry.cache(settings, "default").set("k", "v");
    expect(registry.cache(settings, "same").get("k")).toBe("v");
    expect(registry.cache(settings, "other").get("k")).toBe(undefined);
  });

  it("empties every store on restart", () => {
    const registry = new CacheRegistry(new VirtualClock(START));
    registry.cache(settings, "other").set("k", "v");
    registry.restart();
    expect(registry.cache(settings, "other").get("k")).toBe(undefined);
  });

  it("refuses an alias that is not configured", () => {
    const registry = new CacheRegistry(new VirtualClock(START));
    expect(() => registry.cache(settings, "missing")).toThrow(
      "The connection 'missing' doesn't exist.",
    );
  });
});

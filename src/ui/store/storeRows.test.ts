import { describe, expect, it } from "vitest";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import { backendsFor, storeRows } from "./storeRows.ts";

const entry = (backend: StoreEntry["backend"], key: string, data = {}): StoreEntry => ({
  backend,
  key,
  data,
  expires: null,
  raw: null,
});

describe("the rows of the session store", () => {
  it("groups by backend and marks what the viewed step did, removed rows included", () => {
    const rows = storeRows(
      [entry("db", "a"), entry("db", "b"), entry("cache", "a")],
      [entry("db", "b", { k: 1 }), entry("db", "c"), entry("cache", "a")],
    );
    expect(rows.db.map((r) => [r.entry.key, r.change])).toEqual([
      ["a", "removed"],
      ["b", "changed"],
      ["c", "added"],
    ]);
    expect(rows.cache.map((r) => r.change)).toEqual([null]);
    expect(rows.file).toEqual([]);
  });

  it("marks nothing when there is no step to compare with", () => {
    expect(storeRows(undefined, [entry("file", "k")]).file[0].change).toBeNull();
  });
});

describe("the order of the store's tables", () => {
  it("puts the table the engine writes to first, then what other engines left", () => {
    expect(backendsFor("db")).toEqual(["db", "cache", "file"]);
    expect(backendsFor("signed_cookies")).toEqual(["db", "cache", "file"]);
    expect(backendsFor("cache")).toEqual(["cache", "db", "file"]);
    expect(backendsFor("cached_db")).toEqual(["db", "cache", "file"]);
    expect(backendsFor("file")).toEqual(["file", "db", "cache"]);
  });
});

import { describe, expect, it } from "vitest";
import type { StoreEntry } from "../server/storeSnapshot.ts";
import { storeChanges } from "./viewedStep.ts";

const row = (over: Partial<StoreEntry> = {}): StoreEntry => ({
  backend: "db",
  key: "k",
  data: { a: 1 },
  expires: "2026-01-15T00:00:00Z",
  raw: "eyJhIjoxfQ:sig",
  ...over,
});

describe("storeChanges", () => {
  it("tells added, changed and removed sessions apart", () => {
    const changes = storeChanges(
      [row(), row({ key: "gone" })],
      [row({ raw: "eyJhIjoyfQ:sig2", data: { a: 2 } }), row({ key: "new" })],
    );
    expect([...changes]).toEqual([
      ["db|k", "changed"],
      ["db|new", "added"],
      ["db|gone", "removed"],
    ]);
  });

  it("sees no change in a row that only decodes differently (a new SECRET_KEY)", () => {
    expect(storeChanges([row()], [row({ data: null })]).size).toBe(0);
  });

  it("sees a moved expiry, and a cache entry's new value", () => {
    expect([...storeChanges([row()], [row({ expires: "2026-02-01T00:00:00Z" })])]).toEqual([
      ["db|k", "changed"],
    ]);
    const cached = row({ backend: "cache", raw: null });
    expect([...storeChanges([cached], [{ ...cached, data: { a: 2 } }])]).toEqual([
      ["cache|k", "changed"],
    ]);
  });
});

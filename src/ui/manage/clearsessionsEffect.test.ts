import { describe, expect, it } from "vitest";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import { clearsessionsEffect } from "./clearsessionsEffect.ts";

const file = (key: string): StoreEntry => ({
  backend: "file",
  key,
  data: {},
  expires: null,
  raw: "",
});

describe("clearsessionsEffect", () => {
  it("counts the django_session rows removed for db and cached_db", () => {
    expect(clearsessionsEffect("db", { store: [], rows: 5 }, { store: [], rows: 2 }, 0)).toEqual({
      kind: "removed",
      where: "db",
      count: 3,
      leftAtNow: 0,
    });
    expect(
      clearsessionsEffect("cached_db", { store: [], rows: 1 }, { store: [], rows: 1 }, 0),
    ).toMatchObject({
      count: 0,
    });
  });

  it("counts the expired rows clearsessions leaves because their expire_date is exactly now", () => {
    const now = Date.parse("2026-01-15T00:00:00Z");
    const row = (key: string, expires: string): StoreEntry => ({
      backend: "db",
      key,
      data: {},
      expires,
      raw: "",
    });
    const after = {
      store: [row("at", "2026-01-15T00:00:00.000Z"), row("later", "2026-01-15T00:00:01.000Z")],
      rows: 2,
    };
    expect(clearsessionsEffect("db", { store: [], rows: 3 }, after, now)).toEqual({
      kind: "removed",
      where: "db",
      count: 1,
      leftAtNow: 1,
    });
  });

  it("counts the session files removed for file", () => {
    expect(
      clearsessionsEffect(
        "file",
        { store: [file("a"), file("b")], rows: 0 },
        { store: [file("b")], rows: 0 },
        0,
      ),
    ).toEqual({ kind: "removed", where: "file", count: 1 });
  });

  it("has nothing to do for cache and signed_cookies", () => {
    expect(clearsessionsEffect("cache", { store: [], rows: 3 }, { store: [], rows: 3 }, 0)).toEqual(
      {
        kind: "nothing",
        engine: "cache",
      },
    );
  });
});

import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { indexedDbSessionTable } from "./indexedDbSessionTable.ts";
import { openSessionLabDb } from "./openSessionLabDb.ts";

describe("openSessionLabDb", () => {
  it("upgrades a version 2 database: drops the session_key index and keeps every row", async () => {
    const name = "upgrade-from-2";
    const old = await openDB(name, 2, {
      upgrade(db) {
        const sessions = db.createObjectStore("django_session", {
          keyPath: ["expire_date", "session_key"],
        });
        sessions.createIndex("session_key", "session_key", { unique: true });
        db.createObjectStore("session_files", { keyPath: "path" }).createIndex("dir", "dir");
        db.createObjectStore("lab_state");
        db.createObjectStore("timeline");
      },
    });
    await old.add("django_session", { session_key: "k", session_data: "d", expire_date: 10 });
    old.close();

    const db = await openSessionLabDb(name);
    expect(db.version).toBe(3);
    expect([...db.transaction("django_session").store.indexNames]).toEqual([]);
    expect(await indexedDbSessionTable(db).get("k")).toEqual({
      session_key: "k",
      session_data: "d",
      expire_date: 10,
    });
  });

  it("creates a new database with django_session keyed by [expire_date, session_key] and no index", async () => {
    const db = await openSessionLabDb("fresh");
    const store = db.transaction("django_session").store;
    expect(store.keyPath).toEqual(["expire_date", "session_key"]);
    expect([...store.indexNames]).toEqual([]);
    expect([...db.objectStoreNames].sort()).toEqual([
      "django_session",
      "lab_state",
      "session_files",
      "timeline",
    ]);
  });
});

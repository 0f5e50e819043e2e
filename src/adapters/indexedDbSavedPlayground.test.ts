import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { webCryptoHmac } from "./webCryptoHmac.ts";
import { createPlayground } from "../state/createPlayground.ts";
import { indexedDbFileSystem } from "./indexedDbFileSystem.ts";
import { indexedDbSavedPlayground } from "./indexedDbSavedPlayground.ts";
import { indexedDbSessionTable } from "./indexedDbSessionTable.ts";
import { openSessionLabDb } from "./openSessionLabDb.ts";

let n = 0;
async function open(name: string) {
  const db = await openSessionLabDb(name);
  const table = indexedDbSessionTable(db);
  const files = indexedDbFileSystem(db);
  const saved = indexedDbSavedPlayground(db, [table, files]);
  const store = createPlayground({
    hmac: webCryptoHmac(),
    db: table,
    fs: files,
    transport: (server) => (r) => server.handle(r),
    ...saved,
    wallClock: () => Date.UTC(2026, 0, 1),
  });
  await store.getState().init();
  return { db, store, saved };
}

const FILE_ENGINE = "django.contrib.sessions.backends.file";

describe("the playground saved in IndexedDB", () => {
  it("comes back after a reload with its timeline, table and cookies", async () => {
    const name = `saved-${n++}`;
    const first = await open(name);
    await first.store.getState().runOps([["set", "k", "v"]]);
    await first.store.getState().advance(60);
    await first.store.getState().saved();
    const key = first.store.getState().jars.A[0].value;
    first.db.close();
    const again = await open(name);
    expect(again.store.getState().timeline.map((e) => e.trace.kind)).toEqual([
      "request",
      "advance",
    ]);
    expect(again.store.getState().jars.A[0].value).toBe(key);
    expect((await again.store.getState().runOps([["get", "k"]])).trace.results).toEqual(["v"]);
  });

  it("keeps one record per step and drops the discarded ones when continuing from the past", async () => {
    const name = `saved-${n++}`;
    const { db, store } = await open(name);
    for (let i = 0; i < 4; i++) await store.getState().runOps([["set", "i", i]]);
    await store.getState().saved();
    expect(await db.count("timeline")).toBe(4);
    await store.getState().continueFrom(1);
    await store.getState().saved();
    expect(await db.count("timeline")).toBe(2);
  });

  it("applies an import in one transaction: table, files and saved state, read again by the adapters", async () => {
    const name = `saved-${n++}`;
    const { db, store } = await open(name);
    await store.getState().runOps([["set", "mine", 1]]);
    const text = JSON.stringify({
      settings: { SECRET_KEY: "x" },
      steps: [
        { request: { ops: [["set", "db", 1]] } },
        { settings: { SESSION_ENGINE: FILE_ENGINE } },
        { request: { browser: "B", ops: [["set", "file", 1]] } },
      ],
    });
    expect(await store.getState().importScenario(text)).toBe(true);
    expect(store.getState().store.map((e) => e.data)).toEqual([{ db: 1 }, { file: 1 }]);
    expect(await db.count("timeline")).toBe(3);
    db.close();
    const again = await open(name);
    expect(again.store.getState().timeline).toHaveLength(3);
    expect(again.store.getState().store.map((e) => e.data)).toEqual([{ db: 1 }, { file: 1 }]);
  });

  it("leaves the table, files and saved state whole when the import's transaction fails", async () => {
    const name = `saved-${n++}`;
    const { db, store, saved } = await open(name);
    await store.getState().runOps([["set", "mine", 1]]);
    await store.getState().saved();
    const before = await saved.load();
    // Two rows under one key: the second add fails, and the transaction with it.
    const row = { session_key: "k".repeat(32), session_data: "x", expire_date: 0 };
    await expect(
      saved.replaceAll([row, row], [["/tmp/f", { content: "", mtime: 0 }]], before!),
    ).rejects.toThrow();
    expect(await saved.load()).toEqual(before);
    expect(await db.count("django_session")).toBe(1);
    expect(await db.count("session_files")).toBe(0);
    expect(store.getState().store.map((e) => e.data)).toEqual([{ mine: 1 }]);
    expect((await store.getState().runOps([["get", "mine"]])).trace.results).toEqual([1]);
  });
});

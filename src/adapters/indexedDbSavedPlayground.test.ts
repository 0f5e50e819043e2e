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
  const store = createPlayground({
    hmac: webCryptoHmac(),
    db: indexedDbSessionTable(db),
    fs: indexedDbFileSystem(db),
    transport: (server) => (r) => server.handle(r),
    ...indexedDbSavedPlayground(db),
    wallClock: () => Date.UTC(2026, 0, 1),
  });
  await store.getState().init();
  return { db, store };
}

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
});

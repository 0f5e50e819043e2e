/**
 * The Chromium half of the clearsessions workload, bundled by bench/chromium.ts
 * and run in a page on http://127.0.0.1 so that IndexedDB is Chromium's real
 * one (on disk, in a throwaway profile). Driven through window.idbBench.
 */
import { cryptoRandom } from "../../src/adapters/cryptoRandom.ts";
import { indexedDbSessionTable } from "../../src/adapters/indexedDbSessionTable.ts";
import { openSessionLabDb, type SessionLabDb } from "../../src/adapters/openSessionLabDb.ts";
import { webCryptoHmac } from "../../src/adapters/webCryptoHmac.ts";
import type { SessionRow, SessionTable } from "../../src/engine/storage/SessionTable.ts";
import type { DjangoServer } from "../../src/server/DjangoServer.ts";
import { benchServer, benchSessionData } from "../benchServer.ts";
import { BENCH_NOW, batches, sessionRows } from "../rows.ts";

export interface PageTiming {
  rows: number;
  remaining: number;
  ms: number;
}

function* expiredOnly(rows: Iterable<SessionRow>): Generator<SessionRow> {
  for (const row of rows) if (row.expire_date < BENCH_NOW) yield row;
}

let db: SessionLabDb;
let table: SessionTable;
let server: DjangoServer;
let data: string;

const idbBench = {
  userAgent: () => navigator.userAgent,

  async open(name: string): Promise<void> {
    db = await openSessionLabDb(name);
    table = indexedDbSessionTable(db);
    server = benchServer(table, webCryptoHmac(), cryptoRandom());
    data = await benchSessionData(server);
  },

  /**
   * Empties django_session, then adds the first `count` bench rows,
   * `batchSize` per transaction, stopping early past `budgetMs`. With
   * `restoreExpired`, keeps the table and adds back only the expired ones
   * (after a clear, that restores the same rows).
   */
  async seed(
    count: number,
    batchSize: number,
    budgetMs: number,
    restoreExpired = false,
  ): Promise<PageTiming> {
    if (!restoreExpired) await db.clear("django_session");
    const rows = restoreExpired ? expiredOnly(sessionRows(count, data)) : sessionRows(count, data);
    const t0 = performance.now();
    for (const batch of batches(rows, batchSize)) {
      const tx = db.transaction("django_session", "readwrite");
      await Promise.all([...batch.map((row) => tx.store.add(row)), tx.done]);
      if (performance.now() - t0 > budgetMs) break;
    }
    const ms = performance.now() - t0;
    const total = await db.count("django_session");
    return { rows: total, remaining: total, ms };
  },

  /**
   * manage.py clearsessions through the server: DbSessionStore.clearExpired,
   * the adapter's key-range delete. The adapter's copy of the keys is loaded
   * first and timed apart (`keys_ms`): the playground loads it once when it
   * opens (every step counts the table), so its clearsessions never pays it.
   */
  async clearsessions(): Promise<PageTiming & { keys_ms: number }> {
    const rows = await db.count("django_session");
    const k0 = performance.now();
    await table.count();
    const keys_ms = performance.now() - k0;
    const t0 = performance.now();
    await server.manage("clearsessions");
    const ms = performance.now() - t0;
    return { rows, remaining: await db.count("django_session"), ms, keys_ms };
  },

  /**
   * For comparison: walk the table in session_key order (the order Django's
   * rows come back in) in one readwrite transaction and delete each expired
   * row as the walk reaches it, one request per row.
   * Stops (and commits what it did) past `budgetMs`; `complete` says whether
   * it got to the end.
   */
  async deleteOneByOne(budgetMs: number): Promise<PageTiming & { complete: boolean }> {
    const rows = await db.count("django_session");
    const t0 = performance.now();
    const tx = db.transaction("django_session", "readwrite");
    const keys = (await tx.store.getAllKeys()).sort((a, b) => (a[1] < b[1] ? -1 : 1));
    let i = 0;
    for (; i < keys.length; i++) {
      if (keys[i][0] < BENCH_NOW) await tx.store.delete(keys[i]);
      if (performance.now() - t0 > budgetMs) break;
    }
    const complete = i === keys.length;
    await tx.done;
    const ms = performance.now() - t0;
    return { rows, remaining: await db.count("django_session"), ms, complete };
  },
};

export type IdbBench = typeof idbBench;

(globalThis as unknown as { idbBench: IdbBench }).idbBench = idbBench;

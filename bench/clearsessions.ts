import { cryptoRandom } from "../src/adapters/cryptoRandom.ts";
import { indexedDbSessionTable } from "../src/adapters/indexedDbSessionTable.ts";
import { openSessionLabDb } from "../src/adapters/openSessionLabDb.ts";
import { webCryptoHmac } from "../src/adapters/webCryptoHmac.ts";
import { memorySessionTable } from "../src/engine/storage/memorySessionTable.ts";
import { benchServer, benchSessionData } from "./benchServer.ts";
import { batches, sessionRows } from "./rows.ts";
import type { ClearResult } from "./stats.ts";

export interface NodeClearResult extends ClearResult {
  /** Set when fewer rows than asked for were seeded (seeding budget exceeded). */
  note?: string;
}

/** `manage.py clearsessions` on the memory table (the CLI's): rows seeded with table.insert. */
export async function benchMemoryClear(count: number): Promise<NodeClearResult> {
  const table = memorySessionTable();
  const server = benchServer(table, webCryptoHmac(), cryptoRandom());
  const data = await benchSessionData(server);
  const t0 = performance.now();
  for (const row of sessionRows(count, data)) {
    if (!(await table.insert(row))) throw new Error(`duplicate seed key ${row.session_key}`);
  }
  const seed_ms = performance.now() - t0;
  return timeClear(server, table, seed_ms);
}

/**
 * The same on the IndexedDB adapter over fake-indexeddb. Rows go straight into
 * the object store, one transaction per 5,000; if seeding runs past
 * `budgetMs` it stops at the batch boundary and the note says how far it got.
 */
export async function benchFakeIndexedDbClear(
  count: number,
  budgetMs: number,
): Promise<NodeClearResult> {
  await import("./fakeIndexedDb.ts");
  const db = await openSessionLabDb(`session-lab-bench-${Date.now()}`);
  const table = indexedDbSessionTable(db);
  const server = benchServer(table, webCryptoHmac(), cryptoRandom());
  const data = await benchSessionData(server);
  const t0 = performance.now();
  let seeded = 0;
  for (const batch of batches(sessionRows(count, data), 5000)) {
    const tx = db.transaction("django_session", "readwrite");
    await Promise.all([...batch.map((row) => tx.store.add(row)), tx.done]);
    seeded += batch.length;
    if (performance.now() - t0 > budgetMs) break;
  }
  const seed_ms = performance.now() - t0;
  const result: NodeClearResult = await timeClear(server, table, seed_ms);
  if (seeded < count)
    result.note = `seeded ${seeded.toLocaleString("en")} of ${count.toLocaleString("en")} rows (seeding budget ${budgetMs / 1000} s)`;
  db.close();
  return result;
}

async function timeClear(
  server: ReturnType<typeof benchServer>,
  table: { count(): Promise<number> },
  seed_ms: number,
): Promise<NodeClearResult> {
  const rows = await table.count();
  const t = performance.now();
  const { output } = await server.manage("clearsessions");
  const clear_ms = performance.now() - t;
  if (output !== "") throw new Error(`clearsessions printed ${JSON.stringify(output)}`);
  const remaining = await table.count();
  if (remaining !== Math.floor(rows / 2))
    throw new Error(`expected ${Math.floor(rows / 2)} rows left, found ${remaining}`);
  return { rows, deleted: rows - remaining, seed_ms, clear_ms };
}

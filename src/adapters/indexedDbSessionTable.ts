import type { SessionRow, SessionTable } from "../engine/storage/SessionTable.ts";
import { oneAtATime } from "./oneAtATime.ts";
import type { InMemoryCopy } from "./InMemoryCopy.ts";
import type { SessionLabDb } from "./openSessionLabDb.ts";

const toRow = ({ session_key, session_data, expire_date }: SessionRow): SessionRow => ({
  session_key,
  session_data,
  expire_date,
});

/**
 * django_session in IndexedDB. Every write is one readwrite transaction that
 * has committed before the call returns, as each ORM write is one committed
 * query. Reads are answered from a copy in memory that every write keeps
 * current: which keys exist (with their expire_date, half of the primary key)
 * from one `getAllKeys` at first use, and the rows read or written since. A
 * step then costs one transaction instead of four (load, save, count, the
 * store snapshot). The copy assumes this page is the table's only writer, as
 * the playground's state in `lab_state` already does.
 */
export function indexedDbSessionTable(db: SessionLabDb): SessionTable & InMemoryCopy {
  let expireOf: Map<string, number> | null = null;
  const rows = new Map<string, SessionRow>();
  /** Session keys in order, for `all` and `page`; built at first use, then kept in order. */
  let sorted: string[] | null = null;

  /** Writes one at a time: each checks the copy, then writes, and the two must not interleave. */
  const exclusive = oneAtATime();

  /** Where `key` is or would go in `sorted` (binary search). */
  const position = (list: string[], key: string) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  async function keys(): Promise<Map<string, number>> {
    if (!expireOf) {
      const pks = await db.getAllKeys("django_session");
      expireOf ??= new Map(pks.map(([expire, key]) => [key, expire]));
    }
    return expireOf;
  }
  async function sortedKeys(): Promise<string[]> {
    sorted ??= [...(await keys()).keys()].sort();
    return sorted;
  }
  /** The rows for `wanted` keys, reading the ones not in memory in one transaction. */
  async function rowsFor(wanted: string[]): Promise<SessionRow[]> {
    const missing = wanted.filter((k) => !rows.has(k));
    if (missing.length > 0) {
      const expire = await keys();
      const tx = db.transaction("django_session");
      const found = await Promise.all(missing.map((k) => tx.store.get([expire.get(k)!, k])));
      for (const r of found) if (r) rows.set(r.session_key, toRow(r));
    }
    return wanted.flatMap((k) => rows.get(k) ?? []);
  }
  function forget(key: string) {
    expireOf?.delete(key);
    rows.delete(key);
    const at = sorted ? position(sorted, key) : -1;
    if (sorted?.[at] === key) sorted.splice(at, 1);
  }

  return {
    async get(key) {
      if (!(await keys()).has(key)) return undefined;
      const [row] = await rowsFor([key]);
      return row && toRow(row);
    },
    insert: (row) =>
      exclusive(async () => {
        const expire = await keys();
        if (expire.has(row.session_key)) return false;
        await db.add("django_session", toRow(row));
        expire.set(row.session_key, row.expire_date);
        rows.set(row.session_key, toRow(row));
        sorted?.splice(position(sorted, row.session_key), 0, row.session_key);
        return true;
      }),
    update: (row) =>
      exclusive(async () => {
        const expire = await keys();
        const old = expire.get(row.session_key);
        if (old === undefined) return false;
        // expire_date is part of the primary key: when it moves, an update is a delete and a
        // put, sent together; a put refused outright takes the delete back with it.
        const tx = db.transaction("django_session", "readwrite");
        const requests: Promise<unknown>[] = [tx.done];
        try {
          if (old !== row.expire_date) requests.push(tx.store.delete([old, row.session_key]));
          requests.push(tx.store.put(toRow(row)));
        } catch (e) {
          tx.abort();
          await Promise.allSettled(requests);
          throw e;
        }
        await Promise.all(requests);
        expire.set(row.session_key, row.expire_date);
        rows.set(row.session_key, toRow(row));
        return true;
      }),
    delete: (key) =>
      exclusive(async () => {
        const old = (await keys()).get(key);
        if (old === undefined) return;
        await db.delete("django_session", [old, key]);
        forget(key);
      }),
    deleteExpired: (nowMs) =>
      exclusive(async () => {
        const expire = await keys();
        // [now] sorts before every [now, key], so this range is exactly expire_date < now.
        await db.delete("django_session", IDBKeyRange.upperBound([nowMs], true));
        for (const [key, e] of expire) if (e < nowMs) expire.delete(key);
        for (const key of rows.keys()) if (!expire.has(key)) rows.delete(key);
        // One pass over the ordered keys, not a search per deleted row.
        sorted = sorted && sorted.filter((key) => expire.has(key));
      }),
    async all() {
      return (await rowsFor(await sortedKeys())).map(toRow);
    },
    async page(offset, limit) {
      return (await rowsFor((await sortedKeys()).slice(offset, offset + limit))).map(toRow);
    },
    async count() {
      return (await keys()).size;
    },
    forget() {
      expireOf = null;
      rows.clear();
      sorted = null;
    },
    clear: () =>
      exclusive(async () => {
        await db.clear("django_session");
        // Emptied in place: a first-use load still under way keeps this map, not its stale keys.
        if (expireOf) expireOf.clear();
        else expireOf = new Map();
        rows.clear();
        sorted = null;
      }),
  };
}

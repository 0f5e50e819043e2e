import type { SessionRow, SessionTable } from "../engine/storage/SessionTable.ts";
import type { SessionLabDb } from "./openSessionLabDb.ts";

const toRow = ({ session_key, session_data, expire_date }: SessionRow): SessionRow => ({
  session_key,
  session_data,
  expire_date,
});

/** django_session in IndexedDB; each call is one transaction, as each ORM call is one query. */
export function indexedDbSessionTable(db: SessionLabDb): SessionTable {
  // session_keys in order, for paging by position without walking the index from its start
  // (cursor.advance(50000) is slow); dropped on every write.
  let keys: string[] | null = null;
  return {
    async get(key) {
      const row = await db.getFromIndex("django_session", "session_key", key);
      return row && toRow(row);
    },
    async insert(row) {
      const tx = db.transaction("django_session", "readwrite");
      const taken = await tx.store.index("session_key").getKey(row.session_key);
      if (taken === undefined) await tx.store.add(toRow(row));
      await tx.done;
      keys = null;
      return taken === undefined;
    },
    async update(row) {
      const tx = db.transaction("django_session", "readwrite");
      const old = await tx.store.index("session_key").getKey(row.session_key);
      if (old !== undefined) {
        // expire_date is part of the primary key: an update is a delete and an add.
        await tx.store.delete(old);
        await tx.store.add(toRow(row));
      }
      await tx.done;
      keys = null;
      return old !== undefined;
    },
    async delete(key) {
      const tx = db.transaction("django_session", "readwrite");
      const old = await tx.store.index("session_key").getKey(key);
      if (old !== undefined) await tx.store.delete(old);
      await tx.done;
      keys = null;
    },
    async deleteExpired(nowMs) {
      // [now] sorts before every [now, key], so this range is exactly expire_date < now.
      await db.delete("django_session", IDBKeyRange.upperBound([nowMs], true));
      keys = null;
    },
    async all() {
      return (await db.getAllFromIndex("django_session", "session_key")).map(toRow);
    },
    async page(offset, limit) {
      keys ??= (await db.getAllKeysFromIndex("django_session", "session_key")).map((pk) => pk[1]);
      if (offset >= keys.length) return [];
      const from = IDBKeyRange.lowerBound(keys[offset]);
      return (await db.getAllFromIndex("django_session", "session_key", from, limit)).map(toRow);
    },
    count() {
      return db.count("django_session");
    },
    async clear() {
      await db.clear("django_session");
      keys = null;
    },
  };
}

import type { SessionRow, SessionTable } from "../engine/storage/SessionTable.ts";
import type { SessionLabDb } from "./openSessionLabDb.ts";

const toRow = ({ session_key, session_data, expire_date }: SessionRow): SessionRow => ({
  session_key,
  session_data,
  expire_date,
});

/** django_session in IndexedDB; each call is one transaction, as each ORM call is one query. */
export function indexedDbSessionTable(db: SessionLabDb): SessionTable {
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
      return old !== undefined;
    },
    async delete(key) {
      const tx = db.transaction("django_session", "readwrite");
      const old = await tx.store.index("session_key").getKey(key);
      if (old !== undefined) await tx.store.delete(old);
      await tx.done;
    },
    async deleteExpired(nowMs) {
      // [now] sorts before every [now, key], so this range is exactly expire_date < now.
      await db.delete("django_session", IDBKeyRange.upperBound([nowMs], true));
    },
    async all() {
      return (await db.getAllFromIndex("django_session", "session_key")).map(toRow);
    },
    async page(offset, limit) {
      const out: SessionRow[] = [];
      let cursor = await db.transaction("django_session").store.index("session_key").openCursor();
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      while (cursor && out.length < limit) {
        out.push(toRow(cursor.value));
        cursor = await cursor.continue();
      }
      return out;
    },
    count() {
      return db.count("django_session");
    },
    clear() {
      return db.clear("django_session");
    },
  };
}

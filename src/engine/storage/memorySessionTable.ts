import type { SessionRow, SessionTable } from "./SessionTable.ts";

/** django_session held in a Map: the CLI's store, and the reference in tests. */
export function memorySessionTable(): SessionTable {
  const rows = new Map<string, SessionRow>();
  return {
    async get(key) {
      const row = rows.get(key);
      return row && { ...row };
    },
    async insert(row) {
      if (rows.has(row.session_key)) return false;
      rows.set(row.session_key, { ...row });
      return true;
    },
    async update(row) {
      if (!rows.has(row.session_key)) return false;
      rows.set(row.session_key, { ...row });
      return true;
    },
    async delete(key) {
      rows.delete(key);
    },
    async deleteExpired(nowMs) {
      for (const [key, row] of rows) if (row.expire_date < nowMs) rows.delete(key);
    },
    async all() {
      return [...rows.values()]
        .map((r) => ({ ...r }))
        .sort((a, b) =>
          a.session_key < b.session_key ? -1 : a.session_key > b.session_key ? 1 : 0,
        );
    },
    async page(offset, limit) {
      return (await this.all()).slice(offset, offset + limit);
    },
    async count() {
      return rows.size;
    },
    async clear() {
      rows.clear();
    },
  };
}

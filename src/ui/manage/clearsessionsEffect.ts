import type { EngineName } from "../../engine/conf/settings.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";

/** The session store as seen before or after a command: its entries and django_session's row count. */
export interface StoreView {
  store: readonly StoreEntry[];
  rows: number;
}

/** What clearsessions did, per engine: rows or files removed, or nothing to do. */
export type ClearsessionsEffect =
  | { kind: "removed"; where: "db" | "file"; count: number }
  | { kind: "nothing"; engine: "cache" | "signed_cookies" };

export function clearsessionsEffect(
  engine: EngineName,
  before: StoreView,
  after: StoreView,
): ClearsessionsEffect {
  switch (engine) {
    case "db":
    case "cached_db":
      // The row count, not the snapshot: a very large table has no snapshot.
      return { kind: "removed", where: "db", count: Math.max(0, before.rows - after.rows) };
    case "file": {
      const files = (v: StoreView) => v.store.filter((e) => e.backend === "file").length;
      return { kind: "removed", where: "file", count: Math.max(0, files(before) - files(after)) };
    }
    default:
      return { kind: "nothing", engine };
  }
}

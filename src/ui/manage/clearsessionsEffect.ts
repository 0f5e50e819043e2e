import type { EngineName } from "../../engine/conf/settings.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";

/** The session store as seen before or after a command: its entries and django_session's row count. */
export interface StoreView {
  store: readonly StoreEntry[];
  rows: number;
}

/**
 * What clearsessions did, per engine: rows or files removed, or nothing to do.
 * `leftAtNow`: django_session rows kept although expired, because their
 * expire_date is exactly now. Django loads only rows with expire_date > now,
 * but clear_expired() deletes only those with expire_date < now; after
 * "+2 weeks" over a fresh login a learner lands right on that edge.
 */
export type ClearsessionsEffect =
  | { kind: "removed"; where: "db"; count: number; leftAtNow: number }
  | { kind: "removed"; where: "file"; count: number }
  | { kind: "nothing"; engine: "cache" | "signed_cookies" };

export function clearsessionsEffect(
  engine: EngineName,
  before: StoreView,
  after: StoreView,
  nowMs: number,
): ClearsessionsEffect {
  switch (engine) {
    case "db":
    case "cached_db":
      return {
        kind: "removed",
        where: "db",
        // The row count, not the snapshot: a very large table has no snapshot.
        count: Math.max(0, before.rows - after.rows),
        leftAtNow: after.store.filter(
          (e) => e.backend === "db" && e.expires !== null && Date.parse(e.expires) === nowMs,
        ).length,
      };
    case "file": {
      const files = (v: StoreView) => v.store.filter((e) => e.backend === "file").length;
      return { kind: "removed", where: "file", count: Math.max(0, files(before) - files(after)) };
    }
    default:
      return { kind: "nothing", engine };
  }
}

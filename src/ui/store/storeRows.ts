import type { StoreEntry } from "../../server/storeSnapshot.ts";
import { storeChanges, storeId, type Change } from "../../state/viewedStep.ts";

export interface StoreRow {
  entry: StoreEntry;
  change: Change | null;
}

export type Backend = StoreEntry["backend"];
export const BACKENDS: readonly Backend[] = ["db", "cache", "file"];

/**
 * The backends in the order the panel shows them: the one the engine writes
 * to first (cached_db: its table, then its cache), then rows an earlier
 * engine left behind.
 */
export function backendsFor(engine: string): readonly Backend[] {
  const first: Backend[] =
    engine === "cache"
      ? ["cache"]
      : engine === "file"
        ? ["file"]
        : engine === "cached_db"
          ? ["db", "cache"]
          : [];
  return [...first, ...BACKENDS.filter((b) => !first.includes(b))];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The stored sessions of the viewed step, per backend, each with what the
 * step did to it; sessions the step removed come from the step before and
 * stay in key order. `prev` undefined (no step before, or it was skipped)
 * marks nothing.
 */
export function storeRows(
  prev: StoreEntry[] | undefined,
  next: StoreEntry[],
): Record<Backend, StoreRow[]> {
  const changes = prev ? storeChanges(prev, next) : new Map<string, Change>();
  const removed = (prev ?? []).filter((e) => changes.get(storeId(e)) === "removed");
  const out: Record<Backend, StoreRow[]> = { db: [], cache: [], file: [] };
  for (const entry of [...next, ...removed].sort((a, b) => compare(a.key, b.key))) {
    out[entry.backend].push({ entry, change: changes.get(storeId(entry)) ?? null });
  }
  return out;
}

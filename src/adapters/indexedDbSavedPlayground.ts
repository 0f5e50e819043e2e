import type { SavedPlayground } from "../state/createPlayground.ts";
import type { SessionLabDb } from "./openSessionLabDb.ts";

/**
 * Where the playground's own state lives in IndexedDB: one record for the
 * lab, one per timeline entry, so that a step writes its entry and not the
 * whole history.
 */
export function indexedDbSavedPlayground(db: SessionLabDb) {
  return {
    async load(): Promise<SavedPlayground | undefined> {
      const saved = (await db.get("lab_state", "current")) as SavedPlayground | undefined;
      if (!saved) return undefined;
      const entries = (await db.getAll("timeline")) as SavedPlayground["timeline"];
      // A version-1 database kept the timeline inside this record.
      return { ...saved, timeline: entries.length ? entries : saved.timeline };
    },
    async save(state: SavedPlayground, entriesFrom: number): Promise<void> {
      const tx = db.transaction(["lab_state", "timeline"], "readwrite");
      const { timeline, ...rest } = state;
      const entries = tx.objectStore("timeline");
      const writes: Promise<unknown>[] = [
        tx.objectStore("lab_state").put({ ...rest, timeline: [] }, "current"),
      ];
      for (let i = entriesFrom; i < timeline.length; i++) writes.push(entries.put(timeline[i], i));
      writes.push(entries.delete(IDBKeyRange.lowerBound(timeline.length)));
      await Promise.all([...writes, tx.done]);
    },
  };
}

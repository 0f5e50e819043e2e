import type { IDBPTransaction, StoreNames } from "idb";
import type { SessionRow } from "../engine/storage/SessionTable.ts";
import { splitPath, type SimFile } from "../engine/storage/SimFileSystem.ts";
import type { SavedPlayground } from "../state/createPlayground.ts";
import type { InMemoryCopy } from "./InMemoryCopy.ts";
import type { SessionLabDb, SessionLabSchema } from "./openSessionLabDb.ts";

/**
 * Where the playground's own state lives in IndexedDB: one record for the
 * lab, one per timeline entry, so that a step writes its entry and not the
 * whole history.
 */
/**
 * The writes that save `state` in `tx`: its lab record, its timeline entries from `entriesFrom`
 * on (those before are unchanged), and none past its end.
 */
function putState(
  tx: IDBPTransaction<SessionLabSchema, StoreNames<SessionLabSchema>[], "readwrite">,
  state: SavedPlayground,
  entriesFrom: number,
): Promise<unknown>[] {
  const { timeline, ...rest } = state;
  const entries = tx.objectStore("timeline");
  const writes: Promise<unknown>[] = [
    tx.objectStore("lab_state").put({ ...rest, timeline: [] }, "current"),
  ];
  for (let i = entriesFrom; i < timeline.length; i++) writes.push(entries.put(timeline[i], i));
  writes.push(entries.delete(IDBKeyRange.lowerBound(timeline.length)));
  return writes;
}

export function indexedDbSavedPlayground(db: SessionLabDb, copies: InMemoryCopy[] = []) {
  return {
    async load(): Promise<SavedPlayground | undefined> {
      const saved = (await db.get("lab_state", "current")) as SavedPlayground | undefined;
      if (!saved) return undefined;
      const entries = (await db.getAll("timeline")) as SavedPlayground["timeline"];
      // A version-1 database kept the timeline inside this record.
      return { ...saved, timeline: entries.length ? entries : saved.timeline };
    },
    async save(state: SavedPlayground, entriesFrom: number): Promise<void> {
      const stores: StoreNames<SessionLabSchema>[] = ["lab_state", "timeline"];
      const tx = db.transaction(stores, "readwrite");
      await Promise.all([...putState(tx, state, entriesFrom), tx.done]);
    },
    /**
     * An import's result in one transaction: django_session, the session files and the saved
     * playground all replaced, or (a quota refused, the page closed) none of them. The table and
     * file adapters (`copies`) read theirs again afterwards.
     */
    async replaceAll(
      rows: SessionRow[],
      files: [string, SimFile][],
      state: SavedPlayground,
    ): Promise<void> {
      const stores: StoreNames<SessionLabSchema>[] = [
        "django_session",
        "session_files",
        "lab_state",
        "timeline",
      ];
      const tx = db.transaction(stores, "readwrite");
      const sessions = tx.objectStore("django_session");
      const stored = tx.objectStore("session_files");
      const writes: Promise<unknown>[] = [sessions.clear(), stored.clear()];
      for (const { session_key, session_data, expire_date } of rows)
        writes.push(sessions.add({ session_key, session_data, expire_date }));
      for (const [path, { content, mtime }] of files)
        writes.push(stored.put({ path, dir: splitPath(path)[0], content, mtime }));
      await Promise.all([...writes, ...putState(tx, state, 0), tx.done]);
      for (const copy of copies) copy.forget();
    },
  };
}

import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export interface StoredRow {
  session_key: string;
  session_data: string;
  expire_date: number;
}

export interface StoredFile {
  path: string;
  dir: string;
  content: string;
  mtime: number;
}

/**
 * The playground's IndexedDB. django_session's primary key begins with
 * expire_date, so clearsessions is one delete over a key range (about 0.1 s
 * for 50,000 of 100,000 rows in Chromium; row by row it takes seconds).
 * Lookups by session_key go through the adapter's copy of the keys
 * (indexedDbSessionTable), so the table has no index: keeping one up to date
 * made that delete 2.5 times slower.
 */
export interface SessionLabSchema extends DBSchema {
  django_session: {
    key: [number, string];
    value: StoredRow;
  };
  session_files: {
    key: string;
    value: StoredFile;
    indexes: { dir: string };
  };
  /** The playground's own state (browsers, clock, code…), one record per key. */
  lab_state: {
    key: string;
    value: unknown;
  };
  /** The timeline, one entry per step by index: a step writes one small record. */
  timeline: {
    key: number;
    value: unknown;
  };
}

export type SessionLabDb = IDBPDatabase<SessionLabSchema>;

/** Opens (creating on first use) the playground's database in the global indexedDB. */
export function openSessionLabDb(name: string): Promise<SessionLabDb> {
  return openDB<SessionLabSchema>(name, 3, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore("django_session", { keyPath: ["expire_date", "session_key"] });
        const files = db.createObjectStore("session_files", { keyPath: "path" });
        files.createIndex("dir", "dir");
        db.createObjectStore("lab_state");
      }
      // Version 2 keeps the timeline one entry per record (version 1 kept it inside lab_state).
      if (oldVersion < 2) db.createObjectStore("timeline");
      // Version 3 drops django_session's session_key index (versions 1 and 2 had one).
      if (oldVersion >= 1 && oldVersion < 3) {
        const sessions = tx.objectStore("django_session") as unknown as IDBObjectStore;
        if (sessions.indexNames.contains("session_key")) sessions.deleteIndex("session_key");
      }
    },
  });
}

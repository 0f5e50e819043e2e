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
 * expire_date, so clearsessions is one delete over a key range (about 0.19 s
 * for 50,000 rows in Chromium, where deleting row by row through an index
 * takes seconds); a unique index on session_key serves lookups.
 */
export interface SessionLabSchema extends DBSchema {
  django_session: {
    key: [number, string];
    value: StoredRow;
    indexes: { session_key: string };
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
  return openDB<SessionLabSchema>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const sessions = db.createObjectStore("django_session", {
          keyPath: ["expire_date", "session_key"],
        });
        sessions.createIndex("session_key", "session_key", { unique: true });
        const files = db.createObjectStore("session_files", { keyPath: "path" });
        files.createIndex("dir", "dir");
        db.createObjectStore("lab_state");
      }
      // Version 2 keeps the timeline one entry per record (version 1 kept it inside lab_state).
      if (oldVersion < 2) db.createObjectStore("timeline");
    },
  });
}

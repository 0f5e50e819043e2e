import { splitPath, type SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import type { SessionLabDb } from "./openSessionLabDb.ts";

/** The simulated SESSION_FILE_PATH directories, kept in IndexedDB.  */
export function indexedDbFileSystem(db: SessionLabDb): SimFileSystem {
  return {
    async read(path) {
      const f = await db.get("session_files", path);
      return f && { content: f.content, mtime: f.mtime };
    },
    async write(path, file, mode) {
      const tx = db.transaction("session_files", "readwrite");
      const exists = (await tx.store.getKey(path)) !== undefined;
      let result: "ok" | "exists" | "missing" = "ok";
      if (mode === "create" && exists) result = "exists";
      else if (mode === "update" && !exists) result = "missing";
      else
        await tx.store.put({
          path,
          dir: splitPath(path)[0],
          content: file.content,
          mtime: file.mtime,
        });
      await tx.done;
      return result;
    },
    async unlink(path) {
      await db.delete("session_files", path);
    },
    async list(dir) {
      return (await db.getAllFromIndex("session_files", "dir", dir))
        .map((f) => splitPath(f.path)[1])
        .sort();
    },
    async all() {
      return (await db.getAll("session_files")).map((f) => [
        f.path,
        { content: f.content, mtime: f.mtime },
      ]);
    },
    clear() {
      return db.clear("session_files");
    },
  };
}

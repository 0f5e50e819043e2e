import { splitPath, type SimFile, type SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import { oneAtATime } from "./oneAtATime.ts";
import type { InMemoryCopy } from "./InMemoryCopy.ts";
import type { SessionLabDb } from "./openSessionLabDb.ts";

/**
 * The simulated SESSION_FILE_PATH directories, kept in IndexedDB. Each write
 * has committed before it returns; reads come from a copy in memory, read
 * once at first use and kept current by every write (this page is the only
 * writer), so the store snapshot after each step reads no file from disk.
 */
export function indexedDbFileSystem(db: SessionLabDb): SimFileSystem & InMemoryCopy {
  let files: Map<string, SimFile> | null = null;
  /** Writes one at a time: "create" checks for the file, then writes, and the two must not interleave. */
  const exclusive = oneAtATime();
  async function loaded(): Promise<Map<string, SimFile>> {
    if (!files) {
      const stored = await db.getAll("session_files");
      files ??= new Map(stored.map((f) => [f.path, { content: f.content, mtime: f.mtime }]));
    }
    return files;
  }
  return {
    async read(path) {
      const f = (await loaded()).get(path);
      return f && { ...f };
    },
    write: (path, file, mode) =>
      exclusive(async () => {
        const all = await loaded();
        const exists = all.has(path);
        if (mode === "create" && exists) return "exists";
        if (mode === "update" && !exists) return "missing";
        const { content, mtime } = file;
        await db.put("session_files", { path, dir: splitPath(path)[0], content, mtime });
        all.set(path, { content, mtime });
        return "ok";
      }),
    unlink: (path) =>
      exclusive(async () => {
        const all = await loaded();
        await db.delete("session_files", path);
        all.delete(path);
      }),
    async list(dir) {
      return [...(await loaded()).keys()]
        .map(splitPath)
        .filter(([d]) => d === dir)
        .map(([, name]) => name)
        .sort();
    },
    async all() {
      return [...(await loaded())]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, f]) => [path, { ...f }]);
    },
    forget() {
      files = null;
    },
    clear: () =>
      exclusive(async () => {
        await db.clear("session_files");
        // Emptied in place: a first-use load still under way keeps this map, not its stale files.
        if (files) files.clear();
        else files = new Map();
      }),
  };
}

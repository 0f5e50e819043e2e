import { splitPath, type SimFile, type SimFileSystem } from "./SimFileSystem.ts";

/** The simulated disk held in memory: the CLI's, and the reference in tests. */
export function memoryFileSystem(): SimFileSystem {
  const files = new Map<string, SimFile>();
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    async read(path) {
      const f = files.get(path);
      return f && { ...f };
    },
    async write(path, file, mode) {
      const exists = files.has(path);
      if (mode === "create" && exists) return "exists";
      if (mode === "update" && !exists) return "missing";
      files.set(path, { ...file });
      return "ok";
    },
    async unlink(path) {
      files.delete(path);
    },
    async list(dir) {
      return [...files.keys()]
        .filter((p) => splitPath(p)[0] === dir)
        .map((p) => splitPath(p)[1])
        .sort(byPath);
    },
    async all() {
      return [...files.entries()].sort(([a], [b]) => byPath(a, b)).map(([p, f]) => [p, { ...f }]);
    },
    async clear() {
      files.clear();
    },
  };
}

export interface SimFile {
  content: string;
  /** Epoch ms on the virtual clock. */
  mtime: number;
}

export type WriteMode = "create" | "update";

/**
 * The simulated disk the file engine writes to. Paths are "dir/name";
 * a directory exists as soon as it is named (the format creates
 * SESSION_FILE_PATH on demand).
 */
export interface SimFileSystem {
  read(path: string): Promise<SimFile | undefined>;
  /**
   * "create" fails with "exists" when the file is there (O_CREAT|O_EXCL);
   * "update" fails with "missing" when it is not (O_WRONLY).
   */
  write(path: string, file: SimFile, mode: WriteMode): Promise<"ok" | "exists" | "missing">;
  unlink(path: string): Promise<void>;
  /** File names (not paths) in a directory, sorted. */
  list(dir: string): Promise<string[]>;
  /** Every file as [path, file], sorted by path. */
  all(): Promise<[string, SimFile][]>;
  clear(): Promise<void>;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

export function splitPath(path: string): [dir: string, name: string] {
  const i = path.lastIndexOf("/");
  return [path.slice(0, i) || "/", path.slice(i + 1)];
}

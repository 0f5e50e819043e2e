import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { memoryFileSystem } from "../engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../engine/storage/memorySessionTable.ts";
import type { SessionTable } from "../engine/storage/SessionTable.ts";
import type { SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import { indexedDbFileSystem } from "./indexedDbFileSystem.ts";
import { indexedDbSessionTable } from "./indexedDbSessionTable.ts";
import { openSessionLabDb } from "./openSessionLabDb.ts";

let n = 0;
const implementations: [string, () => Promise<{ table: SessionTable; fs: SimFileSystem }>][] = [
  ["memory", async () => ({ table: memorySessionTable(), fs: memoryFileSystem() })],
  [
    "IndexedDB",
    async () => {
      const db = await openSessionLabDb(`contract-${n++}`);
      return { table: indexedDbSessionTable(db), fs: indexedDbFileSystem(db) };
    },
  ],
];

const row = (key: string, expire: number, data = "d") => ({
  session_key: key,
  session_data: data,
  expire_date: expire,
});

for (const [name, make] of implementations) {
  describe(`django_session in ${name}`, () => {
    it("inserts once per key and reads the row back", async () => {
      const { table } = await make();
      expect(await table.insert(row("k1", 10))).toBe(true);
      expect(await table.insert(row("k1", 20))).toBe(false);
      expect(await table.get("k1")).toEqual(row("k1", 10));
      expect(await table.get("nope")).toBeUndefined();
    });

    it("updates only an existing row, moving its expire_date", async () => {
      const { table } = await make();
      expect(await table.update(row("k1", 10))).toBe(false);
      await table.insert(row("k1", 10));
      expect(await table.update(row("k1", 50, "new"))).toBe(true);
      expect(await table.all()).toEqual([row("k1", 50, "new")]);
    });

    it("deletes rows strictly before now and keeps the rest", async () => {
      const { table } = await make();
      for (const [k, e] of [
        ["a", 5],
        ["b", 10],
        ["c", 15],
      ] as const)
        await table.insert(row(k, e));
      await table.deleteExpired(10);
      expect((await table.all()).map((r) => r.session_key)).toEqual(["b", "c"]);
      expect(await table.count()).toBe(2);
      await table.delete("b");
      await table.delete("missing");
      expect((await table.all()).map((r) => r.session_key)).toEqual(["c"]);
    });

    it("pages through rows in session_key order", async () => {
      const { table } = await make();
      for (const k of ["d", "b", "a", "c", "e"]) await table.insert(row(k, 1));
      expect((await table.page(1, 3)).map((r) => r.session_key)).toEqual(["b", "c", "d"]);
      expect((await table.page(4, 10)).map((r) => r.session_key)).toEqual(["e"]);
      expect(await table.page(9, 10)).toEqual([]);
    });

    it("keeps session_key order through inserts, deletes and clearsessions after a page was read", async () => {
      const { table } = await make();
      for (const k of ["m", "c", "x"]) await table.insert(row(k, 20));
      expect((await table.page(0, 10)).map((r) => r.session_key)).toEqual(["c", "m", "x"]);
      await table.insert(row("a", 5));
      await table.insert(row("p", 5));
      await table.insert(row("z", 30));
      await table.delete("m");
      expect((await table.page(0, 10)).map((r) => r.session_key)).toEqual([
        "a",
        "c",
        "p",
        "x",
        "z",
      ]);
      await table.deleteExpired(10);
      expect((await table.page(0, 10)).map((r) => r.session_key)).toEqual(["c", "x", "z"]);
      expect((await table.page(1, 1)).map((r) => r.session_key)).toEqual(["x"]);
    });

    it("answers overlapping calls as if they came one after another", async () => {
      const { table } = await make();
      expect(await Promise.all([table.insert(row("k", 10)), table.insert(row("k", 20))])).toEqual([
        true,
        false,
      ]);
      expect(await table.all()).toEqual([row("k", 10)]);
      const [, , cleared] = await Promise.all([
        table.update(row("k", 30, "moved")),
        table.insert(row("j", 5)),
        table.clear(),
        table.insert(row("after", 7)),
      ]);
      expect(cleared).toBeUndefined();
      expect(await table.all()).toEqual([row("after", 7)]);
      expect(await table.count()).toBe(1);
      expect(await table.get("k")).toBeUndefined();
    });

    it("lists rows ordered by session_key", async () => {
      const { table } = await make();
      await table.insert(row("zz", 1));
      await table.insert(row("aa", 2));
      expect((await table.all()).map((r) => r.session_key)).toEqual(["aa", "zz"]);
      await table.clear();
      expect(await table.all()).toEqual([]);
    });
  });

  describe(`the simulated disk in ${name}`, () => {
    it("creates exclusively, updates only existing files, and lists a directory", async () => {
      const { fs } = await make();
      expect(await fs.write("/tmp/a", { content: "1", mtime: 1 }, "update")).toBe("missing");
      expect(await fs.write("/tmp/a", { content: "1", mtime: 1 }, "create")).toBe("ok");
      expect(await fs.write("/tmp/a", { content: "2", mtime: 2 }, "create")).toBe("exists");
      expect(await fs.write("/tmp/a", { content: "2", mtime: 2 }, "update")).toBe("ok");
      await fs.write("other/b", { content: "3", mtime: 3 }, "create");
      expect(await fs.read("/tmp/a")).toEqual({ content: "2", mtime: 2 });
      expect(await fs.list("/tmp")).toEqual(["a"]);
      expect((await fs.all()).map(([p]) => p)).toEqual(["/tmp/a", "other/b"]);
      await fs.unlink("/tmp/a");
      await fs.unlink("/tmp/a");
      expect(await fs.read("/tmp/a")).toBeUndefined();
    });

    it("creates a file once when two creates overlap", async () => {
      const { fs } = await make();
      expect(
        await Promise.all([
          fs.write("/tmp/s", { content: "first", mtime: 1 }, "create"),
          fs.write("/tmp/s", { content: "second", mtime: 2 }, "create"),
        ]),
      ).toEqual(["ok", "exists"]);
      expect(await fs.read("/tmp/s")).toEqual({ content: "first", mtime: 1 });
    });
  });
}

describe("IndexedDB storage read back after a reload", () => {
  it("finds in IndexedDB every row and file written before, as a fresh page would", async () => {
    const db = await openSessionLabDb(`reload-${n++}`);
    const table = indexedDbSessionTable(db);
    const fs = indexedDbFileSystem(db);
    for (const k of ["c", "a", "b", "gone"]) await table.insert(row(k, 10));
    await table.update(row("a", 30, "moved"));
    await table.delete("gone");
    await fs.write("/tmp/f", { content: "x", mtime: 5 }, "create");
    await fs.write("/tmp/f", { content: "y", mtime: 6 }, "update");

    const raw = await db.getAll("django_session");
    expect(raw.map((r) => [r.expire_date, r.session_key, r.session_data])).toEqual([
      [10, "b", "d"],
      [10, "c", "d"],
      [30, "a", "moved"],
    ]);
    const after = indexedDbSessionTable(db);
    expect(await after.count()).toBe(3);
    expect(await after.get("a")).toEqual(row("a", 30, "moved"));
    expect((await after.page(1, 2)).map((r) => r.session_key)).toEqual(["b", "c"]);
    expect(await indexedDbFileSystem(db).read("/tmp/f")).toEqual({ content: "y", mtime: 6 });
  });

  it("leaves IndexedDB and its reads unchanged when a write fails", async () => {
    const db = await openSessionLabDb(`failing-${n++}`);
    const table = indexedDbSessionTable(db);
    await table.insert(row("k", 10));
    db.close();
    await expect(table.update(row("k", 20, "lost"))).rejects.toThrow();
    expect(await table.get("k")).toEqual(row("k", 10));
    const reopened = indexedDbSessionTable(await openSessionLabDb(db.name));
    expect(await reopened.get("k")).toEqual(row("k", 10));
  });

  it("takes back the whole update when IndexedDB refuses the new row", async () => {
    const db = await openSessionLabDb(`refused-${n++}`);
    const table = indexedDbSessionTable(db);
    await table.insert(row("k", 10));
    await expect(table.update(row("k", Number.NaN, "bad"))).rejects.toThrow();
    expect(await table.get("k")).toEqual(row("k", 10));
    expect(await db.getAll("django_session")).toEqual([row("k", 10)]);
  });

  it("hands out copies, so a caller's change never reaches the table", async () => {
    const table = indexedDbSessionTable(await openSessionLabDb(`copies-${n++}`));
    await table.insert(row("k", 10));
    (await table.get("k"))!.session_data = "changed";
    (await table.all())[0].session_data = "changed";
    expect(await table.get("k")).toEqual(row("k", 10));
  });
});

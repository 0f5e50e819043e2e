import { describe, expect, it } from "vitest";
import type { TraceCookie } from "../../scenario/Trace.ts";
import { jarRows } from "./jarRows.ts";

const cookie = (name: string, value = "v"): TraceCookie => ({
  name,
  value,
  expires: null,
  path: "/",
  domain: "testserver",
  secure: false,
  httponly: false,
  samesite: null,
});

describe("the rows of the cookie table", () => {
  it("marks what the viewed step added, changed and removed, keeping removed rows in order", () => {
    const rows = jarRows(
      [cookie("a"), cookie("b"), cookie("c")],
      [cookie("a"), cookie("c", "new"), cookie("d")],
    );
    expect(rows.map((r) => [r.cookie.name, r.change])).toEqual([
      ["a", null],
      ["b", "removed"],
      ["c", "changed"],
      ["d", "added"],
    ]);
  });

  it("treats every cookie as added on the first step", () => {
    expect(jarRows(undefined, [cookie("a")])[0].change).toBe("added");
  });
});

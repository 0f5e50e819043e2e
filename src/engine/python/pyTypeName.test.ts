import { describe, expect, it } from "vitest";
import { pyTypeName } from "./pyTypeName.ts";

describe("pyTypeName", () => {
  it("names JSON values by their Python types", () => {
    expect([null, true, 1, 1.5, "s", [], {}].map(pyTypeName)).toEqual([
      "NoneType",
      "bool",
      "int",
      "float",
      "str",
      "list",
      "dict",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { pyDictFromJson } from "./pyDictFromJson.ts";

const entries = (text: string) => [...(pyDictFromJson(text) as Map<string, unknown>)];

describe("pyDictFromJson (json.loads of session data)", () => {
  it("keeps the text's key order, integer-like keys included", () => {
    expect(entries('{"v": 1, "10": 2, "1": 3, "a": {"2": 0, "b": 1}}')).toEqual([
      ["v", 1],
      ["10", 2],
      ["1", 3],
      [
        "a",
        new Map<string, unknown>([
          ["2", 0],
          ["b", 1],
        ]),
      ],
    ]);
    const nested = entries('{"a": {"2": 0, "b": 1}}')[0][1] as Map<string, unknown>;
    expect([...nested.keys()]).toEqual(["2", "b"]);
  });

  it("reads keys with escapes and quotes, and skips strings and brackets inside values", () => {
    expect(
      entries('{"a\\"b": "x,\\"y\\":{", "c": [1, {"d": "}"}], "\\u00fc": null, "e": ","}').map(
        ([k]) => k,
      ),
    ).toEqual(['a"b', "c", "ü", "e"]);
  });

  it("keeps a repeated key at its first place with its last value, as Python's dict", () => {
    expect(entries('{"a": 1, "b": 2, "a": 3}')).toEqual([
      ["a", 3],
      ["b", 2],
    ]);
  });

  it("gives anything but an object as JSON.parse does", () => {
    expect(pyDictFromJson("[1, 2]")).toEqual([1, 2]);
    expect(pyDictFromJson('"x"')).toBe("x");
    expect(pyDictFromJson("{}")).toEqual(new Map());
  });
});

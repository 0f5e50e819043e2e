import { describe, expect, it } from "vitest";
import { jsonStringify } from "./jsonStringify.ts";
import { pyJsonLoads } from "./pyJsonLoads.ts";

const samples: unknown[] = [
  null,
  "x\u00fc\n",
  1.5,
  [1, undefined, () => 0, { a: undefined, b: [] }],
  { a: { b: { c: [1, { d: null }] } }, e: {}, f: [] },
  { toJSON: () => "as json" },
  { when: new Date(0) },
];

describe("jsonStringify", () => {
  it("writes what JSON.stringify writes for values without Maps, compact and indented", () => {
    for (const value of samples) {
      expect(jsonStringify(value)).toBe(JSON.stringify(value));
      expect(jsonStringify(value, 2)).toBe(JSON.stringify(value, null, 2));
    }
  });

  it("writes a Map as the object it was read from, in its order", () => {
    const text = '{"cart": {"b": 1, "2": 2, "1": {"z": 0, "10": 1}}, "x": [{"5": 5}]}';
    expect(jsonStringify(pyJsonLoads(text))).toBe(text.replace(/": /g, '":').replace(/, /g, ","));
    expect(jsonStringify(pyJsonLoads('{"a": {"2": 0, "1": []}}'), 2)).toBe(
      '{\n  "a": {\n    "2": 0,\n    "1": []\n  }\n}',
    );
  });
});

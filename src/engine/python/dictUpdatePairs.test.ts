import { describe, expect, it } from "vitest";
import { dictUpdatePairs } from "./dictUpdatePairs.ts";
import { PythonError } from "./PythonError.ts";

const raised = (arg: unknown) => {
  try {
    Array.from(dictUpdatePairs(arg));
  } catch (e) {
    return [(e as PythonError).pythonName, (e as Error).message];
  }
  return null;
};

describe("dictUpdatePairs (dict.update's argument)", () => {
  it("takes a dict's items in order", () => {
    expect([...dictUpdatePairs({ a: 1, b: [2] })]).toEqual([
      ["a", 1],
      ["b", [2]],
    ]);
  });

  it("takes a list of pairs, two-character strings included", () => {
    expect([...dictUpdatePairs([["k", "v"], "xy"])]).toEqual([
      ["k", "v"],
      ["x", "y"],
    ]);
  });

  it("takes nothing from an empty string or list", () => {
    expect([...dictUpdatePairs("")]).toEqual([]);
    expect([...dictUpdatePairs([])]).toEqual([]);
  });

  it("raises TypeError for None and numbers, as Python does", () => {
    expect(raised(null)).toEqual(["TypeError", "'NoneType' object is not iterable"]);
    expect(raised(3)).toEqual(["TypeError", "'int' object is not iterable"]);
    expect(raised([5])).toEqual([
      "TypeError",
      "cannot convert dictionary update sequence element #0 to a sequence",
    ]);
    expect(raised([[["a"], 1]])).toEqual(["TypeError", "unhashable type: 'list'"]);
  });

  it("yields the pairs before a bad one, as Python's update keeps them", () => {
    const got: [string, unknown][] = [];
    expect(() => {
      for (const pair of dictUpdatePairs([["a", 1], "xyz"])) got.push(pair);
    }).toThrow("dictionary update sequence element #1 has length 3; 2 is required");
    expect(got).toEqual([["a", 1]]);
  });

  it("raises ValueError for a string of other than two characters, as a session key would be", () => {
    expect(raised("abc")).toEqual([
      "ValueError",
      "dictionary update sequence element #0 has length 1; 2 is required",
    ]);
    expect(raised([["a", 1, 2]])).toEqual([
      "ValueError",
      "dictionary update sequence element #0 has length 3; 2 is required",
    ]);
  });
});

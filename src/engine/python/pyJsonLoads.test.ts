import { describe, expect, it } from "vitest";
import { pyJsonLoads } from "./pyJsonLoads.ts";
import { jsonStringify } from "./jsonStringify.ts";
import { isPyFloat, pyFloat } from "./pyFloat.ts";
import { pythonJsonDumps } from "./pythonJsonDumps.ts";
import { isPyOpaque } from "./pyOpaque.ts";

describe("pyJsonLoads (json.loads keeping dict order)", () => {
  it("reads an object with an integer-like key as a Map in the text's order, at any depth", () => {
    const text = '{"cart": {"b": 1, "2": 2, "1": {"z": 0, "10": [1, {"3": null}]}}, "x": "y"}';
    const value = pyJsonLoads(text) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["cart", "x"]);
    const cart = value.cart as Map<string, unknown>;
    expect([...cart.keys()]).toEqual(["b", "2", "1"]);
    expect([...(cart.get("1") as Map<string, unknown>).keys()]).toEqual(["z", "10"]);
    // Written back as Python writes it, the text is the same bytes: what Django signs.
    expect(pythonJsonDumps(value)).toBe(text.replace(/": /g, '":').replace(/, /g, ","));
  });

  it("gives JSON.parse's plain values where no key would move", () => {
    expect(pyJsonLoads('{"a": {"b": [1, 2.5, "\\u00fc", true, null]}}')).toEqual({
      a: { b: [1, 2.5, "ü", true, null] },
    });
    expect(pyJsonLoads('{"a": {"1x": 1}, "s": "\\"9\\": 1"}')).toEqual({
      a: { "1x": 1 },
      s: '"9": 1',
    });
  });

  it("reads every kind of value on the slow path too, with escapes, spaces and a repeated key", () => {
    const value = pyJsonLoads(
      ' { "1" : [ ] , "q\\"}" : { } , "n" : -1.5e+2 , "1" : { "__proto__" : 0 , "7" : "\\n" } } ',
    ) as Map<string, unknown>;
    expect([...value.keys()]).toEqual(["1", 'q"}', "n"]);
    expect(value.get("n")).toEqual(pyFloat(-150));
    expect(value.get('q"}')).toEqual({});
    const last = value.get("1") as Map<string, unknown>;
    expect([...last]).toEqual([
      ["__proto__", 0],
      ["7", "\n"],
    ]);
  });

  it("reads numbers of any length, and a key whose digits are escaped", () => {
    const long = "1".repeat(450);
    const value = pyJsonLoads(`{"1": ${long}, "a": [0.${long}, -${long}e-3]}`) as Map<
      string,
      unknown
    >;
    expect(value.get("1")).toBe(Number(long));
    expect(value.get("a")).toEqual([Number(`0.${long}`), Number(`-${long}e-3`)]);
    expect([...(pyJsonLoads('{"b": 1, "\\u0031": 2}') as Map<string, unknown>).keys()]).toEqual([
      "b",
      "1",
    ]);
  });

  it("reads a float a JavaScript number would print as an int as a float, and writes it back as Python does", () => {
    const text = '{"total": 10.0, "big": 1e20, "neg": -0.0, "half": 0.5, "n": 10, "s": "v1.0"}';
    const value = pyJsonLoads(text) as Record<string, unknown>;
    expect(isPyFloat(value.total) && isPyFloat(value.big) && isPyFloat(value.neg)).toBe(true);
    expect([value.half, value.n]).toEqual([0.5, 10]);
    expect(pythonJsonDumps(value)).toBe(
      '{"total":10.0,"big":1e+20,"neg":-0.0,"half":0.5,"n":10,"s":"v1.0"}',
    );
    expect(jsonStringify(value)).toBe(pythonJsonDumps(value));
    expect(structuredClone(value)).toEqual(value);
    expect(isPyFloat(structuredClone(value).total)).toBe(true);
  });

  it("reads a decimal that a double rounds to a whole number as a float, and stays fast on long runs of zeros", () => {
    const value = pyJsonLoads(
      '{"a": 1.0000000000000000001, "b": 0.99999999999999999, "c": 123456789012345678.5}',
    ) as Record<string, unknown>;
    expect(pythonJsonDumps(value)).toBe('{"a":1.0,"b":1.0,"c":1.2345678901234568e+17}');
    expect(pyJsonLoads(`{"note": ".${"0".repeat(80_000)}1"}`)).toEqual({
      note: `.${"0".repeat(80_000)}1`,
    });
  });

  it("refuses what JSON.parse refuses", () => {
    expect(() => pyJsonLoads('{"1": }')).toThrow(SyntaxError);
  });
});

describe("a dict shaped like the engine's stand-in for a Python object", () => {
  it("stays a dict (a Map), so it is never taken for one, however its key is written", () => {
    for (const text of [
      '{"pyOpaque": "set", "value": [1]}',
      '{"\\u0070yOpaque": "set", "value": [1]}',
    ]) {
      const value = pyJsonLoads(text);
      expect(value).toBeInstanceOf(Map);
      expect(isPyOpaque(value)).toBe(false);
      expect(pythonJsonDumps(value)).toBe('{"pyOpaque":"set","value":[1]}');
    }
  });
});

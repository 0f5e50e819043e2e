import { describe, expect, it } from "vitest";
import { PythonError } from "./PythonError.ts";
import { pythonJsonDumps } from "./pythonJsonDumps.ts";

/** Expected text was printed by CPython 3.11's json.dumps(obj, separators=(",", ":")). */
describe("pythonJsonDumps strings (ensure_ascii)", () => {
  it("escapes non-ASCII as lowercase \\uXXXX", () => {
    expect(pythonJsonDumps("é")).toBe('"\\u00e9"');
    expect(pythonJsonDumps("Ω€")).toBe('"\\u03a9\\u20ac"');
  });

  it("escapes DEL (0x7f), which JSON.stringify leaves raw", () => {
    expect(pythonJsonDumps("\x7f")).toBe('"\\u007f"');
  });

  it("writes astral characters as a lowercase surrogate pair", () => {
    expect(pythonJsonDumps("😀")).toBe('"\\ud83d\\ude00"');
  });

  it("escapes control characters, using the short forms where Python has them", () => {
    expect(pythonJsonDumps("\x00\x1f")).toBe('"\\u0000\\u001f"');
    expect(pythonJsonDumps('a"b\\c/d\n\r\t\b\f')).toBe('"a\\"b\\\\c/d\\n\\r\\t\\b\\f"');
  });

  it("escapes U+2028 and leaves printable ASCII, space and / alone", () => {
    expect(pythonJsonDumps("\u2028")).toBe('"\\u2028"');
    expect(pythonJsonDumps(" ~/<>&'")).toBe('" ~/<>&\'"');
  });
});

describe("pythonJsonDumps numbers", () => {
  it("prints floats as Python's repr: exponent form below 1e-4, with a two-digit exponent", () => {
    expect(pythonJsonDumps(1e-5)).toBe("1e-05");
    expect(pythonJsonDumps(2.5e-5)).toBe("2.5e-05");
    expect(pythonJsonDumps(1.5e-7)).toBe("1.5e-07");
    expect(pythonJsonDumps(5e-324)).toBe("5e-324");
  });

  it("prints floats from 1e-4 up in positional form", () => {
    expect(pythonJsonDumps(0.0001)).toBe("0.0001");
    expect(pythonJsonDumps(1.5)).toBe("1.5");
    expect(pythonJsonDumps(-0.5)).toBe("-0.5");
    expect(pythonJsonDumps(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(pythonJsonDumps(123456789012345.6)).toBe("123456789012345.6");
  });

  it("prints integral numbers as Python ints, all digits (json.dumps(10**16))", () => {
    // A JSON number carries no int/float distinction; the playground reads 1e16 as an int.
    expect(pythonJsonDumps(1e16)).toBe("10000000000000000");
    expect(pythonJsonDumps(1e22)).toBe("10000000000000000000000");
    expect(pythonJsonDumps(-42)).toBe("-42");
    expect(pythonJsonDumps(-0)).toBe("0");
  });

  it("prints non-finite numbers as Python does", () => {
    expect(pythonJsonDumps(NaN)).toBe("NaN");
    expect(pythonJsonDumps(Infinity)).toBe("Infinity");
    expect(pythonJsonDumps(-Infinity)).toBe("-Infinity");
  });
});

describe("pythonJsonDumps containers", () => {
  it("writes objects and arrays with no spaces, in insertion order", () => {
    expect(pythonJsonDumps({ u: "é", n: [1, 2.5, null, true, false], k: {} })).toBe(
      '{"u":"\\u00e9","n":[1,2.5,null,true,false],"k":{}}',
    );
  });

  it("writes a Map as an object, stringifying its keys", () => {
    expect(
      pythonJsonDumps(
        new Map<unknown, unknown>([
          ["b", 1],
          [2, "é"],
        ]),
      ),
    ).toBe('{"b":1,"2":"\\u00e9"}');
  });

  it("escapes non-ASCII object keys too", () => {
    expect(pythonJsonDumps({ clé: 1 })).toBe('{"cl\\u00e9":1}');
  });

  it("writes undefined as null", () => {
    expect(pythonJsonDumps(undefined)).toBe("null");
    expect(pythonJsonDumps([undefined])).toBe("[null]");
  });

  it("raises Python's TypeError for a value JSON cannot hold", () => {
    expect(() => pythonJsonDumps(10n)).toThrow(PythonError);
    expect(() => pythonJsonDumps(() => 1)).toThrow("is not JSON serializable");
  });
});

import { describe, expect, it } from "vitest";
import { hasInexactInt } from "./hasInexactInt.ts";
import { pyJsonLoads } from "./pyJsonLoads.ts";

describe("hasInexactInt", () => {
  it("finds an int beyond 2**53 - 1 anywhere in a value read as JSON", () => {
    expect(hasInexactInt(pyJsonLoads("12345678901234567890"))).toBe(true);
    expect(hasInexactInt(pyJsonLoads('{"a": [1, {"2": -9007199254740993}]}'))).toBe(true);
    expect(hasInexactInt(pyJsonLoads("9007199254740992"))).toBe(true);
  });

  it("accepts the ints JavaScript keeps exact, floats, and everything else", () => {
    expect(hasInexactInt(pyJsonLoads("9007199254740991"))).toBe(false);
    expect(hasInexactInt(pyJsonLoads("-9007199254740991"))).toBe(false);
    expect(hasInexactInt(pyJsonLoads("[1e20, 1.5e300, 2.0]"))).toBe(false);
    expect(hasInexactInt(pyJsonLoads('{"k": "12345678901234567890", "n": null}'))).toBe(false);
  });
});

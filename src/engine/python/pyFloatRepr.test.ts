import { describe, expect, it } from "vitest";
import { pyFloatRepr } from "./pyFloatRepr.ts";

// Expected values are Python 3's repr() of the same floats.
describe("pyFloatRepr", () => {
  it("always shows a decimal point on whole numbers", () => {
    expect(pyFloatRepr(100)).toBe("100.0");
    expect(pyFloatRepr(1e15)).toBe("1000000000000000.0");
    expect(pyFloatRepr(2 ** 53 + 2)).toBe("9007199254740994.0");
  });

  it("uses the shortest digits that round-trip", () => {
    expect(pyFloatRepr(0.1)).toBe("0.1");
    expect(pyFloatRepr(1 / 3)).toBe("0.3333333333333333");
    expect(pyFloatRepr(-2.5)).toBe("-2.5");
  });

  it("switches to exponent notation below 1e-4 and from 1e16", () => {
    expect(pyFloatRepr(0.0001)).toBe("0.0001");
    expect(pyFloatRepr(0.00001)).toBe("1e-05");
    expect(pyFloatRepr(1.5e-7)).toBe("1.5e-07");
    expect(pyFloatRepr(1e16)).toBe("1e+16");
    expect(pyFloatRepr(123456789012345680)).toBe("1.2345678901234568e+17");
    expect(pyFloatRepr(5e-324)).toBe("5e-324");
    expect(pyFloatRepr(1.7976931348623157e308)).toBe("1.7976931348623157e+308");
  });

  it("spells zero, infinity and NaN as Python does", () => {
    expect(pyFloatRepr(0)).toBe("0.0");
    expect(pyFloatRepr(-0)).toBe("-0.0");
    expect(pyFloatRepr(Infinity)).toBe("inf");
    expect(pyFloatRepr(-Infinity)).toBe("-inf");
    expect(pyFloatRepr(NaN)).toBe("nan");
  });
});

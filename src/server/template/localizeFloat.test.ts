import { describe, expect, it } from "vitest";
import { localizeFloat } from "./localizeFloat.ts";

// Expected values are django.utils.formats.localize() of the same floats under
// default settings, which is what `{{ value }}` shows.
describe("localizeFloat", () => {
  it("shows ordinary floats as Python's repr", () => {
    expect(localizeFloat(0.1)).toBe("0.1");
    expect(localizeFloat(123456789.125)).toBe("123456789.125");
    expect(localizeFloat(1e15)).toBe("1000000000000000.0");
  });

  it("writes repr's exponent forms out in full", () => {
    expect(localizeFloat(1e16)).toBe("10000000000000000");
    expect(localizeFloat(1e22)).toBe("10000000000000000000000");
    expect(localizeFloat(1.5e-7)).toBe("0.00000015");
    expect(localizeFloat(-1e-5)).toBe("-0.00001");
    expect(localizeFloat(1e-199)).toBe(`0.${"0".repeat(198)}1`);
    expect(localizeFloat(1.2345e-190)).toBe(`0.${"0".repeat(189)}12345`);
  });

  it("keeps exponent notation when writing out would take more than 200 digits", () => {
    expect(localizeFloat(1e-200)).toBe("1e-200");
    expect(localizeFloat(1e200)).toBe("1e+200");
    expect(localizeFloat(5e-324)).toBe("5e-324");
    expect(localizeFloat(1.7976931348623157e308)).toBe("1.7976931348623157e+308");
  });
});

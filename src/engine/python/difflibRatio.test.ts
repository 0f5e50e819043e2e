import { describe, expect, it } from "vitest";
import { difflibRatio } from "./difflibRatio.ts";

describe("difflibRatio", () => {
  it("matches difflib's ratio", () => {
    expect(difflibRatio("abcd", "bcde")).toBe(0.75);
    expect(difflibRatio("clearsession", "clearsessions")).toBeCloseTo(24 / 25);
    expect(difflibRatio("migrate", "clearsessions")).toBeLessThan(0.6);
  });
});

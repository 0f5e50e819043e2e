import { describe, expect, it } from "vitest";
import { nextBrowserName } from "./nextBrowserName.ts";

describe("a new browser's name", () => {
  it("is the first free capital letter", () => {
    expect(nextBrowserName(["A"])).toBe("B");
    expect(nextBrowserName(["A", "B", "D"])).toBe("C");
  });
});

import { describe, expect, it } from "vitest";
import { formatSeconds } from "./formatSeconds.ts";

describe("a duration in seconds, in words", () => {
  it("uses the largest unit that divides it exactly", () => {
    expect(formatSeconds(1209600, "en")).toBe("2 weeks");
    expect(formatSeconds(300, "en")).toBe("5 minutes");
    expect(formatSeconds(86400, "en")).toBe("1 day");
    expect(formatSeconds(10, "en")).toBe("10 seconds");
  });

  it("falls back to the largest unit that fits, with one decimal", () => {
    expect(formatSeconds(5400, "en")).toBe("90 minutes");
    expect(formatSeconds(100000, "en")).toBe("1.2 days");
  });

  it("speaks Chinese too", () => {
    expect(formatSeconds(1209600, "zh-CN")).toBe("2周");
  });
});

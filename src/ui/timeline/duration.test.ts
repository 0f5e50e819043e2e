import { describe, expect, it } from "vitest";
import { durationParts, utcTime } from "./duration.ts";

describe("durationParts", () => {
  it("splits a clock jump into its non-zero units", () => {
    expect(durationParts(3600)).toEqual([{ unit: "h", n: 1 }]);
    expect(durationParts(93784)).toEqual([
      { unit: "d", n: 1 },
      { unit: "h", n: 2 },
      { unit: "min", n: 3 },
      { unit: "s", n: 4 },
    ]);
    expect(durationParts(0)).toEqual([{ unit: "s", n: 0 }]);
  });

  it("says a whole number of weeks in weeks, as the toolbar's +2 weeks does", () => {
    expect(durationParts(1209600)).toEqual([{ unit: "w", n: 2 }]);
    expect(durationParts(604800)).toEqual([{ unit: "w", n: 1 }]);
    expect(durationParts(1209601)).toEqual([
      { unit: "d", n: 14 },
      { unit: "s", n: 1 },
    ]);
  });
});

describe("utcTime", () => {
  it("shows the trace's instant as a UTC date and time", () => {
    expect(utcTime("2026-01-01T01:00:00Z")).toBe("2026-01-01 01:00:00 UTC");
    expect(utcTime("2026-01-01T01:00:00.250000Z")).toBe("2026-01-01 01:00:00 UTC");
  });
});

import { describe, expect, it } from "vitest";
import { splitDuration } from "./splitDuration.ts";

describe("a clock jump's length", () => {
  it("is split into days, hours, minutes and seconds without the zero parts", () => {
    expect(splitDuration(1209600)).toEqual([{ unit: "week", count: 2 }]);
    expect(splitDuration(1209601)).toEqual([
      { unit: "day", count: 14 },
      { unit: "second", count: 1 },
    ]);
    expect(splitDuration(90061)).toEqual([
      { unit: "day", count: 1 },
      { unit: "hour", count: 1 },
      { unit: "minute", count: 1 },
      { unit: "second", count: 1 },
    ]);
    expect(splitDuration(0)).toEqual([]);
  });
});

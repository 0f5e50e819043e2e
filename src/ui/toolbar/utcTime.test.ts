import { describe, expect, it } from "vitest";
import { formatUtc, parseUtcInput, toUtcInput } from "./utcTime.ts";

describe("the virtual clock's display", () => {
  it("shows an instant as a UTC date and time to the second", () => {
    expect(formatUtc(Date.UTC(2026, 0, 1, 0, 0, 0))).toBe("2026-01-01 00:00:00 UTC");
    expect(formatUtc(Date.UTC(2026, 0, 15, 13, 5, 9, 999))).toBe("2026-01-15 13:05:09 UTC");
  });

  it("round-trips through a datetime-local value read as UTC", () => {
    const ms = Date.UTC(2026, 2, 4, 5, 6, 7);
    expect(toUtcInput(ms)).toBe("2026-03-04T05:06:07");
    expect(parseUtcInput(toUtcInput(ms))).toBe(ms);
  });

  it("accepts a datetime-local value without seconds", () => {
    expect(parseUtcInput("2026-01-02T03:04")).toBe(Date.UTC(2026, 0, 2, 3, 4));
  });

  it("refuses incomplete or impossible dates", () => {
    expect(parseUtcInput("")).toBeNull();
    expect(parseUtcInput("2026-01-02")).toBeNull();
    expect(parseUtcInput("2026-02-30T00:00")).toBeNull();
  });
});

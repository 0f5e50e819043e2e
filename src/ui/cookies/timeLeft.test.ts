import { describe, expect, it } from "vitest";
import { formatUtc, secondsLeft, timeLeft } from "./timeLeft.ts";

const NOW = "2026-01-01T00:00:00Z";

describe("time left on the virtual clock", () => {
  it("counts whole seconds, negative once the moment has passed", () => {
    expect(secondsLeft("2026-01-01T00:00:10Z", NOW)).toBe(10);
    expect(secondsLeft("2025-12-31T23:59:50Z", NOW)).toBe(-10);
  });

  it("says two weeks as 14 days, in English and in Chinese", () => {
    expect(timeLeft("2026-01-15T00:00:00Z", NOW, "en")).toBe("in 14 days");
    expect(timeLeft("2026-01-15T00:00:00Z", NOW, "zh-CN")).toBe("14天后");
  });

  it("rounds toward zero so it never promises more time than is left", () => {
    expect(timeLeft("2026-01-01T01:59:59Z", NOW, "en")).toBe("in 1 hour");
    expect(timeLeft("2026-01-01T00:00:59Z", NOW, "en")).toBe("in 59 seconds");
  });

  it("says now, not in 0 seconds, for an expiry reached at this very moment", () => {
    expect(timeLeft(NOW, NOW, "en")).toBe("now");
    expect(timeLeft(NOW, NOW, "zh-CN")).toBe("现在");
    expect(timeLeft("2026-01-02T00:00:00Z", NOW, "en")).toBe("in 1 day");
  });

  it("speaks of the past for an expiry already reached", () => {
    expect(timeLeft("2025-12-31T23:57:00Z", NOW, "en")).toBe("3 minutes ago");
  });
});

describe("the UTC column", () => {
  it("shows date and time without sub-seconds, marked UTC", () => {
    expect(formatUtc("2026-01-15T00:00:00.123456Z")).toBe("2026-01-15 00:00:00 UTC");
  });
});

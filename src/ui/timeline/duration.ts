import { splitDuration, type DurationUnit as LongUnit } from "../toolbar/splitDuration.ts";

const SHORT = { week: "w", day: "d", hour: "h", minute: "min", second: "s" } as const;

export type DurationUnit = (typeof SHORT)[LongUnit];

/**
 * A clock jump in the timeline's short units, zero parts left out ("+1 h", "+1 d 2 h"), whole
 * weeks as weeks: Jump to's own split (splitDuration), so the two always say the same.
 */
export function durationParts(seconds: number): { unit: DurationUnit; n: number }[] {
  const parts = splitDuration(Math.abs(Math.trunc(seconds))).map(({ unit, count }) => ({
    unit: SHORT[unit],
    n: count,
  }));
  return parts.length ? parts : [{ unit: "s", n: 0 }];
}

/** The trace's ISO instant as a readable UTC time: `2026-01-01 01:00:00 UTC`. */
export function utcTime(iso: string): string {
  return iso.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
}

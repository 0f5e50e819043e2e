export type DurationUnit = "w" | "d" | "h" | "min" | "s";

const WEEK = 604800;

/**
 * A clock jump as days / hours / minutes / seconds, zero parts left out ("+1 h", "+1 d 2 h");
 * a whole number of weeks as weeks, as the toolbar's "+2 weeks" says it.
 */
export function durationParts(seconds: number): { unit: DurationUnit; n: number }[] {
  let rest = Math.abs(Math.trunc(seconds));
  if (rest > 0 && rest % WEEK === 0) return [{ unit: "w", n: rest / WEEK }];
  const parts: { unit: DurationUnit; n: number }[] = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["min", 60],
    ["s", 1],
  ] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n) parts.push({ unit, n });
  }
  return parts.length ? parts : [{ unit: "s", n: 0 }];
}

/** The trace's ISO instant as a readable UTC time: `2026-01-01 01:00:00 UTC`. */
export function utcTime(iso: string): string {
  return iso.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
}

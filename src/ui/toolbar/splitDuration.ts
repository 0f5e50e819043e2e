export type DurationUnit = "week" | "day" | "hour" | "minute" | "second";

const WEEK = 604800;

/**
 * A positive number of seconds as days, hours, minutes and seconds, dropping the zero parts; a
 * whole number of weeks as weeks (as the toolbar's "+2 weeks" and the timeline say it).
 */
export function splitDuration(seconds: number): { unit: DurationUnit; count: number }[] {
  const parts: { unit: DurationUnit; count: number }[] = [];
  let rest = Math.max(0, Math.round(seconds));
  if (rest > 0 && rest % WEEK === 0) return [{ unit: "week", count: rest / WEEK }];
  for (const [unit, size] of [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1],
  ] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count) parts.push({ unit, count });
  }
  return parts;
}

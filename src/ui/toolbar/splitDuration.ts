export type DurationUnit = "day" | "hour" | "minute" | "second";

/** A positive number of seconds as days, hours, minutes and seconds, dropping the zero parts. */
export function splitDuration(seconds: number): { unit: DurationUnit; count: number }[] {
  const parts: { unit: DurationUnit; count: number }[] = [];
  let rest = Math.max(0, Math.round(seconds));
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

const UNITS: [string, number][] = [
  ["week", 604800],
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/**
 * A number of seconds in the learner's words: "2 weeks", "5 minutes", "1.2 days".
 * Uses the largest unit (a minute or more) that divides it exactly, else the
 * largest that fits, rounded to one decimal.
 */
export function formatSeconds(
  seconds: number,
  lang: string,
  unitDisplay: "long" | "short" = "long",
): string {
  const abs = Math.abs(seconds);
  const [unit, size] =
    UNITS.find(([, s]) => s > 1 && abs >= s && abs % s === 0) ??
    UNITS.find(([, s]) => abs >= s) ??
    UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(lang, {
    style: "unit",
    unit,
    unitDisplay,
    maximumFractionDigits: 1,
  }).format(seconds / size);
}

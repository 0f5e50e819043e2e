/** Whole seconds from `now` to `expires` on the virtual clock (negative once past). */
export function secondsLeft(expires: string, now: string): number {
  return Math.floor((Date.parse(expires) - Date.parse(now)) / 1000);
}

const formats = new Map<string, Intl.RelativeTimeFormat>();
/** One formatter per language and style: building an Intl formatter costs more than a whole table row's render. */
function relativeFormat(lang: string, numeric: "always" | "auto"): Intl.RelativeTimeFormat {
  const id = `${lang}|${numeric}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new Intl.RelativeTimeFormat(lang, { numeric })));
  return format;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
];

/**
 * "in 14 days" / "3 minutes ago" (in the learner's language), for an
 * expiry seen from the viewed step's virtual clock. The largest whole unit is
 * shown, rounded toward zero, so "in 14 days" really means at least 14 days.
 */
export function timeLeft(expires: string, now: string, lang: string): string {
  const seconds = secondsLeft(expires, now);
  // "now" for an expiry reached at this very step; "always" would say "in 0 seconds". Only for 0:
  // "auto" would also turn one day into "tomorrow", which a countdown cannot promise.
  if (seconds === 0) return relativeFormat(lang, "auto").format(0, "second");
  const format = relativeFormat(lang, "always");
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(seconds, "second");
}

/** An ISO UTC instant as DevTools-like text: `2026-01-15 00:00:00 UTC` (sub-seconds dropped). */
export function formatUtc(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 19).replace("T", " ") + " UTC";
}

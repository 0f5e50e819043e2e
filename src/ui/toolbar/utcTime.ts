/** The virtual clock as the toolbar shows it: `2026-01-01 00:00:00 UTC`. */
export function formatUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** A `datetime-local` input's value for an instant, read as UTC (the clock has no time zone). */
export function toUtcInput(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Reads a `datetime-local` value ("2026-01-01T12:30" or with seconds) as UTC; null when incomplete. */
export function parseUtcInput(value: string): number | null {
  const m = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls over impossible dates (Feb 30 → Mar 2): refuse those instead.
  return new Date(ms).getUTCDate() === d ? ms : null;
}

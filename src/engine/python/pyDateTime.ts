import { PythonError } from "./PythonError.ts";

/**
 * A Python `datetime` reduced to what sessions need: an instant (epoch ms,
 * fractional for microseconds: exact to the microsecond until the year
 * 2255), and the UTC offset it was written with (`null` for a naive
 * datetime, which Python refuses to compare with an aware one).
 */
export interface PyDateTime {
  readonly epochMs: number;
  readonly offsetMinutes: number | null;
}

/** datetime.min (year 1), and the start of the year 10000 just past datetime.max, as epoch ms. */
const MIN_MS = -62135596800000;
const END_MS = 253402300800000;

/**
 * `epochMs` as the result of datetime arithmetic: outside years 1–9999
 * Python raises OverflowError ("date value out of range").
 */
export function inDateRange(epochMs: number): number {
  if (!(epochMs >= MIN_MS && epochMs < END_MS)) {
    throw new PythonError("OverflowError", "date value out of range");
  }
  return epochMs;
}

/** Python's `timedelta(seconds=s)`: more than 999999999 days is an OverflowError. */
export function timedeltaMs(seconds: number): number {
  const days = Math.floor(seconds / 86400);
  if (!(Math.abs(days) <= 999999999)) {
    throw new PythonError("OverflowError", `days=${days}; must have magnitude <= 999999999`);
  }
  return seconds * 1000;
}

export function aware(epochMs: number, offsetMinutes = 0): PyDateTime {
  return { epochMs, offsetMinutes };
}

export function isPyDateTime(value: unknown): value is PyDateTime {
  return (
    typeof value === "object" && value !== null && "epochMs" in value && "offsetMinutes" in value
  );
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** The wall-clock fields of the datetime in its own offset. */
function fields(dt: PyDateTime) {
  const micros = Math.round(dt.epochMs * 1000);
  const seconds = Math.floor(micros / 1_000_000);
  const d = new Date(seconds * 1000 + (dt.offsetMinutes ?? 0) * 60_000);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    micro: micros - seconds * 1_000_000,
  };
}

/** Python's `datetime.isoformat()`: microseconds only when nonzero, offset as +HH:MM. */
export function isoformat(dt: PyDateTime): string {
  const f = fields(dt);
  let out = `${f.date}T${f.time}`;
  if (f.micro) out += `.${pad(f.micro, 6)}`;
  if (dt.offsetMinutes !== null) {
    const sign = dt.offsetMinutes < 0 ? "-" : "+";
    // Offsets are kept in minutes; a fraction is Python's seconds part (+05:30:15).
    const totalSeconds = Math.round(Math.abs(dt.offsetMinutes) * 60);
    out += `${sign}${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}`;
    if (totalSeconds % 60) out += `:${pad(totalSeconds % 60)}`;
  }
  return out;
}

/** The trace's UTC form: `2026-01-15T00:00:00Z`, `.ffffff` only when nonzero. */
export function isoUtc(epochMs: number): string {
  const f = fields(aware(epochMs));
  return `${f.date}T${f.time}${f.micro ? `.${pad(f.micro, 6)}` : ""}Z`;
}

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?$/;

/**
 * Python 3.11+'s `datetime.fromisoformat` for the forms a session can hold.
 * Anything else raises ValueError, as Python does.
 */
export function fromisoformat(text: string): PyDateTime {
  const m = ISO_RE.exec(text);
  if (!m) throw new PythonError("ValueError", `Invalid isoformat string: '${text}'`);
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", tz] = m;
  const micro = Number(frac.padEnd(6, "0"));
  const month = Number(mo);
  const day = Number(d);
  // Not Date.UTC, which takes the years 0–99 as 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(Number(y), month - 1, day);
  at.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const local = at.getTime() + micro / 1000;
  const check = new Date(local);
  if (
    Number(y) < 1 ||
    month < 1 ||
    month > 12 ||
    check.getUTCDate() !== day ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    throw new PythonError("ValueError", `Invalid isoformat string: '${text}'`);
  }
  if (tz === undefined) return { epochMs: local, offsetMinutes: null };
  if (tz === "Z") return aware(local, 0);
  const sign = tz[0] === "-" ? -1 : 1;
  const digits = tz.slice(1).replace(/:/g, "");
  const [oh, om, os] = [0, 2, 4].map((i) => Number(digits.slice(i, i + 2) || "0"));
  // Python's timezone takes any minutes and seconds (+05:60 is +06:00), but the whole
  // offset must be strictly between -24 h and +24 h.
  const minutes = oh * 60 + om + os / 60;
  if (minutes >= 24 * 60) {
    throw new PythonError("ValueError", `Invalid isoformat string: '${text}'`);
  }
  const offset = sign * minutes;
  return aware(local - offset * 60_000, offset);
}

/** Python's `a - b` for datetimes, in ms; mixing naive and aware raises TypeError. */
export function subtract(a: PyDateTime, b: PyDateTime): number {
  if ((a.offsetMinutes === null) !== (b.offsetMinutes === null)) {
    throw new PythonError("TypeError", "can't subtract offset-naive and offset-aware datetimes");
  }
  return a.epochMs - b.epochMs;
}

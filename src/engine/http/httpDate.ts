import { PythonError } from "../python/PythonError.ts";
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** django.utils.http.http_date: `Wdy, DD Mon YYYY HH:MM:SS GMT`, seconds floored. */
export function httpDate(epochSeconds: number): string {
  const d = new Date(Math.floor(epochSeconds) * 1000);
  // Python formats it through a datetime: years past 9999 (or no time at all) are refused.
  if (!(d.getUTCFullYear() <= 9999)) {
    throw new PythonError("ValueError", `year ${d.getUTCFullYear()} is out of range`);
  }
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).padStart(4, "0")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`;
}

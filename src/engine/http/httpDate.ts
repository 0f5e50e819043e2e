import { PythonError } from "../python/PythonError.ts";
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** django.utils.http.http_date: `Wdy, DD Mon YYYY HH:MM:SS GMT`, seconds floored. */
export function httpDate(epochSeconds: number): string {
  const d = new Date(Math.floor(epochSeconds) * 1000);
  // Python formats it through a datetime: only the years 1 to 9999. (Past a JS Date's
  // range, the year is reckoned from the mean Gregorian year, for the message.)
  const year = Number.isNaN(d.getTime())
    ? Math.floor(1970 + epochSeconds / 31556952)
    : d.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) {
    throw new PythonError("ValueError", `year ${year} is out of range`);
  }
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).padStart(4, "0")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`;
}

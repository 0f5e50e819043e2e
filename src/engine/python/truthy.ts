import { isPyDateTime } from "./pyDateTime.ts";
import { isPyFloat } from "./pyFloat.ts";

/**
 * Python's truth test (`bool(v)`) for the JSON-like values a session or a
 * settings.py holds. A module of its own: the page's first bundle reads it
 * (settings.py's warnings, the store panel) and must not pull the session
 * engine in with it.
 */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  if (isPyFloat(v)) return v.valueOf() !== 0;
  if (typeof v === "object" && !isPyDateTime(v)) return Object.keys(v).length > 0;
  return true;
}

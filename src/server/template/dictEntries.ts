import { isPlainObject } from "./isPlainObject.ts";

/**
 * The (key, value) pairs of a value that acts as a Python dict (plain object or
 * Map), or undefined for anything else. Properties holding `undefined` are left
 * out, as JSON.stringify would: for a template they don't exist.
 */
export function dictEntries(value: unknown): Array<[unknown, unknown]> | undefined {
  if (value instanceof Map) return [...value.entries()];
  if (!isPlainObject(value)) return undefined;
  const entries: Array<[unknown, unknown]> = [];
  for (const key of Object.keys(value)) {
    if (value[key] !== undefined) entries.push([key, value[key]]);
  }
  return entries;
}

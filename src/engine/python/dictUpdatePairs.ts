import { PythonError } from "./PythonError.ts";

/** Python's type name of a JSON value, as its error messages say it. */
function typeName(v: unknown): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "string") return "str";
  return Array.isArray(v) ? "list" : "dict";
}

/** What iterating `v` yields in Python; null when it is not iterable. */
function iterate(v: unknown): unknown[] | null {
  if (typeof v === "string") return [...v];
  if (Array.isArray(v)) return v;
  if (typeof v === "object" && v !== null) return Object.keys(v);
  return null;
}

/**
 * The (key, value) pairs `dict.update(arg)` takes from `arg`, as Python does:
 * a dict gives its items; anything else must be an iterable of two-item
 * sequences. Raises Python's TypeError or ValueError otherwise (a session
 * key must also be hashable). Keys are the session's string keys: a number
 * or None as a key shows as the JSON serializer would store it.
 */
export function dictUpdatePairs(arg: unknown): [string, unknown][] {
  if (typeof arg === "object" && arg !== null && !Array.isArray(arg)) {
    return Object.entries(arg as Record<string, unknown>);
  }
  const items = iterate(arg);
  if (items === null) {
    throw new PythonError("TypeError", `'${typeName(arg)}' object is not iterable`);
  }
  return items.map((item, i) => {
    const pair = iterate(item);
    if (pair === null) {
      throw new PythonError(
        "TypeError",
        `cannot convert dictionary update sequence element #${i} to a sequence`,
      );
    }
    if (pair.length !== 2) {
      throw new PythonError(
        "ValueError",
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    }
    const [key, value] = pair;
    if (typeof key === "object" && key !== null) {
      throw new PythonError("TypeError", `unhashable type: '${typeName(key)}'`);
    }
    return [typeof key === "string" ? key : JSON.stringify(key), value];
  });
}

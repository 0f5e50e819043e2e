import { PythonError } from "./PythonError.ts";
import { isPyFloat } from "./pyFloat.ts";
import { pythonJsonDumps } from "./pythonJsonDumps.ts";
import { pyTypeName as typeName } from "./pyTypeName.ts";

/** What iterating `v` yields in Python; null when it is not iterable. */
function iterate(v: unknown): unknown[] | null {
  if (typeof v === "string") return [...v];
  if (Array.isArray(v)) return v;
  if (isPyFloat(v)) return null;
  if (v instanceof Map) return [...v.keys()];
  if (typeof v === "object" && v !== null) return Object.keys(v);
  return null;
}

/**
 * The (key, value) pairs `dict.update(arg)` takes from `arg`, as Python does:
 * a dict gives its items; anything else must be an iterable of two-item
 * sequences. Raises Python's TypeError or ValueError otherwise (a session
 * key must also be hashable), one pair at a time, so the pairs before a bad
 * one are taken, as in Python. Keys are the session's string keys: a number
 * or None as a key shows as the JSON serializer would store it.
 */
export function* dictUpdatePairs(arg: unknown): Generator<[string, unknown]> {
  if (arg instanceof Map) {
    yield* arg as Map<string, unknown>;
    return;
  }
  if (typeof arg === "object" && arg !== null && !Array.isArray(arg) && !isPyFloat(arg)) {
    yield* Object.entries(arg as Record<string, unknown>);
    return;
  }
  const items = iterate(arg);
  if (items === null) {
    throw new PythonError("TypeError", `'${typeName(arg)}' object is not iterable`);
  }
  for (const [i, item] of items.entries()) {
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
    if (typeof key === "object" && key !== null && !isPyFloat(key)) {
      throw new PythonError("TypeError", `unhashable type: '${typeName(key)}'`);
    }
    // A key that is not a str is stored as the JSON serializer writes it (1 → "1", 1.0 → "1.0").
    yield [typeof key === "string" ? key : pythonJsonDumps(key), value];
  }
}

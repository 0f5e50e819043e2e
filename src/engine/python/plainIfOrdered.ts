/** A key a JavaScript object would move before the others (an array index: "0", "1", "10"...). */
const movesFirst = (key: string) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/** A Python dict as the playground holds one: a Map only where a plain object would reorder it. */
export type PyDict = Map<string, unknown> | Record<string, unknown>;

/** Shaped as the engine's stand-in for a Python object JSON cannot hold (pyOpaque). */
const looksOpaque = (entries: Map<string, unknown>) =>
  entries.size === 2 && entries.has("pyOpaque") && entries.has("value");

/**
 * A Python dict's entries as the value the playground holds for a dict: a
 * plain object when that keeps their order, else the Map itself. A dict read
 * from JSON that is shaped like a pyOpaque stays a Map, so the learner's
 * `{"pyOpaque": "set", "value": 1}` is never taken for a Python set.
 */
export function plainIfOrdered(entries: Map<string, unknown>): PyDict {
  return [...entries.keys()].some(movesFirst) || looksOpaque(entries)
    ? entries
    : Object.fromEntries(entries);
}

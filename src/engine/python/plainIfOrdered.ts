/** A key a JavaScript object would move before the others (an array index: "0", "1", "10"...). */
const movesFirst = (key: string) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/** A Python dict as the playground holds one: a Map only where a plain object would reorder it. */
export type PyDict = Map<string, unknown> | Record<string, unknown>;

/**
 * A Python dict's entries as the value the playground holds for a dict: a
 * plain object when that keeps their order, else the Map itself.
 */
export function plainIfOrdered(entries: Map<string, unknown>): PyDict {
  return [...entries.keys()].some(movesFirst) ? entries : Object.fromEntries(entries);
}

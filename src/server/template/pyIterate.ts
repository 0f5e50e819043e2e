import { DictView } from "./DictView.ts";
import { PyException } from "./PyException.ts";
import { PyTuple } from "./PyTuple.ts";
import { dictEntries } from "./dictEntries.ts";
import { pyTypeName } from "./pyTypeName.ts";
import { stripSafe } from "./stripSafe.ts";

/**
 * Python's list(value): what `{% for %}` loops over. Strings give their
 * characters, dicts their keys (Python iterates keys, not pairs). Throws Python's
 * TypeError for numbers, booleans and None.
 */
export function pyIterate(value: unknown): unknown[] {
  const plain = stripSafe(value);
  if (typeof plain === "string") return [...plain];
  if (Array.isArray(plain)) return plain.map((item: unknown) => (item === undefined ? null : item));
  if (plain instanceof PyTuple || plain instanceof DictView) return [...plain.items];
  const entries = dictEntries(plain);
  if (entries) return entries.map(([key]) => key);
  if (typeof plain === "object" && plain !== null && Symbol.iterator in plain) {
    return Array.from(plain as Iterable<unknown>);
  }
  throw new PyException("TypeError", `'${pyTypeName(value)}' object is not iterable`);
}

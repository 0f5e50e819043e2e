import { DictView } from "./DictView.ts";
import { PyException } from "./PyException.ts";
import { PyTuple } from "./PyTuple.ts";
import { dictEntries } from "./dictEntries.ts";
import { pyTypeName } from "./pyTypeName.ts";
import { stripSafe } from "./stripSafe.ts";

/**
 * Python's len(). Strings count code points (an emoji is 1, not JS's 2).
 * Throws Python's TypeError for values without a length, e.g. numbers and None.
 */
export function pyLen(value: unknown): number {
  const plain = stripSafe(value);
  if (typeof plain === "string") return [...plain].length;
  if (Array.isArray(plain)) return plain.length;
  if (plain instanceof PyTuple || plain instanceof DictView) return plain.items.length;
  const entries = dictEntries(plain);
  if (entries) return entries.length;
  throw new PyException("TypeError", `object of type '${pyTypeName(value)}' has no len()`);
}

import { DictView } from "./DictView.ts";
import { PyTuple } from "./PyTuple.ts";
import { dictEntries } from "./dictEntries.ts";

/**
 * Python refuses to look up lists, dicts and dict views (or tuples holding
 * them) as dict keys: `[1] in d` is a TypeError, not False. That difference
 * shows in `{% if %}`, where `not in` then fails as a whole instead of holding.
 */
export function isUnhashable(value: unknown): boolean {
  if (Array.isArray(value) || value instanceof DictView) return true;
  if (value instanceof PyTuple) return value.items.some(isUnhashable);
  return dictEntries(value) !== undefined;
}

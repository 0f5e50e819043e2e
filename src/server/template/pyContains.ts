import { DictView } from "./DictView.ts";
import { PyException } from "./PyException.ts";
import { PyTuple } from "./PyTuple.ts";
import { dictEntries } from "./dictEntries.ts";
import { isPlainObject } from "./isPlainObject.ts";
import { isUnhashable } from "./isUnhashable.ts";
import { pyEquals } from "./pyEquals.ts";
import { pyTypeName } from "./pyTypeName.ts";
import { stripSafe } from "./stripSafe.ts";

/**
 * Python's `item in container`: substring test for strings, equality search in
 * lists, key test for dicts. Throws Python's TypeError where Python does (`1 in
 * "abc"`, `x in None`, `[1] in {}`), which `{% if %}` turns into False.
 */
export function pyContains(container: unknown, item: unknown): boolean {
  const haystack = stripSafe(container);
  const needle = stripSafe(item);
  if (typeof haystack === "string") {
    if (typeof needle !== "string") {
      throw new PyException(
        "TypeError",
        `'in <string>' requires string as left operand, not ${pyTypeName(item)}`,
      );
    }
    return haystack.includes(needle);
  }
  if (Array.isArray(haystack)) return haystack.some((x: unknown) => pyEquals(x, needle));
  if (haystack instanceof PyTuple) return haystack.items.some((x) => pyEquals(x, needle));
  if (haystack instanceof DictView) return viewContains(haystack, needle, item);
  const entries = dictEntries(haystack);
  if (entries) {
    requireHashable(needle, item);
    // A plain object's keys are strings, so only a string can be one of them.
    if (isPlainObject(haystack)) {
      return (
        typeof needle === "string" &&
        Object.hasOwn(haystack, needle) &&
        haystack[needle] !== undefined
      );
    }
    return entries.some(([key]) => pyEquals(key, needle));
  }
  throw new PyException("TypeError", `argument of type '${pyTypeName(container)}' is not iterable`);
}

/**
 * keys() tests like the dict; items() only holds 2-tuples and looks their key up
 * the same way; values() searches by equality.
 */
function viewContains(view: DictView, needle: unknown, item: unknown): boolean {
  if (view.kind === "dict_values") return view.items.some((x) => pyEquals(x, needle));
  if (view.kind === "dict_keys") {
    requireHashable(needle, item);
    return view.items.some((x) => pyEquals(x, needle));
  }
  if (!(needle instanceof PyTuple) || needle.items.length !== 2) return false;
  requireHashable(needle.items[0], needle.items[0]);
  return view.items.some((x) => pyEquals(x, needle));
}

function requireHashable(needle: unknown, item: unknown): void {
  if (isUnhashable(needle)) {
    throw new PyException("TypeError", `unhashable type: '${pyTypeName(item)}'`);
  }
}

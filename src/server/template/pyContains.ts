import { DictView } from "./DictView.ts";
import { PyException } from "./PyException.ts";
import { PyTuple } from "./PyTuple.ts";
import { dictEntries } from "./dictEntries.ts";
import { isPlainObject } from "./isPlainObject.ts";
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
  if (haystack instanceof PyTuple || haystack instanceof DictView) {
    return haystack.items.some((x) => pyEquals(x, needle));
  }
  const entries = dictEntries(haystack);
  if (entries) {
    if (Array.isArray(needle) || needle instanceof DictView || dictEntries(needle) !== undefined) {
      throw new PyException("TypeError", `unhashable type: '${pyTypeName(item)}'`);
    }
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

import { DictView } from "./DictView.ts";
import { PyTuple } from "./PyTuple.ts";
import { SafeString } from "./SafeString.ts";
import { dictEntries } from "./dictEntries.ts";
import { pyNumeric } from "./pyNumeric.ts";

/**
 * Python truthiness, used by `{% if %}`, `and`/`or`/`not`, `default` and
 * `yesno`: None, False, zero, and empty strings, lists and dicts are false.
 * Unlike JS, `[]` and `{}` are false and NaN is true.
 */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  const number = pyNumeric(value);
  if (number !== undefined) return typeof number === "bigint" ? number !== 0n : number !== 0;
  if (typeof value === "string") return value.length > 0;
  if (value instanceof SafeString) return value.value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof PyTuple || value instanceof DictView) return value.items.length > 0;
  const entries = dictEntries(value);
  if (entries) return entries.length > 0;
  return true;
}

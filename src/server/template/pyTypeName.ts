import { DictView } from "./DictView.ts";
import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { PyTuple } from "./PyTuple.ts";
import { SafeString } from "./SafeString.ts";
import { dictEntries } from "./dictEntries.ts";

/**
 * The Python type a value plays, as Python names it in error messages
 * ("'int' object is not iterable"). Context numbers are `int` when they are safe
 * integers (what Python's json module would produce for them) and `float`
 * otherwise; undefined and null are both None.
 */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  switch (typeof value) {
    case "boolean":
      return "bool";
    case "number":
      return Number.isSafeInteger(value) ? "int" : "float";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "function":
      return "function";
  }
  if (value instanceof SafeString) return "SafeString";
  if (isPyFloat(value)) return "float";
  if (value instanceof PyTuple) return "tuple";
  if (value instanceof DictView) return value.kind;
  if (Array.isArray(value)) return "list";
  if (dictEntries(value)) return "dict";
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name ? name : "object";
}

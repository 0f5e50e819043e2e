import { isPyFloat } from "./pyFloat.ts";

/** Python's type name of a JSON value, as its error messages say it (`'NoneType'`, `'dict'`…). */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "string") return "str";
  if (isPyFloat(v)) return "float";
  return Array.isArray(v) ? "list" : "dict";
}

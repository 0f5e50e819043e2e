import { isPyFloat } from "../../engine/python/pyFloat.ts";

/**
 * The numeric value of a Python number (bool, int, float), or undefined. Python's
 * bool is an int subclass, so `True == 1` and `True < 2` both hold.
 */
export function pyNumeric(value: unknown): number | bigint | undefined {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" || typeof value === "bigint") return value;
  if (isPyFloat(value)) return value.valueOf();
  return undefined;
}

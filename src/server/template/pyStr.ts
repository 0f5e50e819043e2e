import { SafeString } from "./SafeString.ts";
import { pyRepr } from "./pyRepr.ts";

/**
 * Python's str(): strings unchanged, everything else as repr() (True, None,
 * 1e-05, ['a']). This is what string filters such as `upper` see; rendering a
 * variable goes through renderValue, which formats floats differently.
 */
export function pyStr(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof SafeString) return value.value;
  return pyRepr(value);
}

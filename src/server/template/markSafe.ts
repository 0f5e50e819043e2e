import { SafeString } from "./SafeString.ts";
import { pyStr } from "./pyStr.ts";

/** Django's mark_safe(): like Python's, it turns a non-string into its safe str(). */
export function markSafe(value: unknown): SafeString {
  return value instanceof SafeString ? value : new SafeString(pyStr(value));
}

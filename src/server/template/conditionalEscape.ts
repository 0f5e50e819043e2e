import { SafeString } from "./SafeString.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { pyStr } from "./pyStr.ts";

/**
 * Django's conditional_escape(): escapes str(value) unless it is already safe,
 * so escaping twice (`|escape|escape`, or `escape` then autoescape) never
 * doubles the entities.
 */
export function conditionalEscape(value: unknown): SafeString {
  if (value instanceof SafeString) return value;
  return new SafeString(escapeHtml(pyStr(value)));
}

import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { SafeString } from "./SafeString.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { localizeFloat } from "./localizeFloat.ts";
import { pyStr } from "./pyStr.ts";

/**
 * Django's render_value_in_context() with autoescape on: localize the value, take
 * its str(), and HTML-escape it unless it is marked safe. So True → "True",
 * None → "None", ['a'] → "[&#x27;a&#x27;]".
 */
export function renderValue(value: unknown): string {
  if (value instanceof SafeString) return value.value;
  return escapeHtml(localize(value));
}

function localize(value: unknown): string {
  if (typeof value === "number" && !Number.isSafeInteger(value)) return localizeFloat(value);
  if (isPyFloat(value)) return localizeFloat(value.valueOf());
  return pyStr(value);
}

import { PyException } from "./PyException.ts";
import { SafeString } from "./SafeString.ts";
import { conditionalEscape } from "./conditionalEscape.ts";
import { markSafe } from "./markSafe.ts";
import { pyLen } from "./pyLen.ts";
import { pyStr } from "./pyStr.ts";
import { pyTruthy } from "./pyTruthy.ts";
import { pyTypeName } from "./pyTypeName.ts";

/** One of Django's built-in filters, with the flags that decide safety and arity. */
export interface TemplateFilter {
  /**
   * Django's `is_safe`: when the input was safe, the output is marked safe too.
   * `upper` is not is_safe, so `{{ x|safe|upper }}` gets escaped again.
   */
  readonly isSafe: boolean;
  /** Arguments including the input value, required and at most (Django's args_check). */
  readonly minArgs: number;
  readonly maxArgs: number;
  apply(value: unknown, arg?: unknown): unknown;
}

/**
 * Django's @stringfilter: the input is converted with str() first, keeping its
 * safe mark, and the result is marked safe when the input was and the filter is
 * is_safe.
 */
function stringFilter(isSafe: boolean, fn: (text: string | SafeString) => unknown): TemplateFilter {
  return {
    isSafe,
    minArgs: 1,
    maxArgs: 1,
    apply(value) {
      const text = value instanceof SafeString ? value : pyStr(value);
      const result = fn(text);
      return isSafe && text instanceof SafeString ? markSafe(result) : result;
    },
  };
}

/** The filters this engine implements, ported from django/template/defaultfilters.py. */
export const BUILTIN_FILTERS: ReadonlyMap<string, TemplateFilter> = new Map<string, TemplateFilter>(
  [
    [
      "default",
      {
        isSafe: false,
        minArgs: 2,
        maxArgs: 2,
        apply: (value, arg) => (pyTruthy(value) ? value : arg),
      },
    ],
    [
      "length",
      {
        isSafe: false,
        minArgs: 1,
        maxArgs: 1,
        apply(value) {
          try {
            return pyLen(value);
          } catch (error) {
            if (error instanceof PyException && error.pyType === "TypeError") return 0;
            throw error;
          }
        },
      },
    ],
    ["upper", stringFilter(false, (text) => String(text).toUpperCase())],
    ["lower", stringFilter(true, (text) => String(text).toLowerCase())],
    ["safe", stringFilter(true, (text) => markSafe(text))],
    ["escape", stringFilter(true, (text) => conditionalEscape(text))],
    ["yesno", { isSafe: false, minArgs: 1, maxArgs: 2, apply: yesno }],
  ],
);

/**
 * `yesno:"yes,no,maybe"`: maybe is for None; with only two choices None gets
 * the "no" one; with fewer than two the value passes through unchanged, and
 * with more than three only the first two are used (all as in Django).
 */
function yesno(value: unknown, arg?: unknown): unknown {
  const choices = arg === undefined || arg === null ? "yes,no,maybe" : arg;
  if (typeof choices !== "string" && !(choices instanceof SafeString)) {
    throw new PyException(
      "AttributeError",
      `'${pyTypeName(choices)}' object has no attribute 'split'`,
    );
  }
  // Python's split() returns plain str pieces, so a chosen word is escaped on output.
  const bits = String(choices).split(",");
  if (bits.length < 2) return value;
  const [yes = "", no = ""] = bits;
  const maybe = bits.length === 3 ? (bits[2] ?? "") : no;
  if (value === null || value === undefined) return maybe;
  return pyTruthy(value) ? yes : no;
}

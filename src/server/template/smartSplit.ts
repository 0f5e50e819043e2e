import { PY_WHITESPACE } from "./pyWhitespace.ts";

// django.utils.text.smart_split_re, with Python's whitespace and Python's "."
// (anything but "\n").
const WS = PY_WHITESPACE;
const SMART_SPLIT_RE = new RegExp(
  `((?:[^${WS}'"]*(?:(?:"(?:[^"\\\\]|\\\\[^\\n])*"|'(?:[^'\\\\]|\\\\[^\\n])*')[^${WS}'"]*)+)|[^${WS}]+)`,
  "gu",
);

/**
 * Django's smart_split: split on whitespace but keep quoted strings whole, so
 * `{% if x == "a b" %}` has three words.
 */
export function smartSplit(text: string): string[] {
  return text.match(SMART_SPLIT_RE) ?? [];
}

import { PY_WHITESPACE } from "./pyWhitespace.ts";

const RUN = new RegExp(`[^${PY_WHITESPACE}]+`, "gu");

/** Python's `str.split()` with no argument: Django finds a tag's name with it. */
export function pyWhitespaceSplit(text: string): string[] {
  return text.match(RUN) ?? [];
}

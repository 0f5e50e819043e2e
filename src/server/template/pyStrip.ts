import { PY_WHITESPACE } from "./pyWhitespace.ts";

const EDGES = new RegExp(`^[${PY_WHITESPACE}]+|[${PY_WHITESPACE}]+$`, "gu");

/** Python's `str.strip()`: Django strips tag contents with it. */
export function pyStrip(text: string): string {
  return text.replace(EDGES, "");
}

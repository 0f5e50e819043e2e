/**
 * Body of a regex character class matching what Python counts as whitespace
 * (str.isspace, regex `\s`, str.split()). JS `\s` differs: it includes U+FEFF
 * and misses \x1c-\x1f and \x85. Needs the `u` flag.
 */
export const PY_WHITESPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/**
 * Where a long line of Python may wrap besides its spaces: before a `.`,
 * after `(`, `[` and `,`, so that `request.session.set_expiry(300)` wraps as
 * `request.session` / `.set_expiry(300)`, not as `set_expiry(30` / `0)`.
 * Inside the quotes of a string it breaks nowhere but where the CSS must.
 * Returns the pieces between those points.
 */
export function pythonPieces(code: string): string[] {
  const pieces: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    // A dot followed by a digit is a decimal point (12.75), not an attribute.
    const attributeDot = c === "." && !/\d/.test(code[i + 1] ?? "");
    if (i > start && (attributeDot || "([,".includes(code[i - 1]))) {
      pieces.push(code.slice(start, i));
      start = i;
    }
    if (c === "'" || c === '"') quote = c;
  }
  pieces.push(code.slice(start));
  return pieces;
}

/** A browser name not yet taken: B, C, … (A is the first browser). */
export function nextBrowserName(taken: readonly string[]): string {
  for (let code = 65; code < 91; code++) {
    const name = String.fromCharCode(code);
    if (!taken.includes(name)) return name;
  }
  return `Browser ${taken.length + 1}`;
}

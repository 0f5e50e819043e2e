/**
 * difflib.SequenceMatcher(None, a, b).ratio() (Ratcliff/Obershelp), which
 * difflib.get_close_matches uses for "Did you mean …?" (Django's manage.py for an
 * unknown command; the playground's settings.py for a name Django would ignore).
 */
export function difflibRatio(a: string, b: string): number {
  const matches = (a: string, b: string): number => {
    let best = 0;
    let atA = 0;
    let atB = 0;
    for (let i = 0; i < a.length; i++)
      for (let j = 0; j < b.length; j++) {
        let k = 0;
        while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
        if (k > best) [best, atA, atB] = [k, i, j];
      }
    if (!best) return 0;
    return (
      best +
      matches(a.slice(0, atA), b.slice(0, atB)) +
      matches(a.slice(atA + best), b.slice(atB + best))
    );
  };
  return a.length + b.length ? (2 * matches(a, b)) / (a.length + b.length) : 1;
}

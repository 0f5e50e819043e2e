import type { PaneSizes } from "./PaneSizes.ts";

const unchanged = (a: number, b: number) => Math.abs(a - b) < 0.1;

/**
 * The column once the cookie jar gives back the room it borrowed (`before`
 * the loan, `after` it, `now` as the learner left it): a pane the learner
 * resized meanwhile (dragged, or made "larger") keeps its size, one left as
 * lent gets its own back, and the cookies take what remains. Should that be
 * less than `cookiesMin`, only the panes getting their room back give way,
 * down to what they had during the loan.
 */
export function givenBackLayout(
  before: PaneSizes,
  after: PaneSizes,
  now: PaneSizes,
  cookiesMin: number,
): PaneSizes {
  const next = { ...now };
  const restored = ["tools", "store"].filter((id) => unchanged(now[id], after[id]));
  for (const id of restored) next[id] = before[id];
  let short = cookiesMin - (100 - next.tools - next.store);
  for (const id of restored) {
    const given = Math.min(Math.max(0, short), next[id] - now[id]);
    next[id] -= given;
    short -= given;
  }
  next.cookies = 100 - next.tools - next.store;
  return next;
}

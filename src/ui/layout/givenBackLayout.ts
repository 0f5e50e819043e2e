import type { Layout } from "react-resizable-panels";

const unchanged = (a: number, b: number) => Math.abs(a - b) < 0.1;

/**
 * The column once the cookie jar gives back the room it borrowed (`before`
 * the loan, `after` it, `now` as the learner left it): a pane the learner
 * resized meanwhile keeps its size, one left as lent gets its own back, and
 * the cookies take what remains, never less than `cookiesMin`.
 */
export function givenBackLayout(
  before: Layout,
  after: Layout,
  now: Layout,
  cookiesMin: number,
): Layout {
  const next = { ...now };
  for (const id of ["tools", "store"]) if (unchanged(now[id], after[id])) next[id] = before[id];
  // Where the learner made the store so large that the tools' old size leaves the cookies less
  // than their minimum, the tools get what there is.
  const room = 100 - next.store - cookiesMin;
  if (next.tools > room) next.tools = Math.max(now.tools, room);
  next.cookies = 100 - next.tools - next.store;
  return next;
}

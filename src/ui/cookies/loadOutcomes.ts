import type { SetCookieOutcome } from "../../browser/setCookieOutcome.ts";
import { pageOf } from "../../state/browserScreenAt.ts";
import { isNavigation, type TimelineEntry } from "../../state/TimelineEntry.ts";

/**
 * What `browser` did with each Set-Cookie of the page load that step `index`
 * ends: the request the learner made and every redirect followed to the page.
 * A login's cookie arrives on the POST, two steps before the page shows, and
 * the learner looking at that page wants to know what became of it. For any
 * other step, its own.
 */
export function loadOutcomes(
  timeline: readonly TimelineEntry[],
  browser: string,
  index: number,
): SetCookieOutcome[] {
  const entry = timeline[index];
  const own = entry?.exchange?.cookies ?? [];
  // Only a page load ends a chain of redirects; an /ops/ step need not look back.
  if (!entry || !isNavigation(entry.step)) return own;
  const load = pageOf(timeline, browser, index);
  if (!load || load.index !== index) return own;
  return timeline.slice(load.first, index + 1).flatMap((e) => e.exchange?.cookies ?? []);
}

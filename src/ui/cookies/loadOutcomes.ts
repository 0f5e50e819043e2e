import type { SetCookieOutcome } from "../../browser/setCookieOutcome.ts";
import { pageOf } from "../../state/browserScreenAt.ts";
import { isNavigation, type TimelineEntry } from "../../state/TimelineEntry.ts";

/** A Set-Cookie's outcome, with the (0-based) timeline step whose response carried it. */
export interface LoadOutcome {
  step: number;
  outcome: SetCookieOutcome;
}

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
): LoadOutcome[] {
  const of = (i: number) =>
    (timeline[i]?.exchange?.cookies ?? []).map((outcome) => ({ step: i, outcome }));
  const entry = timeline[index];
  // Only a page load ends a chain of redirects; an /ops/ step need not look back.
  if (!entry || !isNavigation(entry.step)) return of(index);
  const load = pageOf(timeline, browser, index);
  if (!load || load.index !== index) return of(index);
  const steps = Array.from({ length: index - load.first + 1 }, (_, k) => load.first + k);
  return steps.flatMap(of);
}

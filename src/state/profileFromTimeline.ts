import { DEFAULT_ORIGIN } from "../scenario/Scenario.ts";
import type { BrowserProfile } from "./createPlayground.ts";
import { isNavigation, type TimelineEntry } from "./TimelineEntry.ts";

export const freshProfile = (name: string): BrowserProfile => ({
  name,
  open: true,
  origin: DEFAULT_ORIGIN,
  history: [],
  index: -1,
});

const browserOf = (entry: TimelineEntry) =>
  "request" in entry.step ? entry.step.request.browser : null;
const closes = (entry: TimelineEntry, browser: string) =>
  "close_browser" in entry.step && entry.step.close_browser === browser;

/**
 * Whether `browser` is open after step `upTo`: a close_browser step closes it
 * until it next sends a request (a page load or an operation reopens it, as
 * in the core).
 */
export function browserOpenAt(
  timeline: readonly TimelineEntry[],
  browser: string,
  upTo = timeline.length - 1,
): boolean {
  for (let i = Math.min(upTo, timeline.length - 1); i >= 0; i--) {
    if (closes(timeline[i], browser)) return false;
    if (browserOf(timeline[i]) === browser) return true;
  }
  return true;
}

/**
 * `profile` open or closed as the timeline leaves it; closed, with no pages to go back to, as
 * closing a browser leaves it.
 */
export const asTimelineLeavesIt = (
  timeline: readonly TimelineEntry[],
  profile: BrowserProfile,
): BrowserProfile =>
  browserOpenAt(timeline, profile.name)
    ? { ...profile, open: true }
    : { ...profile, open: false, history: [], index: -1 };

/**
 * A browser profile as the timeline leaves it: open or closed, the pages it
 * loaded since it last opened (for back and forward), on the site it last
 * visited. What an import starts from.
 */
export function profileFromTimeline(
  timeline: readonly TimelineEntry[],
  name: string,
): BrowserProfile {
  let lastClose = -1;
  timeline.forEach((e, i) => closes(e, name) && (lastClose = i));
  const visits = timeline
    .slice(lastClose + 1)
    .filter((e) => browserOf(e) === name && isNavigation(e.step) && e.exchange);
  const history = visits
    .map((e) => new URL(e.exchange!.request.url))
    .map((u) => u.pathname + u.search);
  const last = timeline.findLast((e) => browserOf(e) === name);
  return {
    ...freshProfile(name),
    open: browserOpenAt(timeline, name),
    origin: last && "request" in last.step ? last.step.request.origin : DEFAULT_ORIGIN,
    history,
    index: history.length - 1,
  };
}

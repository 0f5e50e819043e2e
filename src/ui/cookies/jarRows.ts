import type { TraceCookie } from "../../scenario/Trace.ts";
import { cookieChanges, cookieId, type Change } from "../../state/viewedStep.ts";

export interface JarRow {
  cookie: TraceCookie;
  change: Change | null;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const order = (a: TraceCookie, b: TraceCookie) =>
  compare(a.name, b.name) || compare(a.domain, b.domain) || compare(a.path, b.path);

/**
 * A browser's jar as the table lists it: the viewed step's cookies, each with
 * what the step did to it, plus the ones the step removed (taken from the
 * step before), all in the trace's name / domain / path order.
 */
export function jarRows(
  prev: TraceCookie[] | undefined,
  next: TraceCookie[] | undefined,
): JarRow[] {
  const changes = cookieChanges(prev, next);
  const removed = (prev ?? []).filter((c) => changes.get(cookieId(c)) === "removed");
  return [...(next ?? []), ...removed]
    .sort(order)
    .map((cookie) => ({ cookie, change: changes.get(cookieId(cookie)) ?? null }));
}

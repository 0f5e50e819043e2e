import type { CookieRejection } from "../../browser/setCookieOutcome.ts";
import type { TraceStep } from "../../scenario/Trace.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { cookieChanges, storeChanges, type Change } from "../../state/viewedStep.ts";

/** One thing a step did to a cookie jar or to the session store, for a one-line summary. */
export type SummaryItem =
  | {
      kind: "setCookie";
      name: string;
      value: string;
      /** new: no such cookie before; newValue: replaced another value; refreshed: same value re-sent. */
      how: "new" | "newValue" | "refreshed";
      /** The value is the key of a session the step created in the store. */
      newSession: boolean;
    }
  | { kind: "deleteCookie"; name: string; hadCookie: boolean }
  | { kind: "rejectedCookie"; name: string; reason: CookieRejection }
  | { kind: "jar"; browser: string; name: string; change: Change }
  | { kind: "store"; backend: StoreEntry["backend"]; change: Change; count: number };

const STORE_ORDER: Change[] = ["added", "changed", "removed"];

function storeItems(changes: Map<string, Change>): SummaryItem[] {
  const counts = new Map<string, number>();
  for (const [id, change] of changes) {
    const key = `${id.slice(0, id.indexOf("|"))}|${change}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const items: SummaryItem[] = [];
  for (const backend of ["db", "cache", "file"] as const)
    for (const change of STORE_ORDER) {
      const count = counts.get(`${backend}|${change}`);
      if (count) items.push({ kind: "store", backend, change, count });
    }
  return items;
}

function jarItems(prev: TraceStep | null, next: TraceStep): SummaryItem[] {
  const browsers = [...new Set([...Object.keys(prev?.jar ?? {}), ...Object.keys(next.jar)])];
  const items: SummaryItem[] = [];
  for (const browser of browsers) {
    for (const [id, change] of cookieChanges(prev?.jar[browser], next.jar[browser]))
      items.push({ kind: "jar", browser, name: id.slice(0, id.indexOf("|")), change });
  }
  return items;
}

/**
 * What a step changed: first the store's differences (grouped per backend and
 * kind of change), as Django saves or deletes the session before the response
 * sets or deletes its cookie, and as a row of the timeline shows them first;
 * then, for a request, the verdict of the browser on each Set-Cookie line; for
 * other steps, the jars' differences.
 */
export function stepSummary(entry: TimelineEntry, prev: TraceStep | null): SummaryItem[] {
  const { trace, exchange } = entry;
  const changes = storeChanges(prev?.store ?? [], trace.store);
  const items: SummaryItem[] = entry.storeSkipped ? [] : storeItems(changes);
  const added = new Set(
    [...changes].filter(([, c]) => c === "added").map(([id]) => id.slice(id.indexOf("|") + 1)),
  );
  if (exchange) {
    exchange.cookies.forEach((outcome, i) => {
      const name = trace.set_cookie?.[i]?.name ?? "";
      if (outcome.kind === "stored") {
        const { value } = outcome.cookie;
        const how = !outcome.replaced
          ? "new"
          : outcome.replaced.value !== value
            ? "newValue"
            : "refreshed";
        items.push({
          kind: "setCookie",
          name: outcome.cookie.name,
          value,
          how,
          newSession: added.has(value),
        });
      } else if (outcome.kind === "deleted")
        items.push({ kind: "deleteCookie", name: outcome.cookie.name, hadCookie: true });
      else if (outcome.kind === "ignored-expired")
        items.push({ kind: "deleteCookie", name, hadCookie: false });
      else items.push({ kind: "rejectedCookie", name, reason: outcome.reason });
    });
  } else items.push(...jarItems(prev, trace));
  return items;
}

/** A long cookie value or session key, shortened for a one-line summary. */
export const abbreviate = (text: string, keep = 8) =>
  text.length > keep + 1 ? `${text.slice(0, keep)}…` : text;

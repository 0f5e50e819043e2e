import { jsonStringify } from "../engine/python/jsonStringify.ts";
import type { TraceCookie, TraceStep } from "../scenario/Trace.ts";
import type { StoreEntry } from "../server/storeSnapshot.ts";
import type { PlaygroundState } from "./createPlayground.ts";

/** The timeline index the panels show: the selected step, else the latest; null before any step. */
export function viewedIndex(s: Pick<PlaygroundState, "cursor" | "timeline">): number | null {
  if (s.cursor !== null) return s.cursor;
  return s.timeline.length ? s.timeline.length - 1 : null;
}

export function viewedTrace(s: Pick<PlaygroundState, "cursor" | "timeline">): TraceStep | null {
  const i = viewedIndex(s);
  return i === null ? null : s.timeline[i].trace;
}

/** The trace just before the viewed one: what "changed in this step" is measured against. */
export function previousTrace(s: Pick<PlaygroundState, "cursor" | "timeline">): TraceStep | null {
  const i = viewedIndex(s);
  return i === null || i === 0 ? null : s.timeline[i - 1].trace;
}

export type Change = "added" | "changed" | "removed";

export const cookieId = (c: Pick<TraceCookie, "name" | "domain" | "path">) =>
  `${c.name}|${c.domain}|${c.path}`;

/** Per cookie identity, what the step did to a browser's jar. */
export function cookieChanges(
  prev: TraceCookie[] | undefined,
  next: TraceCookie[] | undefined,
): Map<string, Change> {
  const before = new Map((prev ?? []).map((c) => [cookieId(c), c]));
  const after = new Map((next ?? []).map((c) => [cookieId(c), c]));
  const out = new Map<string, Change>();
  for (const [id, c] of after) {
    const old = before.get(id);
    if (!old) out.set(id, "added");
    else if (JSON.stringify(old) !== JSON.stringify(c)) out.set(id, "changed");
  }
  for (const id of before.keys()) if (!after.has(id)) out.set(id, "removed");
  return out;
}

export const storeId = (e: Pick<StoreEntry, "backend" | "key">) => `${e.backend}|${e.key}`;

/**
 * What the store holds for an entry: the encoded string (db, file) or the
 * cached dict, and the expiry. A new SECRET_KEY changes how a row decodes,
 * not the row, so it is no change.
 */
const stored = (e: StoreEntry) => jsonStringify([e.expires, e.raw ?? e.data]);

/** Per stored session, what the step did to the store. */
export function storeChanges(
  prev: StoreEntry[] | undefined,
  next: StoreEntry[] | undefined,
): Map<string, Change> {
  const before = new Map((prev ?? []).map((e) => [storeId(e), e]));
  const after = new Map((next ?? []).map((e) => [storeId(e), e]));
  const out = new Map<string, Change>();
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) out.set(id, "added");
    else if (stored(old) !== stored(e)) out.set(id, "changed");
  }
  for (const id of before.keys()) if (!after.has(id)) out.set(id, "removed");
  return out;
}

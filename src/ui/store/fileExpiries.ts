import { isoUtc } from "../../engine/python/pyDateTime.ts";
import { fileExpiresAt } from "../../engine/sessions/backends/fileExpiresAt.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";

const fileRaw = (entry: TimelineEntry | undefined, key: string) =>
  entry?.trace.store.find((e) => e.backend === "file" && e.key === key)?.raw;

/**
 * When the file engine takes each session file at step `index` for expired
 * (the engine's fileExpiresAt, with SESSION_COOKIE_AGE as it is at that step,
 * as Django reads it when it loads): null for a file that never expires, and
 * its modification time for one that already has. The trace has no
 * modification times (the format's `expires` is null for files); a file's is
 * the time of the last step that changed its content, since every save signs
 * it anew with the time.
 */
export function fileExpiries(
  timeline: TimelineEntry[],
  index: number,
  cookieAge: number,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const file of timeline[index].trace.store) {
    if (file.backend !== "file") continue;
    const modified = modifiedAt(timeline, index, file);
    const data = file.data instanceof Map ? file.data : new Map(Object.entries(file.data ?? {}));
    const at = fileExpiresAt(data, modified, cookieAge);
    out.set(file.key, at === null ? null : isoUtc(Number.isFinite(at) ? at : modified));
  }
  return out;
}

function modifiedAt(timeline: TimelineEntry[], index: number, file: StoreEntry): number {
  let at = index;
  while (at > 0 && fileRaw(timeline[at - 1], file.key) === file.raw) at--;
  return Date.parse(timeline[at].trace.now);
}

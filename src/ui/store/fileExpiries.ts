import { fromisoformat, isoUtc } from "../../engine/python/pyDateTime.ts";
import { truthy } from "../../engine/sessions/SessionBase.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";

const fileRaw = (entry: TimelineEntry | undefined, key: string) =>
  entry?.trace.store.find((e) => e.backend === "file" && e.key === key)?.raw;

/**
 * When the file engine takes each session file at step `index` for expired,
 * as its load() judges it: `_session_expiry` if set, else the file's
 * modification time + SESSION_COOKIE_AGE (the setting at that step, as Django
 * reads it when it loads). A custom expiry in seconds is returned as it is by
 * get_expiry_age, so a positive one never expires the file (null) and one at
 * or below 0 expires it at once. The trace has no
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
    out.set(file.key, fileExpiry(file, modifiedAt(timeline, index, file), cookieAge));
  }
  return out;
}

function modifiedAt(timeline: TimelineEntry[], index: number, file: StoreEntry): number {
  let at = index;
  while (at > 0 && fileRaw(timeline[at - 1], file.key) === file.raw) at--;
  return Date.parse(timeline[at].trace.now);
}

function fileExpiry(file: StoreEntry, modified: number, cookieAge: number): string | null {
  const data = file.data;
  const custom = data instanceof Map ? data.get("_session_expiry") : data?._session_expiry;
  // As the engine's load(): a falsy custom expiry ("", 0, None) falls back to the file's age.
  if (!truthy(custom)) return isoUtc(modified + cookieAge * 1000);
  if (typeof custom === "string") {
    try {
      return isoUtc(fromisoformat(custom).epochMs);
    } catch {
      return null;
    }
  }
  // A number of seconds is get_expiry_age's answer as it is: above 0 never expires the file,
  // at or below 0 expires it on its next load.
  return Number(custom) > 0 ? null : isoUtc(modified);
}

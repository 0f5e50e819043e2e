import { fromisoformat } from "../../python/pyDateTime.ts";
import { isPyFloat } from "../../python/pyFloat.ts";
import { truthy } from "../../python/truthy.ts";
import { EXPIRY_KEY } from "../expiryKey.ts";
import type { SessionData } from "../SessionBase.ts";

/**
 * The instant (epoch ms) that the file engine's load() measures a session
 * file's age against: `get_expiry_age(expiry=_expiry_date(data))`, with
 * `_expiry_date` = `_session_expiry` if set, else the file's modification
 * time + SESSION_COOKIE_AGE. load() deletes the file once that age, in whole
 * seconds floored, is at or below 0: when less than a second is left, not
 * only once the instant has passed (the db engine's `expire_date__gt=now`).
 *
 * A custom expiry in seconds is returned by get_expiry_age as it is, so it
 * does not depend on the clock: above 0 the file never expires (null), at or
 * below 0 it has expired already (-Infinity). null too where load() raises
 * before deciding (a string that is no ISO date or has no UTC offset, a list): a
 * 500, not an expiry.
 *
 * Pure, for the store panel, which has no store to ask; its test checks it
 * against load() itself.
 */
export function fileExpiresAt(
  data: SessionData,
  mtimeMs: number,
  cookieAgeSeconds: number,
): number | null {
  const custom = data.get(EXPIRY_KEY);
  if (!truthy(custom)) return mtimeMs + cookieAgeSeconds * 1000;
  if (typeof custom === "string") {
    try {
      // A naive one cannot be compared with the aware modification time: load() raises.
      const expiry = fromisoformat(custom);
      return expiry.offsetMinutes === null ? null : expiry.epochMs;
    } catch {
      return null;
    }
  }
  if (typeof custom !== "number" && typeof custom !== "boolean" && !isPyFloat(custom)) return null;
  return Number(custom) > 0 ? null : -Infinity;
}

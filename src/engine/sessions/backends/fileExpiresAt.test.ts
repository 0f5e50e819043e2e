import { describe, expect, it } from "vitest";
import { START, testContext } from "../../../../tests/helpers/testContext.ts";
import { VirtualClock } from "../../clock.ts";
import { ENGINE_PREFIX } from "../../conf/settings.ts";
import { pyFloat } from "../../python/pyFloat.ts";
import { FileSessionStore } from "./file.ts";
import { fileExpiresAt } from "./fileExpiresAt.ts";

// Saved 0.3 s after a whole second, so that "less than a second left" differs from "past".
const SAVED = START + 300;
const AGE = 60;

/** Whether the file engine's load() at `nowMs` takes a file saved at SAVED with `custom` for expired. */
async function loadExpires(custom: unknown, nowMs: number): Promise<boolean> {
  const clock = new VirtualClock(SAVED);
  const { ctx } = testContext(
    { SESSION_ENGINE: ENGINE_PREFIX + "file", SESSION_COOKIE_AGE: AGE },
    { clock },
  );
  const s = new FileSessionStore(ctx);
  await s.setItem("k", 1);
  if (custom !== undefined) await s.setItem("_session_expiry", custom);
  await s.save();
  clock.advance((nowMs - SAVED) / 1000);
  const again = new FileSessionStore(ctx, s.sessionKey);
  return (await again.get("k")) === null;
}

const judged = (at: number | null, nowMs: number) =>
  at !== null && Math.floor((at - nowMs) / 1000) <= 0;

describe("fileExpiresAt", () => {
  const cases: [string, unknown][] = [
    ["no custom expiry (modification time + SESSION_COOKIE_AGE)", undefined],
    ["a falsy custom expiry, which falls back to the file's age", 0],
    ["an ISO date with microseconds", "2026-01-01T00:00:30.250000+00:00"],
    ["a positive number of seconds", 10],
    ["a positive float", pyFloat(0.5)],
    ["True", true],
    ["a negative number of seconds", -5],
  ];
  for (const [what, custom] of cases) {
    it(`agrees with load() around the instant for ${what}`, async () => {
      const data = new Map<string, unknown>([["k", 1]]);
      if (custom !== undefined) data.set("_session_expiry", custom);
      const at = fileExpiresAt(data, SAVED, AGE);
      const probes = [SAVED, SAVED + 29_000, SAVED + 59_000, SAVED + 59_500, SAVED + 60_000];
      if (at !== null && Number.isFinite(at))
        probes.push(at - 1001, at - 1000, at - 999, at, at + 1);
      for (const now of probes) {
        expect([now - SAVED, await loadExpires(custom, now)]).toEqual([
          now - SAVED,
          judged(at, now),
        ]);
      }
    });
  }

  it("takes a file for expired when less than a second is left, as get_expiry_age floors", () => {
    const at = fileExpiresAt(new Map(), SAVED, AGE)!;
    expect(at).toBe(SAVED + 60_000);
    expect(judged(at, at - 999)).toBe(true);
    expect(judged(at, at - 1000)).toBe(false);
  });

  it("gives no instant where load() raises before deciding", async () => {
    expect(fileExpiresAt(new Map([["_session_expiry", "tomorrow"]]), SAVED, AGE)).toBe(null);
    expect(fileExpiresAt(new Map([["_session_expiry", [1]]]), SAVED, AGE)).toBe(null);
    // A date without a UTC offset: Django's load() cannot subtract it from an aware one.
    const naive = "2026-01-01T00:00:30";
    expect(fileExpiresAt(new Map([["_session_expiry", naive]]), SAVED, AGE)).toBe(null);
    await expect(loadExpires(naive, SAVED + 1000)).rejects.toThrow(/offset-naive/);
  });
});

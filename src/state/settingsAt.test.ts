import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "./TimelineEntry.ts";
import { settingsAt } from "./settingsAt.ts";

const entry = (step: TimelineEntry["step"]) => ({ step }) as TimelineEntry;
const timeline = [
  entry({ advance: 1 }),
  entry({ settings: { SESSION_COOKIE_AGE: 10 } }),
  entry({ settings: { SESSION_ENGINE: "django.contrib.sessions.backends.file" } }),
];

describe("the settings of a viewed step", () => {
  it("starts from Django's defaults and the initial settings", () => {
    const s = settingsAt({ SECRET_KEY: "k" }, timeline, null);
    expect(s.SECRET_KEY).toBe("k");
    expect(s.SESSION_COOKIE_AGE).toBe(1209600);
  });

  it("applies the settings steps up to and including the viewed one, not later ones", () => {
    const s = settingsAt({ SECRET_KEY: "k" }, timeline, 1);
    expect(s.SESSION_COOKIE_AGE).toBe(10);
    expect(s.SESSION_ENGINE).toBe("django.contrib.sessions.backends.db");
    expect(settingsAt({ SECRET_KEY: "k" }, timeline, 2).SESSION_ENGINE).toBe(
      "django.contrib.sessions.backends.file",
    );
  });
});

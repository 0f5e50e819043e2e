import { describe, expect, it } from "vitest";
import { applySettings, DEFAULT_SETTINGS } from "../../engine/conf/settings.ts";
import { pyLiteral, settingsPy } from "./settingsPy.ts";

describe("settings.py lines", () => {
  it("writes only what differs from Django's defaults, in Python syntax", () => {
    const s = applySettings(DEFAULT_SETTINGS, {
      SECRET_KEY: "k",
      SESSION_COOKIE_AGE: 60,
      SESSION_COOKIE_SECURE: true,
      SESSION_COOKIE_SAMESITE: false,
      SESSION_COOKIE_DOMAIN: null,
    });
    expect(settingsPy(s)).toBe(
      [
        'SECRET_KEY = "k"',
        "SESSION_COOKIE_AGE = 60",
        "SESSION_COOKIE_SECURE = True",
        "SESSION_COOKIE_SAMESITE = False",
      ].join("\n"),
    );
  });

  it("writes CACHES as a Python dict with None for a timeout that never ends", () => {
    expect(pyLiteral({ default: { TIMEOUT: null, OPTIONS: {} } })).toBe(
      [
        "{",
        '    "default": {',
        '        "TIMEOUT": None,',
        '        "OPTIONS": {},',
        "    },",
        "}",
      ].join("\n"),
    );
  });
});

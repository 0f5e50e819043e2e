import { describe, expect, it } from "vitest";
import { parseSettingsPy } from "./parseSettingsPy.ts";

describe("reading settings.py", () => {
  it("reads strings, ints, booleans and None with comments around them", () => {
    const r = parseSettingsPy(`# sessions
SESSION_ENGINE = 'django.contrib.sessions.backends.db'  # the default
SESSION_COOKIE_NAME = "sessionid"
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_DOMAIN = None
`);
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({
      SESSION_ENGINE: "django.contrib.sessions.backends.db",
      SESSION_COOKIE_NAME: "sessionid",
      SESSION_COOKIE_SECURE: false,
      SESSION_COOKIE_HTTPONLY: true,
      SESSION_COOKIE_DOMAIN: null,
    });
    expect(r.lines.SESSION_COOKIE_NAME).toEqual([3, 3]);
  });

  it("evaluates integer arithmetic as Python does", () => {
    const r = parseSettingsPy(
      "SESSION_COOKIE_AGE = 60 * 60 * 24 * 14\nA = 7 // 2\nB = -7 // 2\nC = 2 ** 10\nD = (1 + 2) * 3\nE = -7 % 3\n",
    );
    expect(r.values).toEqual({ SESSION_COOKIE_AGE: 1209600, A: 3, B: -4, C: 1024, D: 9, E: 2 });
  });

  it("reads a CACHES dict written over several lines, with a trailing comma", () => {
    const r = parseSettingsPy(`CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "sessions",
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 2, "CULL_FREQUENCY": 3},
    },
}
`);
    expect(r.errors).toEqual([]);
    expect(r.values.CACHES).toEqual({
      default: {
        BACKEND: "django.core.cache.backends.locmem.LocMemCache",
        LOCATION: "sessions",
        TIMEOUT: null,
        OPTIONS: { MAX_ENTRIES: 2, CULL_FREQUENCY: 3 },
      },
    });
  });

  it("lets a later assignment replace an earlier one", () => {
    expect(parseSettingsPy("SESSION_COOKIE_AGE = 10\nSESSION_COOKIE_AGE = 20\n").values).toEqual({
      SESSION_COOKIE_AGE: 20,
    });
  });

  it("reports each bad line with its line, column and Python's error, and still reads the good ones", () => {
    const r = parseSettingsPy(
      "SESSION_COOKIE_AGE = \nSESSION_COOKIE_NAME = 'ok'\nSESSION_COOKIE_SECURE = true\n",
    );
    expect(r.values).toEqual({ SESSION_COOKIE_NAME: "ok" });
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 22, "SyntaxError: invalid syntax: a value is missing"],
      [3, 25, "NameError: name 'true' is not defined"],
    ]);
  });

  it("reports an unterminated string where it starts", () => {
    const r = parseSettingsPy("A = 1\nSESSION_COOKIE_PATH = '/\n");
    expect(r.errors).toEqual([
      { line: 2, column: 23, message: "SyntaxError: unterminated string literal" },
    ]);
  });

  it("refuses division by zero and strings in arithmetic", () => {
    const r = parseSettingsPy("A = 1 // 0\nB = 'x' - 1\n");
    expect(r.errors.map((e) => e.message)).toEqual([
      "ZeroDivisionError: division by zero",
      "TypeError: unsupported operand type for -",
    ]);
  });

  it("keeps true division a float, as Python 3 does", () => {
    expect(parseSettingsPy("A = 7 / 2\n").values).toEqual({ A: 3.5 });
  });
});

import { describe, expect, it } from "vitest";
import { applySettings, DEFAULT_SETTINGS } from "../../engine/conf/settings.ts";
import { DEFAULT_SETTINGS_PY } from "./defaultSettingsPy.ts";
import { settingsFromPy } from "./settingsFromPy.ts";
import { settingsPyFor } from "./settingsPyFor.ts";

describe("settings from settings.py", () => {
  it("gives Django's defaults and the demo key for the tutorial's file", () => {
    const r = settingsFromPy(DEFAULT_SETTINGS_PY);
    expect(r.errors).toEqual([]);
    expect(r.settings).toEqual(
      applySettings(DEFAULT_SETTINGS, { SECRET_KEY: "django-insecure-session-lab-demo-key" }),
    );
  });

  it("reverts a deleted line to Django's default", () => {
    const r = settingsFromPy("SECRET_KEY = 'k'\n");
    expect(r.settings?.SESSION_COOKIE_AGE).toBe(1209600);
  });

  it("marks a value of the wrong type on its own line, in Python's spelling, and applies nothing", () => {
    const r = settingsFromPy(
      "SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = 'long'\nSESSION_COOKIE_SAMESITE = True\n",
    );
    expect(r.settings).toBeNull();
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, "SESSION_COOKIE_AGE must be an integer (seconds), got 'long'"],
      [3, expect.stringContaining("got True")],
    ]);
  });

  it("reads a bool setting as Django tests it, for truth, warning of the classic 'False'", () => {
    const r = settingsFromPy(
      "SECRET_KEY = 'k'\nSESSION_COOKIE_SECURE = 'False'\nSESSION_COOKIE_HTTPONLY = 0\nSESSION_SAVE_EVERY_REQUEST = []\nSESSION_EXPIRE_AT_BROWSER_CLOSE = None\n",
    );
    expect(r.errors).toEqual([]);
    expect(r.settings).toMatchObject({
      SESSION_COOKIE_SECURE: true,
      SESSION_COOKIE_HTTPONLY: false,
      SESSION_SAVE_EVERY_REQUEST: false,
      SESSION_EXPIRE_AT_BROWSER_CLOSE: false,
    });
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        2,
        "SESSION_COOKIE_SECURE = 'False': Django only asks whether it is true, and bool('False') is True, so it acts as True. Write True or False.",
      ],
      [3, expect.stringContaining("bool(0) is False")],
      [4, expect.stringContaining("bool([]) is False")],
      [5, expect.stringContaining("bool(None) is False")],
    ]);
    // A float is named as Python writes it.
    expect(
      settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_SECURE = 0.0\n").warnings[0].message,
    ).toContain(
      "SESSION_COOKIE_SECURE = 0.0: Django only asks whether it is true, and bool(0.0) is False",
    );
  });

  it("refuses a SESSION_COOKIE_AGE whose digits JavaScript would round, rather than apply other ones", () => {
    const r = settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = 9007199254740993\n");
    expect(r.settings).toBeNull();
    expect(r.errors[0].message).toContain("must be within ±9007199254740991");
  });

  it("reads SESSION_COOKIE_AGE = True as the int Python says it is, 1, with a warning", () => {
    const r = settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = True\n");
    expect(r.settings?.SESSION_COOKIE_AGE).toBe(1);
    expect(r.warnings[0].message).toContain(
      "in Python a bool is an int, so Django uses 1 second(s)",
    );
  });

  it("takes a whole float SESSION_COOKIE_AGE as its int with a warning, and refuses a fraction without saying Django would", () => {
    const whole = settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = 1209600.0\n");
    expect(whole.settings?.SESSION_COOKIE_AGE).toBe(1209600);
    expect(whole.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        2,
        "SESSION_COOKIE_AGE = 1209600.0: a float. Django uses it as it is (get_expiry_age() answers 1209600.0); this playground keeps whole seconds and uses 1209600.",
      ],
    ]);
    const part = settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = 0.5\n");
    expect(part.settings).toBeNull();
    expect(part.errors.map((e) => [e.line, e.problem?.code])).toEqual([
      [2, "settingsPy.floatAgeRefused"],
    ]);
    expect(part.errors[0].message).not.toContain("must be an integer");
    // A float too large for whole seconds to stay exact is refused for its range, as 10**20 is.
    const huge = settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = 1e20\n");
    expect(huge.warnings).toEqual([]);
    expect(huge.errors.map((e) => e.problem?.code)).toEqual(
      settingsFromPy("SECRET_KEY = 'k'\nSESSION_COOKIE_AGE = 10**20\n").errors.map(
        (e) => e.problem?.code,
      ),
    );
  });

  it("applies nothing from a file with a line Python would refuse as indented", () => {
    const r = settingsFromPy("SECRET_KEY = 'k'\n\tSESSION_COOKIE_AGE = 10\n");
    expect(r.settings).toBeNull();
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, "IndentationError: unexpected indent"],
    ]);
  });

  it("applies nothing from a file that reads its settings from the environment", () => {
    const r = settingsFromPy(
      "import os\nSECRET_KEY = 'k'\nSESSION_COOKIE_AGE = int(os.environ.get('AGE', 10))\n",
    );
    expect(r.settings).toBeNull();
    expect(r.errors.map((e) => [e.line, e.problem?.code])).toEqual([
      [1, "settingsPy.notRun.import"],
      [3, "settingsPy.notRun.call"],
    ]);
  });

  it("says Django's own words when SECRET_KEY is missing", () => {
    const r = settingsFromPy("SESSION_COOKIE_AGE = 10\n");
    expect(r.errors[0].message).toBe(
      "ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
    );
  });

  it("keeps names it does not use, as Django would, warning only of those meant for sessions", () => {
    const r = settingsFromPy(
      "SECRET_KEY = 'k'\nDEBUG = True\nSESSION_COOKIE_SECURED = True\nSESSION_FOO = 1\n" +
        "SESSION_SERIALIZER = 'django.contrib.sessions.serializers.JSONSerializer'\n",
    );
    expect(r.errors).toEqual([]);
    // The file still applies: Django ignores the names it does not read.
    expect(r.settings?.SESSION_COOKIE_SECURE).toBe(false);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        3,
        "SESSION_COOKIE_SECURED is not a setting Django reads: Django ignores it. Did you mean SESSION_COOKIE_SECURE?",
      ],
      [4, "SESSION_FOO is not a session setting Django reads: Django ignores it."],
    ]);
  });

  it("writes a settings.py that reads back as the settings it was made for", () => {
    const settings = applySettings(DEFAULT_SETTINGS, {
      SECRET_KEY: "django-insecure-session-lab-demo-key",
      SESSION_COOKIE_AGE: 10,
      SESSION_ENGINE: "django.contrib.sessions.backends.cache",
      SESSION_COOKIE_SAMESITE: false,
    });
    const source = settingsPyFor(settings);
    expect(source).toContain("SESSION_COOKIE_AGE = 10\n");
    expect(source).toContain("SESSION_COOKIE_SAMESITE = False");
    expect(settingsFromPy(source).settings).toEqual(settings);
  });
});

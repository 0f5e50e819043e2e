import { describe, expect, it } from "vitest";
import { applySettings, DEFAULT_SETTINGS, engineName, LOCMEM_BACKEND } from "./settings.ts";
import { SettingsError } from "./SettingsError.ts";

const base = () => applySettings(DEFAULT_SETTINGS, { SECRET_KEY: "settings-test" });

/** The SettingsError that applying `changes` throws (fails the test if none is thrown). */
function refusal(changes: unknown, over = base()): SettingsError {
  try {
    applySettings(over, changes);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return e as SettingsError;
  }
  throw new Error(`expected ${JSON.stringify(changes)} to be refused`);
}

describe("DEFAULT_SETTINGS", () => {
  it("holds django/conf/global_settings.py's values (Django 5.2.17)", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      SECRET_KEY: "",
      SESSION_ENGINE: "django.contrib.sessions.backends.db",
      SESSION_COOKIE_NAME: "sessionid",
      SESSION_COOKIE_AGE: 1209600,
      SESSION_COOKIE_DOMAIN: null,
      SESSION_COOKIE_PATH: "/",
      SESSION_COOKIE_SECURE: false,
      SESSION_COOKIE_HTTPONLY: true,
      SESSION_COOKIE_SAMESITE: "Lax",
      SESSION_EXPIRE_AT_BROWSER_CLOSE: false,
      SESSION_SAVE_EVERY_REQUEST: false,
      SESSION_FILE_PATH: null,
      SESSION_CACHE_ALIAS: "default",
      CACHES: {
        default: {
          BACKEND: "django.core.cache.backends.locmem.LocMemCache",
          LOCATION: "",
          TIMEOUT: 300,
          OPTIONS: { MAX_ENTRIES: 300, CULL_FREQUENCY: 3 },
        },
      },
    });
  });

  it("is frozen so nobody changes the defaults by accident", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it("names the db engine by default", () => {
    expect(engineName(DEFAULT_SETTINGS)).toBe("db");
  });
});

describe("applySettings", () => {
  it("applies changes over the base without touching the base", () => {
    const before = base();
    const after = applySettings(before, { SESSION_COOKIE_AGE: 600, SESSION_COOKIE_NAME: "sid" });
    expect(after.SESSION_COOKIE_AGE).toBe(600);
    expect(after.SESSION_COOKIE_NAME).toBe("sid");
    expect(after.SECRET_KEY).toBe("settings-test");
    expect(before.SESSION_COOKIE_AGE).toBe(1209600);
    expect(before.SESSION_COOKIE_NAME).toBe("sessionid");
  });

  it("accepts every engine Django ships", () => {
    for (const e of ["db", "cache", "cached_db", "file", "signed_cookies"]) {
      const s = applySettings(base(), { SESSION_ENGINE: `django.contrib.sessions.backends.${e}` });
      expect(engineName(s)).toBe(e);
    }
  });

  it("accepts every SameSite spelling Django accepts, false and null", () => {
    for (const v of ["Lax", "lax", "Strict", "STRICT", "None", "none", false, null]) {
      expect(applySettings(base(), { SESSION_COOKIE_SAMESITE: v }).SESSION_COOKIE_SAMESITE).toBe(v);
    }
  });

  it("accepts a negative SESSION_COOKIE_AGE, which is still an int", () => {
    expect(applySettings(base(), { SESSION_COOKIE_AGE: -1 }).SESSION_COOKIE_AGE).toBe(-1);
  });

  it("accepts null and a domain for SESSION_COOKIE_DOMAIN", () => {
    expect(
      applySettings(base(), { SESSION_COOKIE_DOMAIN: ".example.com" }).SESSION_COOKIE_DOMAIN,
    ).toBe(".example.com");
    expect(applySettings(base(), { SESSION_COOKIE_DOMAIN: null }).SESSION_COOKIE_DOMAIN).toBe(null);
  });

  it("accepts a SESSION_FILE_PATH that merely contains two dots in a name, and null", () => {
    expect(applySettings(base(), { SESSION_FILE_PATH: "a..b/c" }).SESSION_FILE_PATH).toBe("a..b/c");
    expect(applySettings(base(), { SESSION_FILE_PATH: null }).SESSION_FILE_PATH).toBe(null);
  });

  it("fills in LocMemCache defaults for a cache alias given as {}", () => {
    const s = applySettings(base(), { CACHES: { default: {}, other: { LOCATION: "o" } } });
    expect(s.CACHES).toEqual({
      default: {
        BACKEND: LOCMEM_BACKEND,
        LOCATION: "",
        TIMEOUT: 300,
        OPTIONS: { MAX_ENTRIES: 300, CULL_FREQUENCY: 3 },
      },
      other: {
        BACKEND: LOCMEM_BACKEND,
        LOCATION: "o",
        TIMEOUT: 300,
        OPTIONS: { MAX_ENTRIES: 300, CULL_FREQUENCY: 3 },
      },
    });
  });

  it("keeps TIMEOUT null (never expire) and 0, and the OPTIONS given", () => {
    const s = applySettings(base(), {
      CACHES: {
        default: { TIMEOUT: null, OPTIONS: { MAX_ENTRIES: 2 } },
        zero: { TIMEOUT: 0, OPTIONS: { CULL_FREQUENCY: 0 } },
      },
    });
    expect(s.CACHES.default.TIMEOUT).toBe(null);
    expect(s.CACHES.default.OPTIONS).toEqual({ MAX_ENTRIES: 2, CULL_FREQUENCY: 3 });
    expect(s.CACHES.zero.TIMEOUT).toBe(0);
    expect(s.CACHES.zero.OPTIONS).toEqual({ MAX_ENTRIES: 300, CULL_FREQUENCY: 0 });
  });

  it("accepts a SESSION_CACHE_ALIAS naming an alias defined in the same change", () => {
    const s = applySettings(base(), {
      SESSION_CACHE_ALIAS: "sessions",
      CACHES: { default: {}, sessions: { LOCATION: "s" } },
    });
    expect(s.SESSION_CACHE_ALIAS).toBe("sessions");
  });
});

describe("applySettings refusals", () => {
  const bad: [string, unknown][] = [
    ["SECRET_KEY", ""],
    ["SECRET_KEY", 42],
    ["SESSION_ENGINE", "django.contrib.sessions.backends.redis"],
    ["SESSION_ENGINE", "db"],
    ["SESSION_ENGINE", null],
    ["SESSION_COOKIE_NAME", ""],
    ["SESSION_COOKIE_NAME", 7],
    ["SESSION_COOKIE_AGE", "abc"],
    ["SESSION_COOKIE_AGE", "600"],
    ["SESSION_COOKIE_AGE", 1.5],
    ["SESSION_COOKIE_AGE", true],
    ["SESSION_COOKIE_AGE", null],
    ["SESSION_COOKIE_DOMAIN", 5],
    ["SESSION_COOKIE_DOMAIN", false],
    ["SESSION_COOKIE_PATH", 1],
    ["SESSION_COOKIE_PATH", null],
    ["SESSION_COOKIE_SECURE", "yes"],
    ["SESSION_COOKIE_SECURE", 1],
    ["SESSION_COOKIE_HTTPONLY", null],
    ["SESSION_EXPIRE_AT_BROWSER_CLOSE", "true"],
    ["SESSION_SAVE_EVERY_REQUEST", 0],
    ["SESSION_COOKIE_SAMESITE", "loose"],
    ["SESSION_COOKIE_SAMESITE", true],
    ["SESSION_COOKIE_SAMESITE", 0],
    ["SESSION_FILE_PATH", 3],
    ["SESSION_FILE_PATH", ".."],
    ["SESSION_FILE_PATH", "a/../b"],
    ["SESSION_FILE_PATH", "../b"],
    ["SESSION_FILE_PATH", "a/.."],
    ["SESSION_CACHE_ALIAS", 1],
    ["CACHES", []],
    ["CACHES", "default"],
  ];
  for (const [name, value] of bad) {
    it(`refuses ${name} = ${JSON.stringify(value)}, naming ${name}`, () => {
      const e = refusal({ [name]: value });
      expect(e.setting).toBe(name);
      expect(e.message).toContain(name);
    });
  }

  it("refuses an unknown setting name, naming it and listing the known ones", () => {
    const e = refusal({ SESSION_COOKIE_AGEE: 60 });
    expect(e.setting).toBe("SESSION_COOKIE_AGEE");
    expect(e.message).toContain('"SESSION_COOKIE_AGEE"');
    expect(e.message).toContain("SESSION_COOKIE_AGE,");
  });

  it("refuses a real Django setting the playground does not model", () => {
    const e = refusal({ SESSION_SERIALIZER: "django.contrib.sessions.serializers.JSONSerializer" });
    expect(e.setting).toBe("SESSION_SERIALIZER");
  });

  it("refuses settings that are not an object", () => {
    for (const v of [null, [], "SECRET_KEY", 3]) {
      const e = refusal(v);
      expect(e.setting).toBe("settings");
      expect(e.message).toContain("settings must be an object");
    }
  });

  it("names the first bad setting and applies nothing", () => {
    const before = base();
    const e = refusal({ SESSION_COOKIE_AGE: 60, SESSION_COOKIE_SECURE: "yes" }, before);
    expect(e.setting).toBe("SESSION_COOKIE_SECURE");
    expect(before.SESSION_COOKIE_AGE).toBe(1209600);
  });

  it("refuses CACHES without a default alias", () => {
    const e = refusal({ CACHES: { other: {} } });
    expect(e.setting).toBe("CACHES");
    expect(e.message).toContain('"default"');
  });

  const badCaches: [string, unknown, string][] = [
    ["an alias that is not an object", { default: 1 }, 'CACHES["default"]'],
    [
      "another BACKEND",
      { default: { BACKEND: "django.core.cache.backends.redis.RedisCache" } },
      'CACHES["default"].BACKEND',
    ],
    ["a LOCATION that is not a string", { default: { LOCATION: 1 } }, 'CACHES["default"].LOCATION'],
    [
      "a TIMEOUT that is not an int or null",
      { default: { TIMEOUT: "300" } },
      'CACHES["default"].TIMEOUT',
    ],
    ["a fractional TIMEOUT", { default: { TIMEOUT: 1.5 } }, 'CACHES["default"].TIMEOUT'],
    ["OPTIONS that are not an object", { default: { OPTIONS: [] } }, 'CACHES["default"].OPTIONS'],
    [
      "a MAX_ENTRIES that is not an int",
      { default: { OPTIONS: { MAX_ENTRIES: "2" } } },
      'CACHES["default"].OPTIONS.MAX_ENTRIES',
    ],
    [
      "a CULL_FREQUENCY that is not an int",
      { default: { OPTIONS: { CULL_FREQUENCY: "3" } } },
      'CACHES["default"].OPTIONS.CULL_FREQUENCY',
    ],
    ["an unknown alias key", { default: { KEY_PREFIX: "x" } }, "CACHES"],
    ["an unknown OPTIONS key", { default: { OPTIONS: { MAX_SIZE: 1 } } }, "CACHES"],
  ];
  for (const [what, caches, setting] of badCaches) {
    it(`refuses CACHES with ${what}, naming ${setting}`, () => {
      const e = refusal({ CACHES: caches });
      expect(e.setting).toBe(setting);
      expect(e.message).toContain(setting === "CACHES" ? 'CACHES["default"]' : setting);
    });
  }

  it("refuses an explicit null where CACHES expects a string, an object or an int", () => {
    // tests/conformance/README.md §7 and record.py's validate_caches refuse each of these;
    // `?? default` must only fill in a missing key, not a null one.
    const nulls: [Record<string, unknown>, string][] = [
      [{ BACKEND: null }, 'CACHES["default"].BACKEND'],
      [{ LOCATION: null }, 'CACHES["default"].LOCATION'],
      [{ OPTIONS: null }, 'CACHES["default"].OPTIONS'],
      [{ OPTIONS: { MAX_ENTRIES: null } }, 'CACHES["default"].OPTIONS.MAX_ENTRIES'],
      [{ OPTIONS: { CULL_FREQUENCY: null } }, 'CACHES["default"].OPTIONS.CULL_FREQUENCY'],
    ];
    const accepted = nulls
      .filter(([conf]) => {
        try {
          applySettings(base(), { CACHES: { default: conf } });
          return true;
        } catch (e) {
          return !(e instanceof SettingsError);
        }
      })
      .map(([, setting]) => setting);
    expect(accepted).toEqual([]);
  });

  it("refuses a SESSION_CACHE_ALIAS that names no alias", () => {
    const e = refusal({ SESSION_CACHE_ALIAS: "sessions" });
    expect(e.setting).toBe("SESSION_CACHE_ALIAS");
    expect(e.message).toContain('"sessions"');
  });

  it("re-checks SESSION_CACHE_ALIAS after a later change drops its alias", () => {
    const withAlias = applySettings(base(), {
      SESSION_CACHE_ALIAS: "sessions",
      CACHES: { default: {}, sessions: {} },
    });
    const e = refusal({ CACHES: { default: {} } }, withAlias);
    expect(e.setting).toBe("SESSION_CACHE_ALIAS");
  });
});

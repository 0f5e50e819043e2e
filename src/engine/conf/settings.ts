import { showValue } from "../problem/showValue.ts";
import { SettingsError } from "./SettingsError.ts";
import type { SettingsProblemCode } from "./settingsProblems.ts";

export const ENGINE_PREFIX = "django.contrib.sessions.backends.";
export const ENGINES = ["db", "cache", "cached_db", "file", "signed_cookies"] as const;
export type EngineName = (typeof ENGINES)[number];
export const LOCMEM_BACKEND = "django.core.cache.backends.locmem.LocMemCache";

export interface CacheConfig {
  BACKEND: string;
  LOCATION: string;
  /** Seconds; null = never expire. */
  TIMEOUT: number | null;
  OPTIONS: { MAX_ENTRIES: number; CULL_FREQUENCY: number };
}

export type SameSiteSetting = string | false | null;

/** The settings the playground understands, under Django's names. */
export interface Settings {
  SECRET_KEY: string;
  SESSION_ENGINE: string;
  SESSION_COOKIE_NAME: string;
  SESSION_COOKIE_AGE: number;
  SESSION_COOKIE_DOMAIN: string | null;
  SESSION_COOKIE_PATH: string;
  SESSION_COOKIE_SECURE: boolean;
  SESSION_COOKIE_HTTPONLY: boolean;
  SESSION_COOKIE_SAMESITE: SameSiteSetting;
  SESSION_EXPIRE_AT_BROWSER_CLOSE: boolean;
  SESSION_SAVE_EVERY_REQUEST: boolean;
  SESSION_FILE_PATH: string | null;
  SESSION_CACHE_ALIAS: string;
  CACHES: Record<string, CacheConfig>;
}

export type SettingName = keyof Settings;

/** django/conf/global_settings.py, for these names. SECRET_KEY has no usable default. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  SECRET_KEY: "",
  SESSION_ENGINE: `${ENGINE_PREFIX}db`,
  SESSION_COOKIE_NAME: "sessionid",
  SESSION_COOKIE_AGE: 60 * 60 * 24 * 7 * 2,
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
      BACKEND: LOCMEM_BACKEND,
      LOCATION: "",
      TIMEOUT: 300,
      OPTIONS: { MAX_ENTRIES: 300, CULL_FREQUENCY: 3 },
    },
  },
});

export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as SettingName[];

export function engineName(settings: Settings): EngineName {
  return settings.SESSION_ENGINE.slice(ENGINE_PREFIX.length) as EngineName;
}

/** Only a missing key takes the default: an explicit null is a value (and fails its check). */
const orDefault = <T>(v: unknown, fallback: T): unknown => (v === undefined ? fallback : v);

/** Refuses `value` for `name` unless `ok`; `setting` is the setting it belongs to (CACHES for CACHES["default"].TIMEOUT). */
function expect(
  ok: boolean,
  name: string,
  code: SettingsProblemCode,
  value: unknown,
  setting: string = name,
  params: Record<string, string> = {},
): void {
  if (!ok) throw new SettingsError(setting, code, { name, got: showValue(value), ...params });
}

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function checkCaches(value: unknown): Record<string, CacheConfig> {
  expect(isObject(value), "CACHES", "cacheAliases", value);
  const out: Record<string, CacheConfig> = {};
  for (const [alias, raw] of Object.entries(value as Record<string, unknown>)) {
    const where = `CACHES["${alias}"]`;
    expect(isObject(raw), where, "object", raw);
    const conf = raw as Record<string, unknown>;
    for (const key of Object.keys(conf)) {
      if (!["BACKEND", "LOCATION", "TIMEOUT", "OPTIONS"].includes(key)) {
        throw new SettingsError("CACHES", "unknownKey", { name: where, got: showValue(key) });
      }
    }
    const backend = orDefault(conf.BACKEND, LOCMEM_BACKEND);
    const backendName = `${where}.BACKEND`;
    expect(backend === LOCMEM_BACKEND, backendName, "backend", backend, backendName, {
      backend: showValue(LOCMEM_BACKEND),
    });
    const location = orDefault(conf.LOCATION, "");
    expect(typeof location === "string", `${where}.LOCATION`, "string", location);
    const timeout = conf.TIMEOUT === undefined ? 300 : conf.TIMEOUT;
    expect(timeout === null || isInt(timeout), `${where}.TIMEOUT`, "integerOrNull", timeout);
    const options = orDefault(conf.OPTIONS, {});
    expect(isObject(options), `${where}.OPTIONS`, "object", options);
    const opts = options as Record<string, unknown>;
    for (const key of Object.keys(opts)) {
      if (!["MAX_ENTRIES", "CULL_FREQUENCY"].includes(key)) {
        throw new SettingsError("CACHES", "unknownKey", {
          name: `${where}.OPTIONS`,
          got: showValue(key),
        });
      }
    }
    const maxEntries = orDefault(opts.MAX_ENTRIES, 300);
    const cull = orDefault(opts.CULL_FREQUENCY, 3);
    expect(
      isInt(maxEntries) && maxEntries >= 0,
      `${where}.OPTIONS.MAX_ENTRIES`,
      "nonNegative",
      maxEntries,
    );
    expect(isInt(cull) && cull >= 0, `${where}.OPTIONS.CULL_FREQUENCY`, "nonNegative", cull);
    out[alias] = {
      BACKEND: LOCMEM_BACKEND,
      LOCATION: location as string,
      TIMEOUT: timeout as number | null,
      OPTIONS: { MAX_ENTRIES: maxEntries as number, CULL_FREQUENCY: cull as number },
    };
  }
  if (!("default" in out)) throw new SettingsError("CACHES", "noDefault");
  return out;
}

/** Checks one setting's value, returning it in normalised form. */
function checkSetting(name: string, value: unknown): unknown {
  switch (name) {
    case "SECRET_KEY":
      expect(typeof value === "string" && value !== "", name, "nonEmptyString", value);
      return value;
    case "SESSION_ENGINE":
      expect(
        typeof value === "string" &&
          value.startsWith(ENGINE_PREFIX) &&
          (ENGINES as readonly string[]).includes(value.slice(ENGINE_PREFIX.length)),
        name,
        "engine",
        value,
        name,
        { choices: ENGINES.map((e) => showValue(`${ENGINE_PREFIX}${e}`)).join(", ") },
      );
      return value;
    case "SESSION_COOKIE_NAME":
      expect(
        typeof value === "string" && /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(value),
        name,
        "cookieName",
        value,
      );
      return value;
    case "SESSION_COOKIE_PATH":
      expect(typeof value === "string" && value !== "", name, "nonEmptyString", value);
      return value;
    case "SESSION_CACHE_ALIAS":
      expect(typeof value === "string", name, "string", value);
      return value;
    case "SESSION_COOKIE_AGE":
      expect(isInt(value), name, "seconds", value);
      // Beyond 2**53 - 1 the digits were rounded as the number was read: refused, not changed.
      expect(Number.isSafeInteger(value), name, "inexactSeconds", value);
      return value;
    case "SESSION_COOKIE_DOMAIN":
      expect(
        value === null || (typeof value === "string" && value !== ""),
        name,
        "domainOrNull",
        value,
      );
      return value;
    case "SESSION_FILE_PATH":
      expect(
        value === null || (typeof value === "string" && value !== ""),
        name,
        "directoryOrNull",
        value,
      );
      if (typeof value === "string" && value.split("/").includes("..")) {
        throw new SettingsError(name, "dotDot", { name, got: showValue(value) });
      }
      return value;
    case "SESSION_COOKIE_SECURE":
    case "SESSION_COOKIE_HTTPONLY":
    case "SESSION_EXPIRE_AT_BROWSER_CLOSE":
    case "SESSION_SAVE_EVERY_REQUEST":
      expect(typeof value === "boolean", name, "boolean", value);
      return value;
    case "SESSION_COOKIE_SAMESITE":
      expect(
        value === false ||
          value === null ||
          (typeof value === "string" && ["lax", "strict", "none"].includes(value.toLowerCase())),
        name,
        "sameSite",
        value,
      );
      return value;
    case "CACHES":
      return checkCaches(value);
    default:
      throw new SettingsError(name, "unknownSetting", {
        got: showValue(name),
        known: SETTING_NAMES.join(", "),
      });
  }
}

/**
 * Applies `changes` over `base` (like editing settings.py), checking every
 * name and type. Throws SettingsError naming the first bad one.
 */
export function applySettings(base: Settings, changes: unknown): Settings {
  if (!isObject(changes))
    throw new SettingsError("settings", "notObject", { got: showValue(changes) });
  const next: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(changes)) next[name] = checkSetting(name, value);
  const settings = next as unknown as Settings;
  if (!(settings.SESSION_CACHE_ALIAS in settings.CACHES)) {
    throw new SettingsError("SESSION_CACHE_ALIAS", "noSuchAlias", {
      got: showValue(settings.SESSION_CACHE_ALIAS),
      aliases: Object.keys(settings.CACHES).join(", "),
    });
  }
  return settings;
}

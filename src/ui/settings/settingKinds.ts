import type { SettingName } from "../../engine/conf/settings.ts";
import type { Problem } from "../../engine/problem/Problem.ts";
import { jsonProblem } from "../../scenario/jsonProblem.ts";

/** How a setting is edited: which control, and how its text becomes a value. */
export type SettingKind =
  "text" | "nullableText" | "engine" | "seconds" | "bool" | "samesite" | "json";

/** The settings in the order a beginner meets them, each with its control. */
export const SETTING_KINDS: [SettingName, SettingKind][] = [
  ["SESSION_ENGINE", "engine"],
  ["SESSION_COOKIE_AGE", "seconds"],
  ["SESSION_EXPIRE_AT_BROWSER_CLOSE", "bool"],
  ["SESSION_SAVE_EVERY_REQUEST", "bool"],
  ["SESSION_COOKIE_NAME", "text"],
  ["SESSION_COOKIE_HTTPONLY", "bool"],
  ["SESSION_COOKIE_SECURE", "bool"],
  ["SESSION_COOKIE_SAMESITE", "samesite"],
  ["SESSION_COOKIE_DOMAIN", "nullableText"],
  ["SESSION_COOKIE_PATH", "text"],
  ["SESSION_FILE_PATH", "nullableText"],
  ["SESSION_CACHE_ALIAS", "text"],
  ["CACHES", "json"],
  ["SECRET_KEY", "text"],
];

/** What the control holds: text for inputs, selects and the JSON editor; a flag for checkboxes. */
export type Raw = string | boolean;

/** A setting's value as its control shows it. */
export function toRaw(kind: SettingKind, value: unknown): Raw {
  switch (kind) {
    case "bool":
      return value === true;
    case "nullableText":
      return typeof value === "string" ? value : "";
    case "seconds":
      return String(value);
    case "samesite": {
      if (typeof value !== "string") return "False";
      const lower = value.toLowerCase();
      return lower === "strict" ? "Strict" : lower === "none" ? "None" : "Lax";
    }
    case "json":
      return JSON.stringify(value, null, 2);
    default:
      return String(value);
  }
}

export type Parsed =
  | { value: unknown }
  | { error: "notNumber" | "inexactInt" }
  | { error: "notJson"; problem: Problem };

/** The value a control's content stands for, or why it stands for none. */
export function parseRaw(kind: SettingKind, raw: Raw): Parsed {
  switch (kind) {
    case "bool":
      return { value: raw === true };
    case "nullableText":
      return { value: String(raw).trim() === "" ? null : String(raw).trim() };
    case "seconds": {
      if (!/^\s*-?\d+\s*$/.test(String(raw))) return { error: "notNumber" };
      // Beyond 2**53 - 1 JavaScript rounds the digits: refused rather than changed (see hasInexactInt).
      const n = Number(raw);
      return Number.isSafeInteger(n) ? { value: n } : { error: "inexactInt" };
    }
    case "samesite":
      return { value: raw === "False" ? false : raw };
    case "json":
      try {
        return { value: JSON.parse(String(raw)) };
      } catch {
        const { code, params } = jsonProblem(String(raw));
        return { error: "notJson", problem: { code: `scenario.${code}`, params } };
      }
    default:
      return { value: raw };
  }
}

import {
  applySettings,
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  type Settings,
} from "../../engine/conf/settings.ts";
import { SettingsError } from "../../engine/conf/SettingsError.ts";
import { parseSettingsPy, type SettingsPyError } from "./parseSettingsPy.ts";

export interface SettingsFromPy {
  /** Django's defaults with the file's assignments over them; null when the file has an error. */
  settings: Settings | null;
  errors: SettingsPyError[];
  /** Names assigned in the file that the playground does not use (Django would keep them). */
  unused: string[];
}

/**
 * The settings a settings.py gives, as Django reads it: every setting the
 * file does not assign keeps Django's default, so deleting a line reverts it.
 */
export function settingsFromPy(source: string): SettingsFromPy {
  const parsed = parseSettingsPy(source);
  const known = SETTING_NAMES as readonly string[];
  const unused = Object.keys(parsed.values).filter((n) => !known.includes(n));
  if (parsed.errors.length) return { settings: null, errors: parsed.errors, unused };
  const values = Object.fromEntries(
    Object.entries(parsed.values).filter(([n]) => known.includes(n)),
  );
  const errors: SettingsPyError[] = [];
  // Each assignment is checked alone first, so every bad line gets its own mark.
  for (const [name, value] of Object.entries(values)) {
    try {
      applySettings({ ...DEFAULT_SETTINGS, SECRET_KEY: "x" }, { [name]: value });
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      if (e.setting !== "SESSION_CACHE_ALIAS")
        errors.push({
          line: parsed.lines[name][0],
          column: 1,
          message: e.message,
          problem: e.problem,
        });
    }
  }
  if (errors.length) return { settings: null, errors, unused };
  if (!values.SECRET_KEY) {
    const line = parsed.lines.SECRET_KEY?.[0] ?? 1;
    return {
      settings: null,
      errors: [
        {
          line,
          column: 1,
          message: "ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
        },
      ],
      unused,
    };
  }
  try {
    return { settings: applySettings(DEFAULT_SETTINGS, values), errors: [], unused };
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    const line = parsed.lines[e.setting]?.[0] ?? 1;
    return {
      settings: null,
      errors: [{ line, column: 1, message: e.message, problem: e.problem }],
      unused,
    };
  }
}

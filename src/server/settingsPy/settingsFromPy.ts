import {
  applySettings,
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  type Settings,
} from "../../engine/conf/settings.ts";
import { SettingsError } from "../../engine/conf/SettingsError.ts";
import { SETTINGS_PROBLEMS } from "../../engine/conf/settingsProblems.ts";
import { difflibRatio } from "../../engine/python/difflibRatio.ts";
import type { Problem } from "../../engine/problem/Problem.ts";
import { problemText } from "../../engine/problem/problemText.ts";
import { pyFloat } from "../../engine/python/pyFloat.ts";
import { truthy } from "../../engine/python/truthy.ts";
import { pyRepr } from "../template/pyRepr.ts";
import { parseSettingsPy, type SettingsPyError } from "./parseSettingsPy.ts";
import { SETTINGS_PY_PROBLEMS } from "./settingsPyProblems.ts";

export interface SettingsFromPy {
  /** Django's defaults with the file's assignments over them; null when the file has an error. */
  settings: Settings | null;
  errors: SettingsPyError[];
  /**
   * Names Django would ignore that look meant for it: a near miss of a setting the playground
   * reads (SESSION_COOKIE_SECURED), or any other SESSION_ name. Not errors: the file applies.
   */
  warnings: SettingsPyError[];
}

/**
 * Django's own settings (global_settings, 5.2) that the checks below would take for a near miss
 * or a stray SESSION_ name; checked against all 146 of them: only this one.
 */
const DJANGO_SETTINGS_NOT_READ_HERE = ["SESSION_SERIALIZER"];

/** A name Django would ignore that a learner likely meant as a setting, as a warning. */
function ignoredWarning(name: string, line: number): SettingsPyError | null {
  if (DJANGO_SETTINGS_NOT_READ_HERE.includes(name)) return null;
  // difflib.get_close_matches(name, SETTING_NAMES, n=1, cutoff=0.8): the best above the cutoff.
  let near: string | null = null;
  let best = 0.8;
  for (const known of SETTING_NAMES) {
    const ratio = difflibRatio(name, known);
    if (ratio >= best) [near, best] = [known, ratio];
  }
  if (!near && !name.startsWith("SESSION_")) return null;
  const problem: Problem = near
    ? { code: "settingsPy.ignoredNear", params: { name, near } }
    : { code: "settingsPy.ignoredSession", params: { name } };
  const message = problemText(SETTINGS_PY_PROBLEMS, "settingsPy", problem);
  return { line, column: 1, message, problem };
}

/** The settings Django only tests for truth (`if settings.SESSION_COOKIE_SECURE:`). */
const TRUTH_SETTINGS = new Set([
  "SESSION_COOKIE_SECURE",
  "SESSION_COOKIE_HTTPONLY",
  "SESSION_EXPIRE_AT_BROWSER_CLOSE",
  "SESSION_SAVE_EVERY_REQUEST",
]);

/**
 * What Django makes of a value Python allows but the setting's own type is
 * not: a bool setting is only tested for truth, so 'False' (a non-empty str)
 * acts as True, the classic slip; and a bool is an int, so
 * SESSION_COOKIE_AGE = True is 1 second. The value as Django uses it, and a
 * warning saying so; null when the value is already of the setting's type.
 */
function asDjangoUsesIt(
  name: string,
  value: unknown,
  isFloat: boolean,
  line: number,
): { value: unknown; warning: SettingsPyError } | null {
  let used: unknown;
  let code: string;
  if (TRUTH_SETTINGS.has(name) && typeof value !== "boolean") {
    [used, code] = [truthy(value), "settingsPy.truthy"];
  } else if (name === "SESSION_COOKIE_AGE" && typeof value === "boolean") {
    [used, code] = [value ? 1 : 0, "settingsPy.boolIsInt"];
  } else if (name === "SESSION_COOKIE_AGE" && isFloat && Number.isSafeInteger(value)) {
    // Django keeps the float (get_expiry_age() answers 1209600.0); the format holds an int.
    [used, code] = [value, "settingsPy.floatAge"];
  } else return null;
  const problem: Problem = {
    code,
    // A float written as Python writes it (0.0, not 0).
    params: { name, value: pyRepr(isFloat ? pyFloat(value as number) : value), used: pyRepr(used) },
  };
  const message = problemText(SETTINGS_PY_PROBLEMS, "settingsPy", problem);
  return { value: used, warning: { line, column: 1, message, problem } };
}

/** A refused value named as the file writes it, in Python ('long', True, None), not as JSON. */
function inPythonWords(
  e: SettingsError,
  value: unknown,
  isFloat: boolean,
): { message: string; problem: Problem } {
  // Django takes any number of seconds; it is the playground that keeps whole ones.
  if (e.setting === "SESSION_COOKIE_AGE" && isFloat && !Number.isInteger(value)) {
    const problem: Problem = {
      code: "settingsPy.floatAgeRefused",
      params: { name: e.setting, value: pyRepr(pyFloat(value as number)) },
    };
    return { message: problemText(SETTINGS_PY_PROBLEMS, "settingsPy", problem), problem };
  }
  if (e.problem.params.got === undefined) return { message: e.message, problem: e.problem };
  const problem = { ...e.problem, params: { ...e.problem.params, got: pyRepr(value) } };
  return { message: problemText(SETTINGS_PROBLEMS, "settings", problem), problem };
}

/**
 * The settings a settings.py gives, as Django reads it: every setting the
 * file does not assign keeps Django's default, so deleting a line reverts it.
 */
export function settingsFromPy(source: string): SettingsFromPy {
  const parsed = parseSettingsPy(source);
  const known = SETTING_NAMES as readonly string[];
  const warnings = Object.keys(parsed.values)
    .filter((n) => !known.includes(n))
    .map((n) => ignoredWarning(n, parsed.lines[n][0]))
    .filter((w) => w !== null);
  if (parsed.errors.length) return { settings: null, errors: parsed.errors, warnings };
  const values = Object.fromEntries(
    Object.entries(parsed.values)
      .filter(([n]) => known.includes(n))
      .map(([n, v]) => {
        const used = asDjangoUsesIt(n, v, parsed.floats.has(n), parsed.lines[n][0]);
        if (!used) return [n, v];
        warnings.push(used.warning);
        return [n, used.value];
      }),
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
          ...inPythonWords(e, value, parsed.floats.has(name)),
        });
    }
  }
  if (errors.length) return { settings: null, errors, warnings };
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
      warnings,
    };
  }
  try {
    return { settings: applySettings(DEFAULT_SETTINGS, values), errors: [], warnings };
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    const line = parsed.lines[e.setting]?.[0] ?? 1;
    return {
      settings: null,
      errors: [{ line, column: 1, message: e.message, problem: e.problem }],
      warnings,
    };
  }
}

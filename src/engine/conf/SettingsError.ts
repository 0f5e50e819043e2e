import type { Problem } from "../problem/Problem.ts";
import { problemText } from "../problem/problemText.ts";
import { SETTINGS_PROBLEMS, type SettingsProblemCode } from "./settingsProblems.ts";

/** A setting that Django would refuse (or that the scenario format does not know). */
export class SettingsError extends Error {
  readonly problem: Problem;

  constructor(
    readonly setting: string,
    code: SettingsProblemCode,
    params: Problem["params"] = {},
  ) {
    const problem = { code: `settings.${code}`, params };
    super(problemText(SETTINGS_PROBLEMS, "settings", problem));
    this.problem = problem;
    this.name = "SettingsError";
  }
}

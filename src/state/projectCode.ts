import type { Problem } from "../engine/problem/Problem.ts";
import { DEFAULT_VIEWS_PY } from "../server/python/defaultViewsPy.ts";
import { DEFAULT_SETTINGS_PY } from "../server/settingsPy/defaultSettingsPy.ts";
import { backendHtml } from "../server/templates/backendHtml.ts";
import { loginHtml } from "../server/templates/loginHtml.ts";

/** The project files a learner can edit (a light module: the UI imports it). */
export const CODE_FILES = ["settings.py", "views.py", "login.html", "backend.html"] as const;
export type CodeFile = (typeof CODE_FILES)[number];
export type ProjectCode = Record<CodeFile, string>;

export const DEFAULT_CODE: ProjectCode = {
  "settings.py": DEFAULT_SETTINGS_PY,
  "views.py": DEFAULT_VIEWS_PY,
  "login.html": loginHtml,
  "backend.html": backendHtml,
};

/** Whether any file differs from the tutorial's version (work a replaced playground would lose). */
export function isEditedCode(code: ProjectCode): boolean {
  return CODE_FILES.some((f) => code[f] !== DEFAULT_CODE[f]);
}

/** A problem to mark in the editor: 1-based line and column. */
export interface CodeMark {
  line: number;
  column: number;
  message: string;
  /** A refused setting, for the UI to say in the learner's language (`message` is the English). */
  problem?: Problem;
  /** Not an error (the file applies): a name Django would ignore, likely meant as a setting. */
  warning?: true;
}

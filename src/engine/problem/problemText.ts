import { fillTemplate } from "./fillTemplate.ts";
import type { Problem } from "./Problem.ts";

/** A table of message templates in i18next's syntax, nested by the code's dots. */
export interface ProblemTable {
  readonly [key: string]: string | ProblemTable;
}

/**
 * A problem's message from `table`, which holds the codes under `prefix`.
 * It reads the templates as i18next does for English ("{{name}}" is a
 * param; "code_one" / "code_other" are chosen by `count`) because the
 * same tables are the app's English translations. The engine cannot use
 * i18next itself (it imports no library of the UI's), and this is all of
 * i18next that the tables use.
 */
export function problemText(table: ProblemTable, prefix: string, problem: Problem): string {
  const path = problem.code.startsWith(`${prefix}.`)
    ? problem.code.slice(prefix.length + 1).split(".")
    : null;
  if (!path) throw new Error(`${problem.code} is not a code of "${prefix}"`);
  const last = path.pop()!;
  let node: string | ProblemTable = table;
  for (const part of path) node = typeof node === "object" ? node[part] : node;
  const count = problem.params.count;
  const template =
    typeof node === "object"
      ? (node[last] ?? node[`${last}_${count === 1 ? "one" : "other"}`])
      : undefined;
  if (typeof template !== "string") throw new Error(`no message for ${problem.code}`);
  return fillTemplate(template, problem.params, problem.code);
}

import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { Problem } from "../engine/problem/Problem.ts";
import { SCENARIO_PROBLEMS, type ScenarioProblemCode } from "./scenarioProblems.ts";

/**
 * Where JSON.parse gave up on `text`, and why: V8's own message often has
 * no position and is always English, so jsonc-parser reads the text again
 * and its error code becomes the problem's (translated by the app). The
 * code is the scenario table's ("json.CommaExpected").
 */
export function jsonProblem(text: string): {
  code: ScenarioProblemCode;
  params: Problem["params"];
} {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  const name = first && printParseErrorCode(first.error);
  if (!first || !name || !(name in SCENARIO_PROBLEMS.json))
    return { code: "json.unknown", params: {} };
  const before = text.slice(0, first.offset);
  return {
    code: `json.${name as keyof typeof SCENARIO_PROBLEMS.json}`,
    params: {
      line: before.split("\n").length,
      column: first.offset - before.lastIndexOf("\n"),
    },
  };
}

import type { Problem } from "../engine/problem/Problem.ts";
import { problemText } from "../engine/problem/problemText.ts";
import { SCENARIO_PROBLEMS, type ScenarioProblemCode } from "./scenarioProblems.ts";

/** A scenario that cannot run: one line naming the problem and where it is. */
export class ScenarioError extends Error {
  constructor(
    /** A path into the document, such as "steps[0].request.path"; "" for the whole document. */
    readonly where: string,
    /** What is wrong, for the app to say in the learner's language. */
    readonly problem: Problem,
    /** The same in English. */
    readonly detail: string,
  ) {
    super(where ? `${where}: ${detail}` : detail);
    this.name = "ScenarioError";
  }

  /** The error for one of the scenario's own problems. */
  static of(where: string, code: ScenarioProblemCode, params: Problem["params"] = {}) {
    const problem = { code: `scenario.${code}`, params };
    return new ScenarioError(where, problem, problemText(SCENARIO_PROBLEMS, "scenario", problem));
  }
}

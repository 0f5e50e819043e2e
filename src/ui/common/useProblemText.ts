import { useCallback } from "react";
import type { Problem } from "../../engine/problem/Problem.ts";
import { useT } from "../../i18n/useT.ts";

/** A refused scenario's or setting's problem in the learner's language, after where it is ("steps[0].request.path: ..."). */
export function useProblemText(): (problem: Problem & { where?: string }) => string {
  const { t } = useT("problems");
  // One function per language, so it can be a memo's dependency.
  return useCallback(
    ({ code, params, where }) => `${where ? `${where}: ` : ""}${t(code, params)}`,
    [t],
  );
}

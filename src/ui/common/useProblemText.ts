import { useCallback } from "react";
import type { Problem } from "../../engine/problem/Problem.ts";
import { fillTemplate } from "../../engine/problem/fillTemplate.ts";
import { useT } from "../../i18n/useT.ts";

/** A refused scenario's or setting's problem in the learner's language, after where it is ("steps[0].request.path: ..."). */
export function useProblemText(): (problem: Problem & { where?: string }) => string {
  const { t } = useT("problems");
  // One function per language, so it can be a memo's dependency.
  return useCallback(
    ({ code, params, where }) => {
      // i18next picks the template (and its plural form by count); the values go in after, in one pass.
      const template = t(code, params.count === undefined ? {} : { count: params.count });
      // "steps[0].request.path: …" in English, with the full-width "：" in Chinese.
      return `${where ? t("common:at", { where }) : ""}${fillTemplate(template, params, code)}`;
    },
    [t],
  );
}

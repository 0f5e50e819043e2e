import { useT } from "../../i18n/useT.ts";
import type { Notice } from "../../state/createPlayground.ts";
import { useProblemText } from "./useProblemText.ts";

/** A notice in the learner's language: the app's wording, with a known problem translated too. */
export function useNoticeText(): (notice: Notice) => string {
  const { t } = useT("common");
  const problemText = useProblemText();
  return (notice) =>
    t(`notices.${notice.key}`, {
      detail: notice.problem ? problemText(notice.problem) : (notice.detail ?? ""),
    });
}

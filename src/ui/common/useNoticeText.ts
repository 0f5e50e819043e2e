import { useT } from "../../i18n/useT.ts";
import type { Notice } from "../../state/createPlayground.ts";

/** A notice in the learner's language: the app's wording, with the technical detail as it came. */
export function useNoticeText(): (notice: Notice) => string {
  const { t } = useT("common");
  return (notice) => t(`notices.${notice.key}`, { detail: notice.detail ?? "" });
}

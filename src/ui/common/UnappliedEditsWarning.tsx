import { useT } from "../../i18n/useT.ts";
import { useUnappliedEdits } from "./useUnappliedEdits.ts";

/** In a question before the playground is replaced (Reset, Import): unapplied edits go too. */
export function UnappliedEditsWarning() {
  const { t } = useT("toolbar");
  return useUnappliedEdits() ? <p className="tb-warn">{t("dialog.dropsUnapplied")}</p> : null;
}

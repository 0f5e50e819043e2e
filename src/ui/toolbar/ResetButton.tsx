import { useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { ModalDialog } from "../common/ModalDialog.tsx";
import { UnappliedEditsWarning } from "../common/UnappliedEditsWarning.tsx";

/** Reset asks first: it throws away the whole timeline. */
export function ResetButton() {
  const { t } = useT("toolbar");
  const reset = usePlayground((s) => s.reset);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="danger" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("reset.button")}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t("reset.title")}>
        <p>{t("reset.body")}</p>
        <UnappliedEditsWarning />
        <div className="row modal-dialog-actions">
          <button
            type="button"
            className="primary tb-danger-primary"
            onClick={() => {
              void reset();
              setOpen(false);
            }}
          >
            {t("reset.confirm")}
          </button>
          <button type="button" data-autofocus onClick={() => setOpen(false)}>
            {t("dialog.cancel")}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}

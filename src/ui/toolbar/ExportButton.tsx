import { useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlaygroundStore } from "../../state/usePlayground.ts";
import { CopyButton } from "./CopyButton.tsx";
import { ModalDialog } from "../common/ModalDialog.tsx";
import { downloadScenario, SCENARIO_FILE_NAME } from "../common/downloadScenario.ts";

/** Export: the scenario JSON, to download or copy. */
export function ExportButton() {
  const { t } = useT("toolbar");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("export.button")}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t("export.title")}>
        <ExportContent onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

function ExportContent({ onDone }: { onDone(): void }) {
  const { t } = useT("toolbar");
  const store = usePlaygroundStore();
  const [json] = useState(() => store.getState().exportScenario());
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  return (
    <div className="stack">
      <p>{t("export.intro")}</p>
      <label htmlFor={fieldId}>{t("export.field")}</label>
      <textarea id={fieldId} ref={field} className="tb-json" readOnly rows={12} value={json} />
      <div className="row modal-dialog-actions">
        <button
          type="button"
          className="primary"
          data-autofocus
          onClick={() => downloadScenario(json)}
        >
          {t("export.download", { file: SCENARIO_FILE_NAME })}
        </button>
        <CopyButton text={json} field={field} />
        <span className="tb-fill" />
        <button type="button" onClick={onDone}>
          {t("dialog.close")}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import type { Notice } from "../../state/createPlayground.ts";
import { usePlayground, usePlaygroundStore } from "../../state/usePlayground.ts";
import { InactiveButton } from "../common/InactiveButton.tsx";
import { useNoticeText } from "../common/useNoticeText.ts";
import { UnappliedEditsWarning } from "../common/UnappliedEditsWarning.tsx";
import { ModalDialog } from "../common/ModalDialog.tsx";

/**
 * Import: a .json file or pasted JSON; a bad scenario keeps the dialog open with the reason.
 * While the scenario is tried (see importScenario) the dialog says how far it got, and Cancel,
 * or closing the dialog, stops it with nothing changed.
 */
export function ImportButton() {
  const { t } = useT("toolbar");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("import.button")}
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t("import.title")}>
        <ImportForm onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

interface DialogError {
  own: "empty" | "failed" | "unreadable";
  file?: string;
}

function ImportForm({ onDone }: { onDone(): void }) {
  const { t } = useT("toolbar");
  const store = usePlaygroundStore();
  const [text, setText] = useState("");
  /** Why the scenario was refused: the dialog's own words (by key, so a language switch re-says them), or the store's notice. */
  const [error, setError] = useState<DialogError | Notice | null>(null);
  const noticeText = useNoticeText();
  const [working, setWorking] = useState(false);
  const importing = usePlayground((s) => s.importing);
  /** The import under way, to cancel; closing the dialog cancels it too. */
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const fileId = useId();
  const textId = useId();
  const errorId = useId();

  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim()) {
          setError({ own: "empty" });
          return;
        }
        setWorking(true);
        const controller = new AbortController();
        running.current = controller;
        let ok = false;
        try {
          ok = await store.getState().importScenario(text, controller.signal);
        } catch (e) {
          // Not a refusal the core put into words: said as it came, the dialog kept open.
          store.getState().dismissNotice();
          setError({ key: "error", detail: e instanceof Error ? e.message : String(e) });
          return;
        } finally {
          running.current = null;
          setWorking(false);
        }
        // Cancelled: the dialog has closed already.
        if (controller.signal.aborted && !ok) return;
        if (ok) return onDone();
        // The dialog says why, beside the JSON; the page's banner behind it would say it twice.
        const { notice } = store.getState();
        if (notice) store.getState().dismissNotice();
        setError(notice ?? { own: "failed" });
      }}
    >
      <p>{t("import.intro")}</p>
      <UnappliedEditsWarning />
      <label htmlFor={fileId}>{t("import.file")}</label>
      <input
        id={fileId}
        type="file"
        accept=".json,application/json"
        data-autofocus
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          try {
            setText(await file.text());
            setError(null);
          } catch {
            setError({ own: "unreadable", file: file.name });
          }
        }}
      />
      <label htmlFor={textId}>{t("import.paste")}</label>
      <textarea
        id={textId}
        className="tb-json"
        rows={10}
        value={text}
        spellCheck={false}
        placeholder='{ "start": "2026-01-01T00:00:00Z", "settings": { … }, "steps": [ … ] }'
        aria-invalid={error !== null}
        aria-describedby={errorId}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <div id={errorId} role="alert" className="tb-error">
        {error && (
          <>
            {/* The key ends with its separator: "Not imported: ", "未能导入：". */}
            <strong>{t("import.notImported")}</strong>
            {"own" in error ? t(`import.${error.own}`, { file: error.file }) : noticeText(error)}
          </>
        )}
      </div>
      <p role="status" className="hint">
        {importing && working ? t(`import.${importing.phase}`, importing) : null}
      </p>
      <div className="row modal-dialog-actions">
        <button type="submit" className="primary" disabled={working}>
          {working ? t("import.working") : t("import.submit")}
        </button>
        {/* Once the scenario has run, applying it is quick and is not stopped half-way. */}
        <InactiveButton
          inactive={importing?.phase === "applying"}
          onPress={() => {
            running.current?.abort();
            onDone();
          }}
        >
          {t("dialog.cancel")}
        </InactiveButton>
      </div>
    </form>
  );
}

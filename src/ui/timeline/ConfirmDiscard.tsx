import { useEffect, useId, useRef } from "react";
import { useT } from "../../i18n/useT.ts";

/**
 * Asks before continuing from a past step: the steps after it are discarded.
 * Focus goes to "Cancel", the choice that loses nothing (as Reset's question does, and as
 * WAI-ARIA's alert dialog pattern advises for a destructive action): Escape cancels too,
 * and Shift+Tab reaches the confirming button.
 */
export function ConfirmDiscard({
  step,
  later,
  onConfirm,
  onCancel,
}: {
  /** 0-based index of the step to continue from. */
  step: number;
  later: number;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useT("timeline");
  const textId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <div
      className="confirm-discard"
      role="alertdialog"
      aria-labelledby={textId}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <span id={textId}>{t("confirm.text", { step: step + 1, count: later })}</span>
      <span className="row">
        <button className="danger" onClick={onConfirm}>
          {t("confirm.yes", { count: later })}
        </button>
        <button ref={cancel} onClick={onCancel}>
          {t("confirm.no")}
        </button>
      </span>
    </div>
  );
}

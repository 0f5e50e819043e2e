import { useEffect, useId, useRef } from "react";
import { useT } from "../../i18n/useT.ts";

/**
 * Asks before continuing from a past step: the steps after it are discarded.
 * Focus goes to the confirming button so Enter / Escape answer at once.
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
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.focus();
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
        <button ref={confirm} className="danger" onClick={onConfirm}>
          {t("confirm.yes", { count: later })}
        </button>
        <button onClick={onCancel}>{t("confirm.no")}</button>
      </span>
    </div>
  );
}

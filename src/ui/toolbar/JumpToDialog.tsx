import { useId, useState } from "react";
import { DATETIME_MAX_MS } from "../../engine/datetimeMax.ts";
import { useT } from "../../i18n/useT.ts";
import { ModalDialog } from "../common/ModalDialog.tsx";
import { splitDuration } from "./splitDuration.ts";
import { formatUtc, parseUtcInput, toUtcInput } from "./utcTime.ts";

/** "Jump to…": picks a moment after `now`; `onJump` gets the difference, one advance step. */
export function JumpToDialog({
  open,
  onClose,
  now,
  onJump,
}: {
  open: boolean;
  onClose(): void;
  now: number;
  onJump(seconds: number): void;
}) {
  const { t } = useT("toolbar");
  return (
    <ModalDialog open={open} onClose={onClose} title={t("jumpTo.title")}>
      <JumpToForm now={now} onDone={onClose} onJump={onJump} />
    </ModalDialog>
  );
}

function JumpToForm({
  now,
  onDone,
  onJump,
}: {
  now: number;
  onDone(): void;
  onJump(seconds: number): void;
}) {
  const { t } = useT("toolbar");
  const [value, setValue] = useState(() => toUtcInput(now + 86400_000));
  const [tried, setTried] = useState(false);
  const fieldId = useId();
  const messageId = useId();

  const target = parseUtcInput(value);
  const seconds = target === null ? null : Math.round((target - now) / 1000);
  const problem =
    target === null
      ? t("jumpTo.invalid")
      : seconds! < 0
        ? t("jumpTo.past", { target: formatUtc(target), now: formatUtc(now) })
        : seconds === 0
          ? t("jumpTo.same")
          : target > DATETIME_MAX_MS
            ? t("jumpTo.tooLate")
            : null;
  const duration = splitDuration(seconds ?? 0)
    .map((p) => t(`duration.${p.unit}`, { count: p.count }))
    .join(" ");

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problem || seconds === null) return;
        onDone();
        onJump(seconds);
      }}
    >
      <p>{t("jumpTo.intro", { now: formatUtc(now) })}</p>
      <label htmlFor={fieldId}>{t("jumpTo.field")}</label>
      <input
        id={fieldId}
        type="datetime-local"
        step={1}
        value={value}
        data-autofocus
        aria-invalid={tried && problem !== null}
        aria-describedby={messageId}
        onChange={(e) => setValue(e.target.value)}
      />
      <p id={messageId} role="status" className={problem ? "tb-error" : "tb-ok"}>
        {problem
          ? // An unfinished date is only an error once the learner tries to jump.
            tried || target !== null
            ? problem
            : ""
          : // The field is drawn in the browser's own format (12-hour in en-US): the moment is
            // repeated here as every other time in the lab is written.
            t("jumpTo.willAdvance", { duration, target: formatUtc(target!) })}
      </p>
      <div className="row modal-dialog-actions">
        <button type="submit" className="primary">
          {t("jumpTo.submit")}
        </button>
        <button type="button" onClick={onDone}>
          {t("dialog.cancel")}
        </button>
      </div>
    </form>
  );
}

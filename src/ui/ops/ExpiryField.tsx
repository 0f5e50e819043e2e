import { useId } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { isNaiveIso, type ExpiryKind, type OpDraft } from "./opDraft.ts";

const KINDS: ExpiryKind[] = ["seconds", "browserClose", "none", "datetime", "timedelta"];

/** An hour after the playground's clock, as Python's isoformat() writes an aware UTC datetime. */
const inAnHour = (now: number) =>
  new Date(now + 3_600_000).toISOString().replace(/\.\d+Z$/, "+00:00");

/** set_expiry's argument: int seconds, 0, None, a datetime or a timedelta. */
export function ExpiryField({
  draft,
  patch,
}: {
  draft: OpDraft;
  patch(p: Partial<OpDraft>): void;
}) {
  const { t } = useT("ops");
  const now = usePlayground((s) => s.now);
  const kind = draft.expiryKind;
  const datetimeId = useId();
  return (
    <>
      <label className="ops-field">
        <span className="ops-field-label">{t("fields.expiry")}</span>
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as ExpiryKind;
            patch({
              expiryKind: next,
              ...(next === "datetime" && !draft.expiryDatetime
                ? { expiryDatetime: inAnHour(now) }
                : {}),
            });
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`expiryKinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {(kind === "seconds" || kind === "timedelta") && (
        <label className="ops-field">
          <span className="ops-field-label">{t("fields.seconds")}</span>
          <input
            className="mono ops-number"
            inputMode="numeric"
            value={kind === "seconds" ? draft.expirySeconds : draft.expiryDelta}
            onChange={(e) =>
              patch(
                kind === "seconds"
                  ? { expirySeconds: e.target.value }
                  : { expiryDelta: e.target.value },
              )
            }
          />
        </label>
      )}
      {kind === "datetime" && (
        <div className="ops-field">
          <label htmlFor={datetimeId} className="ops-field-label">
            {t("fields.datetime")}
          </label>
          <input
            id={datetimeId}
            className="mono ops-datetime"
            value={draft.expiryDatetime}
            spellCheck={false}
            onChange={(e) => patch({ expiryDatetime: e.target.value })}
          />
          {isNaiveIso(draft.expiryDatetime) && <span className="hint ops-warn">{t("naive")}</span>}
        </div>
      )}
    </>
  );
}

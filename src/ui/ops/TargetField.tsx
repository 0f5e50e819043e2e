import { useId } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { targetOf, targetsFor, type OpDraft, type TargetKind } from "./opDraft.ts";
import { pyLiteral } from "./pyLiteral.ts";

/** exists() / delete(): this browser's session cookie, a key typed in, None, or (delete) no argument. */
export function TargetField({
  op,
  draft,
  patch,
}: {
  op: string;
  draft: OpDraft;
  patch(p: Partial<OpDraft>): void;
}) {
  const { t } = useT("ops");
  const browser = usePlayground((s) => s.currentBrowser);
  const name = usePlayground((s) => s.settings.SESSION_COOKIE_NAME);
  const cookie = usePlayground((s) => s.jars[browser]?.find((c) => c.name === name));
  const target = targetOf(op, draft);
  const selectId = useId();
  return (
    <>
      <div className="ops-field">
        <label htmlFor={selectId} className="ops-field-label">
          {t("fields.target")}
        </label>
        <select
          id={selectId}
          value={target}
          onChange={(e) => patch({ target: e.target.value as TargetKind })}
        >
          {targetsFor(op).map((k) => (
            <option key={k} value={k}>
              {t(`targets.${k}`, { browser })}
            </option>
          ))}
        </select>
        {target === "cookie" && (
          <span className="hint">
            {cookie
              ? t("cookieIs", { browser, name, value: pyLiteral(cookie.value) })
              : t("cookieNone", { browser, name })}
          </span>
        )}
      </div>
      {target === "key" && (
        <label className="ops-field">
          <span className="ops-field-label">{t("fields.targetKey")}</span>
          <input
            className="mono ops-value"
            value={draft.targetKey}
            spellCheck={false}
            onChange={(e) => patch({ targetKey: e.target.value })}
          />
        </label>
      )}
    </>
  );
}

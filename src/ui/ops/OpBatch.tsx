import { useT } from "../../i18n/useT.ts";
import type { Op } from "../../server/views/ops.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { InactiveButton } from "../common/InactiveButton.tsx";
import { opPython } from "./opPython.ts";
import { PythonLine } from "./PythonLine.tsx";
import { useOpsUi } from "./opsUi.ts";

/** Ops queued to go together in one request (the view runs them in order on one request.session). */
export function OpBatch({ onRun }: { onRun(ops: Op[]): void }) {
  const { t } = useT("ops");
  const batch = useOpsUi((s) => s.batch);
  const remove = useOpsUi((s) => s.removeFromBatch);
  const clear = useOpsUi((s) => s.clearBatch);
  const browser = usePlayground((s) => s.currentBrowser);
  const cookieName = usePlayground((s) => s.settings.SESSION_COOKIE_NAME);
  const busy = usePlayground((s) => s.busy);
  if (!batch.length) return null;
  return (
    <section className="ops-batch" aria-label={t("batch.label")}>
      <div className="row">
        <strong>{t("batch.title", { count: batch.length })}</strong>
        <span className="hint">{t("batch.hint")}</span>
      </div>
      <ol className="ops-batch-list">
        {batch.map((op, i) => {
          const python = opPython(op, { browser, cookieName });
          return (
            <li key={i}>
              <code>
                <PythonLine code={python} />
              </code>
              <button
                type="button"
                className="ops-remove"
                aria-label={t("batch.remove", { python })}
                title={t("batch.remove", { python })}
                onClick={() => remove(i)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <InactiveButton className="primary" inactive={busy} onPress={() => onRun(batch)}>
          {t("batch.run", { count: batch.length })}
        </InactiveButton>
        <button type="button" onClick={clear}>
          {t("batch.clear")}
        </button>
      </div>
    </section>
  );
}

import { useT } from "../../i18n/useT.ts";
import { OP_SIGNATURES, type Op } from "../../server/views/ops.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { ExpiryField } from "./ExpiryField.tsx";
import { opLabel } from "./opCatalog.ts";
import { buildOp } from "./opDraft.ts";
import { fillTemplate, opPython } from "./opPython.ts";
import { useOpsUi } from "./opsUi.ts";
import { PythonLine } from "./PythonLine.tsx";
import { TargetField } from "./TargetField.tsx";
import { ValueField } from "./ValueField.tsx";
import { InactiveButton } from "../common/InactiveButton.tsx";

/** One op's arguments, the Python line they make, what it does, and Run / Add to batch. */
export function OpEditor({
  op,
  onRun,
  onQueue,
  describedBy,
}: {
  op: string;
  onRun(ops: Op[]): void;
  onQueue(op: Op): void;
  /** The id of the op's explanation, which the panel shows below the last result. */
  describedBy: string;
}) {
  const { t } = useT("ops");
  const draft = useOpsUi((s) => s.draft);
  const patch = useOpsUi((s) => s.patchDraft);
  const browser = usePlayground((s) => s.currentBrowser);
  const cookieName = usePlayground((s) => s.settings.SESSION_COOKIE_NAME);
  const busy = usePlayground((s) => s.busy);
  const sig = OP_SIGNATURES[op];
  const built = buildOp(op, draft, browser);
  const python =
    "op" in built
      ? opPython(built.op, { browser, cookieName })
      : fillTemplate(
          sig.python,
          sig.args.map(() => "…"),
        );

  const run = () => {
    // While a step runs, Run is only inactive (it keeps focus), and Enter in a field, which can
    // submit the form without Run's click, must not queue another run either.
    if (!busy && "op" in built) onRun([built.op]);
  };

  return (
    <form
      className="ops-editor stack"
      // The fields are checked by buildOp; the browser's own validation would only force a layout.
      noValidate
      aria-label={opLabel(op)}
      aria-describedby={describedBy}
      onSubmit={(e) => {
        // A submission that did not come through Run's click (requestSubmit): the same as Run.
        e.preventDefault();
        run();
      }}
    >
      {sig.args.length > 0 && (
        <div className="ops-fields">
          {sig.args.map((kind, i) => {
            if (kind === "key")
              return (
                <label key={i} className="ops-field">
                  <span className="ops-field-label">{t("fields.key")}</span>
                  <input
                    className="mono ops-key"
                    value={draft.key}
                    spellCheck={false}
                    autoComplete="off"
                    onChange={(e) => patch({ key: e.target.value })}
                  />
                </label>
              );
            if (kind === "expiry") return <ExpiryField key={i} draft={draft} patch={patch} />;
            if (kind === "keyOrNull")
              return <TargetField key={i} op={op} draft={draft} patch={patch} />;
            if (kind === "object")
              return (
                <label key={i} className="ops-field ops-wide">
                  <span className="ops-field-label">{t("fields.object")}</span>
                  <input
                    className="mono"
                    value={draft.object}
                    spellCheck={false}
                    onChange={(e) => patch({ object: e.target.value })}
                  />
                </label>
              );
            if (i < sig.required)
              return (
                <ValueField
                  key={i}
                  label={t("fields.value")}
                  text={draft.value}
                  onChange={(value) => patch({ value })}
                />
              );
            return (
              <div key={i} className="ops-field ops-optional">
                <label className="row">
                  <input
                    type="checkbox"
                    checked={draft.withDefault}
                    onChange={(e) => patch({ withDefault: e.target.checked })}
                  />
                  {t("fields.withDefault")}
                </label>
                <ValueField
                  label={t("fields.default")}
                  text={draft.defaultValue}
                  disabled={!draft.withDefault}
                  onChange={(defaultValue) => patch({ defaultValue })}
                />
              </div>
            );
          })}
        </div>
      )}
      <div className="python ops-python" aria-label={t("pythonLabel")} role="group">
        <PythonLine code={python} />
      </div>
      {"error" in built && (
        <p className="ops-error" role="alert">
          {t(`errors.${built.error}`)}
        </p>
      )}
      <div className="row">
        {/* The form's submit button, so Enter in any field presses it; the click is taken here and
            its submission cancelled, which Chromium would spend a third of a millisecond on. */}
        {/* Marked as the tools' main action: a pane that grows into the tools leaves it whole. */}
        <InactiveButton
          type="submit"
          className="primary"
          data-keep-in-view
          disabled={"error" in built}
          inactive={busy}
          onPress={run}
        >
          {t("run")}
        </InactiveButton>
        <button
          type="button"
          disabled={"error" in built}
          onClick={() => "op" in built && onQueue(built.op)}
        >
          {t("addToBatch")}
        </button>
        <span className="hint">{t("sentBy", { browser })}</span>
      </div>
    </form>
  );
}

import { useEffect, useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { isEditedCode } from "../../state/projectCode.ts";
import { UnappliedEditsWarning } from "../common/UnappliedEditsWarning.tsx";
import { useUnappliedEdits } from "../common/useUnappliedEdits.ts";
import "../common/modalDialog.css";

/** What a pending share link's scenario carries, for the question: its steps and its views.py. */
function readShared(text: string): { steps: number; views: string | null } {
  try {
    const doc = JSON.parse(text) as { steps?: unknown; code?: Record<string, unknown> };
    const views = doc.code?.["views.py"];
    return {
      steps: Array.isArray(doc.steps) ? doc.steps.length : 0,
      views: typeof views === "string" ? views : null,
    };
  } catch {
    // Opening it says why it cannot be read.
    return { steps: 0, views: null };
  }
}

/**
 * A share link that would replace the learner's work, or that carries
 * views.py: the link waits here for an answer. Keeping the playground is the
 * first choice offered (and Escape's) whenever there is something to keep.
 */
export function SharedScenarioDialog() {
  const { t } = useT("toolbar");
  const pending = usePlayground((s) => s.pendingShare);
  // Read only while a link waits (0 otherwise), so a new step does not re-render the dialog.
  const mySteps = usePlayground((s) => (s.pendingShare ? s.timeline.length : 0));
  const edited = usePlayground((s) => s.pendingShare !== null && isEditedCode(s.code));
  const unapplied = useUnappliedEdits();
  const accept = usePlayground((s) => s.acceptShare);
  const decline = usePlayground((s) => s.declineShare);
  const keep = usePlayground((s) => s.keepPlayground);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (pending && !ref.current?.open) ref.current?.showModal();
    if (!pending && ref.current?.open) ref.current.close();
  }, [pending]);
  if (!pending) return null;
  const { steps, views } = readShared(pending);
  const somethingToKeep = mySteps > 0 || edited || unapplied;
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby="shared-scenario-title"
      onCancel={(e) => {
        // Escape keeps the playground; with nothing to keep, the learner picks how to open it.
        e.preventDefault();
        if (somethingToKeep) keep();
      }}
    >
      <h2 id="shared-scenario-title">{t(views === null ? "shared.title" : "shared.titleCode")}</h2>
      <div className="stack">
        <p>{t("shared.steps", { count: steps })}</p>
        {(mySteps > 0 || edited) && (
          <p className="tb-warn">
            {mySteps > 0 ? t("shared.replaces", { count: mySteps }) : t("shared.replacesCode")}
          </p>
        )}
        <UnappliedEditsWarning />
        {views !== null && (
          <>
            <p>{t("shared.code")}</p>
            <pre className="python" style={{ maxHeight: "40vh", overflow: "auto" }}>
              {views}
            </pre>
          </>
        )}
        <div className="row modal-dialog-actions">
          {somethingToKeep && (
            <button type="button" className="primary" onClick={keep} autoFocus>
              {t("shared.keep")}
            </button>
          )}
          {views === null ? (
            <button type="button" onClick={() => void decline()}>
              {t("shared.open")}
            </button>
          ) : (
            <>
              <button type="button" onClick={() => void decline()} autoFocus={!somethingToKeep}>
                {t("shared.skip")}
              </button>
              <button type="button" onClick={() => void accept()}>
                {t("shared.run")}
              </button>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}

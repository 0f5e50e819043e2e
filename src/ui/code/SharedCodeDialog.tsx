import { useEffect, useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";

/** A share link that carries views.py: the code is shown, and runs only if the learner says so. */
export function SharedCodeDialog() {
  const { t } = useT("code");
  const pending = usePlayground((s) => s.pendingShare);
  const accept = usePlayground((s) => s.acceptShare);
  const decline = usePlayground((s) => s.declineShare);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (pending && !ref.current?.open) ref.current?.showModal();
    if (!pending && ref.current?.open) ref.current.close();
  }, [pending]);
  if (!pending) return null;
  let views = "";
  try {
    views = (JSON.parse(pending) as { code?: Record<string, string> }).code?.["views.py"] ?? "";
  } catch {
    // carriesViews() already parsed it; nothing to show otherwise.
  }
  return (
    <dialog ref={ref} aria-labelledby="shared-code-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="shared-code-title">{t("share.title")}</h2>
      <p>{t("share.body")}</p>
      <pre className="python" style={{ maxHeight: "40vh", overflow: "auto" }}>
        {views}
      </pre>
      <div className="row">
        <button className="primary" onClick={() => void accept()}>
          {t("share.run")}
        </button>
        <button onClick={() => void decline()} autoFocus>
          {t("share.skip")}
        </button>
      </div>
    </dialog>
  );
}

import { useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { ConfirmDiscard } from "../timeline/ConfirmDiscard.tsx";

/** Shown while the learner looks at a past step: the page is as it was then, read-only. */
export function PastBanner({ index }: { index: number }) {
  const { t } = useT("browser");
  const select = usePlayground((s) => s.select);
  const continueFrom = usePlayground((s) => s.continueFrom);
  const later = usePlayground((s) => s.timeline.length - 1 - index);
  // Continuing discards the later steps: as everywhere else, only after a yes.
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="browser-past" role="region" aria-label={t("past.label")}>
      <span>
        <strong>{t("past.viewing", { n: index + 1 })}</strong> {t("past.readOnly")}
      </span>
      <span className="row">
        <button type="button" className="primary" onClick={() => select(null)}>
          {t("past.present")}
        </button>
        <button type="button" title={t("past.continueHint")} onClick={() => setConfirming(true)}>
          {t("past.continue")}
        </button>
      </span>
      {confirming && (
        <ConfirmDiscard
          step={index}
          later={later}
          onConfirm={() => {
            setConfirming(false);
            void continueFrom(index);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

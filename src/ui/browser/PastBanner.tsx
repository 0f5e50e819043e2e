import { useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { usePastGuard } from "../timeline/usePastGuard.tsx";

/** Shown while the learner looks at a past step: the page is as it was then, read-only. */
export function PastBanner({ index }: { index: number }) {
  const { t } = useT("browser");
  const select = usePlayground((s) => s.select);
  const continueFrom = usePlayground((s) => s.continueFrom);
  // Continuing discards the later steps: as everywhere else, only after a yes. Either answer
  // gives focus back to the button that asked; when this banner goes, the pane passes it on.
  const continueButton = useRef<HTMLButtonElement>(null);
  const past = usePastGuard({ returnFocus: () => continueButton.current?.focus() });
  return (
    <div className="browser-past" role="region" aria-label={t("past.label")}>
      <span>
        <strong>{t("past.viewing", { n: index + 1 })}</strong> {t("past.readOnly")}
      </span>
      <span className="row">
        <button type="button" className="primary" onClick={() => select(null)}>
          {t("past.present")}
        </button>
        <button
          ref={continueButton}
          type="button"
          title={t("past.continueHint")}
          onClick={() => past.guard(() => continueFrom(index))}
        >
          {t("past.continue")}
        </button>
      </span>
      {past.prompt}
    </div>
  );
}

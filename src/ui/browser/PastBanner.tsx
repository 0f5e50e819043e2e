import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";

/** Shown while the learner looks at a past step: the page is as it was then, read-only. */
export function PastBanner({ index }: { index: number }) {
  const { t } = useT("browser");
  const select = usePlayground((s) => s.select);
  const continueFrom = usePlayground((s) => s.continueFrom);
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
          type="button"
          title={t("past.continueHint")}
          onClick={() => void continueFrom(index)}
        >
          {t("past.continue")}
        </button>
      </span>
    </div>
  );
}

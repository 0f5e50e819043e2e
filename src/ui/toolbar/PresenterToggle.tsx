import { useT } from "../../i18n/useT.ts";
import { uiPrefs, useUiPrefs } from "../../state/uiPrefs.ts";

/** Larger type for a projector (App puts html.presenter on). */
export function PresenterToggle() {
  const { t } = useT("toolbar");
  const presenter = useUiPrefs((s) => s.presenter);
  return (
    <button
      type="button"
      className="tb-toggle"
      aria-pressed={presenter}
      title={t("presenter.hint")}
      onClick={() => uiPrefs.getState().setPresenter(!presenter)}
    >
      {t("presenter.label")}
    </button>
  );
}

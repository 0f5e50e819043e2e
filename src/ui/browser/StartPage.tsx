import { memo } from "react";
import { useT } from "../../i18n/useT.ts";
import { DEFAULT_BROWSER } from "../../scenario/Scenario.ts";
import { usePlayground } from "../../state/usePlayground.ts";

/** The empty state: nothing loaded yet, so one big obvious first step. Memoized: the pane re-renders on every step. */
export const StartPage = memo(function StartPage({
  browser,
  past,
}: {
  browser: string;
  past: boolean;
}) {
  const { t } = useT("browser");
  const navigate = usePlayground((s) => s.navigate);
  if (past)
    return (
      <div className="browser-blank">
        <p>{t("start.pastBlank", { name: browser })}</p>
      </div>
    );
  return (
    <div className="browser-blank">
      <h2>{t("start.title", { name: browser })}</h2>
      <button
        type="button"
        className="primary browser-big"
        onClick={() => void navigate("/login/")}
      >
        {t("start.open")}
      </button>
      {/* A second browser is where a copied cookie goes: alice's login is not the next step there. */}
      <p>{t(browser === DEFAULT_BROWSER ? "start.try" : "start.tryOther")}</p>
    </div>
  );
});

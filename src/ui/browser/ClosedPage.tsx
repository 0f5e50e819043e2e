import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";

/** A closed browser: what quitting did to its cookies, and the way back. */
export function ClosedPage({ browser, past }: { browser: string; past: boolean }) {
  const { t } = useT("browser");
  const reopen = usePlayground((s) => s.reopenBrowser);
  return (
    <div className="browser-blank browser-closed">
      <h2>{t("closed.title", { name: browser })}</h2>
      {/* The way back right under the title: a short pane (a projector) shows both at once. */}
      {!past && (
        <button type="button" className="primary browser-big" onClick={() => reopen(browser)}>
          {t("closed.reopen", { name: browser })}
        </button>
      )}
      <p>{t("closed.why")}</p>
    </div>
  );
}

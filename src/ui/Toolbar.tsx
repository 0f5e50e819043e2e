import { useT } from "../i18n/useT.ts";
import { ClockControls } from "./toolbar/ClockControls.tsx";
import { ExportButton } from "./toolbar/ExportButton.tsx";
import { ImportButton } from "./toolbar/ImportButton.tsx";
import { LanguageSwitch } from "./toolbar/LanguageSwitch.tsx";
import { PresenterToggle } from "./toolbar/PresenterToggle.tsx";
import { ResetButton } from "./toolbar/ResetButton.tsx";
import { ShareButton } from "./toolbar/ShareButton.tsx";
import "./toolbar/toolbar.css";

/** The top bar: the virtual clock and its jumps, the scenario's file actions, display choices. */
export function Toolbar({ inert = false }: { inert?: boolean }) {
  const { t } = useT("toolbar");
  return (
    <header className="toolbar" data-testid="toolbar" inert={inert}>
      <h1 className="tb-name">{t("common:appName")}</h1>
      <ClockControls />
      <div className="tb-group" role="group" aria-label={t("scenarioGroup")}>
        <ImportButton />
        <ExportButton />
        <ShareButton />
        <ResetButton />
      </div>
      <div className="tb-group" role="group" aria-label={t("displayGroup")}>
        <LanguageSwitch />
        <PresenterToggle />
      </div>
    </header>
  );
}

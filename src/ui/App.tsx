import { useEffect } from "react";
import { useT } from "../i18n/useT.ts";
import type { TransportKind } from "../state/bootPlayground.ts";
import { usePlayground, usePlaygroundStore } from "../state/usePlayground.ts";
import { useNoticeText } from "./common/useNoticeText.ts";
import { useUiPrefs } from "../state/uiPrefs.ts";
import { BrowserPane } from "./browser/BrowserPane.tsx";
import { Tabs } from "./common/Tabs.tsx";
import { CodePanel } from "./code/CodePanel.tsx";
import { SharedScenarioDialog } from "./toolbar/SharedScenarioDialog.tsx";
import { ShareProgress } from "./toolbar/ShareProgress.tsx";
import { CookieJarPanel } from "./cookies/CookieJarPanel.tsx";
import { PaneLayout } from "./layout/PaneLayout.tsx";
import { ManageConsole } from "./manage/ManageConsole.tsx";
import { clearTranscriptOnNewPlayground } from "./manage/manageTranscript.ts";
import { OpsPanel } from "./ops/OpsPanel.tsx";
import { SettingsPanel } from "./settings/SettingsPanel.tsx";
import { SessionStorePanel } from "./store/SessionStorePanel.tsx";
import { TimelinePanel } from "./timeline/TimelinePanel.tsx";
import { Toolbar } from "./Toolbar.tsx";

/** The whole playground: browser on the left, Django's side on the right, the timeline below. */
export function App({ transportKind }: { transportKind: TransportKind }) {
  const { t } = useT("common");
  const phase = usePlayground((s) => s.phase);
  // While a share link's scenario is tried (Python starting can take seconds), the lab it will
  // replace takes no clicks: an action queued behind it would land after the shared steps.
  // Its progress line, with Cancel, stays live.
  const sharing = usePlayground((s) => s.importing?.share ?? false);
  const notice = usePlayground((s) => s.notice);
  const noticeText = useNoticeText();
  const dismissNotice = usePlayground((s) => s.dismissNotice);
  const presenter = useUiPrefs((s) => s.presenter);
  const savedTab = useUiPrefs((s) => s.tab);
  const setTab = useUiPrefs((s) => s.setTab);
  const tabs = [
    { id: "ops", label: t("tabs.ops"), content: () => <OpsPanel /> },
    { id: "settings", label: t("tabs.settings"), content: () => <SettingsPanel /> },
    { id: "manage", label: t("tabs.manage"), content: () => <ManageConsole /> },
    { id: "code", label: t("tabs.code"), content: () => <CodePanel /> },
  ];
  // A reload keeps the tab on show; a saved choice that is not a tab falls back to the first.
  const tab = tabs.some((x) => x.id === savedTab) ? savedTab : tabs[0].id;

  const playground = usePlaygroundStore();
  useEffect(() => clearTranscriptOnNewPlayground(playground), [playground]);

  useEffect(() => {
    document.documentElement.classList.toggle("presenter", presenter);
  }, [presenter]);

  return (
    <div className="app" aria-busy={phase === "loading"}>
      <Toolbar inert={sharing} />
      <SharedScenarioDialog />
      <ShareProgress />
      {notice && (
        <div className="notice" role="alert">
          <span>{noticeText(notice)}</span>
          <button onClick={dismissNotice}>{t("dismiss")}</button>
        </div>
      )}
      {transportKind === "direct" && (
        <div className="notice info" role="status" data-testid="no-service-worker">
          {t("noServiceWorker")}
        </div>
      )}
      {/* Busy here, not on the whole app: the progress line above is a live region to be heard. */}
      <main className="app-main" inert={sharing} aria-busy={sharing}>
        <PaneLayout
          browser={<BrowserPane />}
          timeline={<TimelinePanel />}
          tools={<Tabs label={t("serverTools")} selected={tab} onSelect={setTab} tabs={tabs} />}
          cookies={<CookieJarPanel />}
          store={<SessionStorePanel />}
        />
      </main>
    </div>
  );
}

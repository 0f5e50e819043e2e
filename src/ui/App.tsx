import { useEffect } from "react";
import { useT } from "../i18n/useT.ts";
import { Group, Panel, Separator } from "react-resizable-panels";
import type { TransportKind } from "../state/bootPlayground.ts";
import { usePlayground, usePlaygroundStore } from "../state/usePlayground.ts";
import { useNoticeText } from "./common/useNoticeText.ts";
import { useUiPrefs } from "../state/uiPrefs.ts";
import { BrowserPane } from "./browser/BrowserPane.tsx";
import { Tabs } from "./common/Tabs.tsx";
import { CodePanel } from "./code/CodePanel.tsx";
import { SharedScenarioDialog } from "./toolbar/SharedScenarioDialog.tsx";
import { CookieJarPanel } from "./cookies/CookieJarPanel.tsx";
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
      <Toolbar />
      <SharedScenarioDialog />
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
      <main className="app-main">
        {/* Browser and timeline on the left, Django's side on the right: at 1280×720 every
            panel keeps enough height to read, and each pane can be dragged larger. */}
        <Group orientation="horizontal">
          <Panel defaultSize="38" minSize="22">
            <Group orientation="vertical">
              {/* Its address bar and status take about a fifth: the page keeps room of its own. */}
              <Panel defaultSize="58" minSize="35">
                <BrowserPane />
              </Panel>
              <Separator aria-label={t("resize")} />
              <Panel defaultSize="42" minSize="12">
                <TimelinePanel />
              </Panel>
            </Group>
          </Panel>
          <Separator aria-label={t("resize")} />
          <Panel defaultSize="62" minSize="30">
            <Group orientation="vertical">
              <Panel defaultSize="46" minSize="15">
                <Tabs label={t("serverTools")} selected={tab} onSelect={setTab} tabs={tabs} />
              </Panel>
              <Separator aria-label={t("resize")} />
              <Panel defaultSize="27" minSize="10">
                <CookieJarPanel />
              </Panel>
              <Separator aria-label={t("resize")} />
              <Panel defaultSize="27" minSize="10">
                <SessionStorePanel />
              </Panel>
            </Group>
          </Panel>
        </Group>
      </main>
    </div>
  );
}

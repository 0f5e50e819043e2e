import type { ReactNode } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { useT } from "../../i18n/useT.ts";

/**
 * The panes: browser and timeline on the left, Django's side on the right. At
 * 1280×720 every pane keeps enough height to read, and each can be dragged (or
 * arrowed) larger; each divider is named after the two panes it resizes.
 */
export function PaneLayout({
  browser,
  timeline,
  tools,
  cookies,
  store,
}: {
  browser: ReactNode;
  timeline: ReactNode;
  tools: ReactNode;
  cookies: ReactNode;
  store: ReactNode;
}) {
  const { t } = useT("common");
  return (
    <Group orientation="horizontal">
      <Panel defaultSize="38" minSize="22">
        <Group orientation="vertical">
          {/* Its address bar and status take about a fifth: the page keeps room of its own. */}
          <Panel defaultSize="58" minSize="35">
            {browser}
          </Panel>
          <Separator aria-label={t("resize.browserTimeline")} />
          <Panel defaultSize="42" minSize="12">
            {timeline}
          </Panel>
        </Group>
      </Panel>
      <Separator aria-label={t("resize.columns")} />
      <Panel defaultSize="62" minSize="30">
        <Group orientation="vertical">
          <Panel defaultSize="46" minSize="15">
            {tools}
          </Panel>
          <Separator aria-label={t("resize.toolsCookies")} />
          <Panel defaultSize="27" minSize="10">
            {cookies}
          </Panel>
          <Separator aria-label={t("resize.cookiesStore")} />
          <Panel defaultSize="27" minSize="10">
            {store}
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}

import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import {
  Group,
  Panel,
  Separator,
  useGroupRef,
  usePanelRef,
  type Layout,
} from "react-resizable-panels";
import { useT } from "../../i18n/useT.ts";
import { CookiesPaneContext } from "./CookiesPaneContext.ts";
import { ToolsPaneContext } from "./ToolsPaneContext.ts";
import { useCookiesPaneRoom } from "./useCookiesPaneRoom.ts";

/** The right column's sizes (percent), and what "larger" gives the tools: the others at their minimum. */
const COLUMN = { tools: 46, cookies: 27, store: 27 };
const LARGE = { tools: 80, cookies: 10, store: 10 };
/** The smallest each pane can be dragged, or squeezed for the cookies (percent). */
const MINIMUM = { tools: 15, cookies: LARGE.cookies, store: LARGE.store };

/**
 * The panes: browser and timeline on the left, Django's side on the right. At
 * 1280×720 every pane keeps enough height to read, and each can be dragged (or
 * arrowed) larger; each divider is named after the two panes it resizes.
 * The tools' pane can also be made larger at once, and back (ToolsPaneContext);
 * the cookies' pane is given room for what it must show whole (CookiesPaneContext).
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
  const column = useGroupRef();
  const [large, setLarge] = useState(false);
  const before = useRef<Layout>(COLUMN);
  const toggle = useCallback(() => {
    const group = column.current;
    if (!group) return;
    if (large) return void group.setLayout(before.current);
    before.current = group.getLayout();
    group.setLayout(LARGE);
  }, [column, large]);
  const toolsPane = useMemo(() => ({ large, toggle }), [large, toggle]);
  const cookiesPanel = usePanelRef();
  const toolsElement = useRef<HTMLDivElement>(null);
  const storePane = useRef<HTMLDivElement>(null);
  const roomForCookies = useCookiesPaneRoom(column, cookiesPanel, toolsElement, storePane, MINIMUM);
  return (
    <ToolsPaneContext.Provider value={toolsPane}>
      <CookiesPaneContext.Provider value={roomForCookies}>
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
            {/* Dragging a divider after "larger" counts: the button says what the pane is now. */}
            <Group
              orientation="vertical"
              groupRef={column}
              onLayoutChanged={(layout) => setLarge(layout.tools >= LARGE.tools - 0.5)}
            >
              <Panel
                id="tools"
                elementRef={toolsElement}
                defaultSize={String(COLUMN.tools)}
                minSize={String(MINIMUM.tools)}
              >
                {tools}
              </Panel>
              <Separator aria-label={t("resize.toolsCookies")} />
              <Panel
                id="cookies"
                panelRef={cookiesPanel}
                defaultSize={String(COLUMN.cookies)}
                minSize={String(MINIMUM.cookies)}
              >
                {cookies}
              </Panel>
              <Separator aria-label={t("resize.cookiesStore")} />
              <Panel
                id="store"
                elementRef={storePane}
                defaultSize={String(COLUMN.store)}
                minSize={String(MINIMUM.store)}
              >
                {store}
              </Panel>
            </Group>
          </Panel>
        </Group>
      </CookiesPaneContext.Provider>
    </ToolsPaneContext.Provider>
  );
}

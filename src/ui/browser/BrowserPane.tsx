import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { AddressBar } from "./AddressBar.tsx";
import { ClosedPage } from "./ClosedPage.tsx";
import { PageFrame } from "./PageFrame.tsx";
import { PageStatus } from "./PageStatus.tsx";
import { PastBanner } from "./PastBanner.tsx";
import { ProfileStrip } from "./ProfileStrip.tsx";
import { StartPage } from "./StartPage.tsx";
import { browserScreenAt } from "../../state/browserScreenAt.ts";
import { useFocusRescue } from "../common/useFocusRescue.ts";
import "./browser.css";

/**
 * The simulated browser: profiles, address bar, and the page the current
 * profile shows at the viewed step (read-only when that step is in the past).
 */
export function BrowserPane() {
  const { t } = useT("browser");
  const browser = usePlayground((s) => s.currentBrowser);
  const open = usePlayground(
    (s) => s.profiles.find((p) => p.name === s.currentBrowser)?.open ?? true,
  );
  const timeline = usePlayground((s) => s.timeline);
  const cursor = usePlayground((s) => s.cursor);
  const navigate = usePlayground((s) => s.navigate);
  const [message, setMessage] = useState<string | null>(null);

  const past = cursor !== null;
  // A message is about what the learner just did here: stale once they look elsewhere.
  useEffect(() => setMessage(null), [browser, cursor]);
  const screen = useMemo(
    () => browserScreenAt(timeline, browser, cursor ?? timeline.length - 1),
    [timeline, browser, cursor],
  );
  const load = screen.kind === "page" ? screen.load : null;
  // A new page shows from its top, status line first, as a browser shows a new page. Clicking in
  // the page focuses its frame, and Chromium scrolls this pane to it: with little room (presenter
  // mode at 1280×720) the next page's status would start out of sight.
  // Keyed by the load's step: every new step rebuilds `load`, but only a new page starts at the top.
  const viewport = useRef<HTMLDivElement>(null);
  const loadKey = load ? `${browser}:${load.index}` : null;
  useLayoutEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [loadKey]);
  // A closed browser that was reopened shows the start page until it loads something.
  const closed = past ? screen.kind === "closed" : !open;

  // A control that goes away here hands focus to what the browser now shows, as a browser moves
  // it into the page it opens: the page's frame, or the one button of the start or closed page.
  // Close, Back and Forward are disabled by what they do; Reopen, the start page's button and
  // the past banner's go.
  const pane = useRef<HTMLElement>(null);
  useFocusRescue(pane, () =>
    viewport.current?.querySelector<HTMLElement>(".browser-frame, .browser-big"),
  );

  return (
    <section
      ref={pane}
      className="panel browser-pane"
      data-testid="browser-panel"
      aria-label={t("label")}
    >
      <ProfileStrip past={past} />
      <AddressBar
        pageUrl={load?.url ?? null}
        readOnly={past}
        closed={closed}
        onMessage={setMessage}
      />
      {past && <PastBanner key={cursor} index={cursor} />}
      {message && (
        <div className="browser-message" role="alert">
          <span>{message}</span>
          <button type="button" onClick={() => setMessage(null)}>
            {t("message.dismiss")}
          </button>
        </div>
      )}
      {/* Focusable, so the keyboard can scroll a page taller than the pane (a past page cannot be clicked). */}
      <div
        className="browser-viewport"
        ref={viewport}
        role="region"
        aria-label={t("viewport")}
        tabIndex={0}
      >
        {closed ? (
          <ClosedPage browser={browser} past={past} />
        ) : load ? (
          <>
            <PageStatus load={load} onFollow={past ? undefined : (path) => void navigate(path)} />
            <PageFrame load={load} browser={browser} readOnly={past} onMessage={setMessage} />
          </>
        ) : (
          <StartPage browser={browser} past={past} />
        )}
      </div>
    </section>
  );
}

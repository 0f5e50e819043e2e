import { memo, useDeferredValue, useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { viewedIndex } from "../../state/viewedStep.ts";
import { StepDetail } from "./StepDetail.tsx";
import { TimelineList } from "./TimelineList.tsx";
import { usePastGuard } from "./usePastGuard.tsx";
import { useFocusRescue } from "../common/useFocusRescue.ts";
import "./timeline.css";

/** Re-renders only when the deferred step changes, not with every urgent render. */
const DeferredDetail = memo(StepDetail);

/**
 * Every step so far, in order. Selecting one shows the whole playground as it
 * was right after it; "Continue from here" drops the later steps.
 */
export function TimelinePanel() {
  const { t } = useT("timeline");
  const timeline = usePlayground((s) => s.timeline);
  const cursor = usePlayground((s) => s.cursor);
  const cookieName = usePlayground((s) => s.settings.SESSION_COOKIE_NAME);
  const select = usePlayground((s) => s.select);
  const stepBack = usePlayground((s) => s.stepBack);
  const stepForward = usePlayground((s) => s.stepForward);
  const continueFrom = usePlayground((s) => s.continueFrom);
  const busy = usePlayground((s) => s.busy);
  // Either answer gives focus back to the button that asked; once the past is left, the list takes
  // it (below). The question goes once another step is on show.
  const continueButton = useRef<HTMLButtonElement>(null);
  const past = usePastGuard({ returnFocus: () => continueButton.current?.focus() });
  const viewed = viewedIndex({ cursor, timeline });
  const atFirst = viewed === null || viewed === 0;
  const total = timeline.length;
  // The list, the store and the jar show a step first; its full detail follows in a second render.
  const detail = { timeline: useDeferredValue(timeline), viewed: useDeferredValue(viewed) };

  // ▶ at the last step, Back to the present and Continue go with the past they were about: the
  // steps themselves take focus, and the arrow keys go on from there.
  const panel = useRef<HTMLDivElement>(null);
  useFocusRescue(panel, () => panel.current?.querySelector<HTMLElement>('[role="listbox"]'));

  return (
    <div className="panel timeline" data-testid="timeline-panel" ref={panel}>
      <div className={cursor === null ? "panel-head timeline-head-present" : "panel-head"}>
        <h2 className="timeline-title">{t("title")}</h2>
        <span className={cursor === null ? "hint" : "timeline-past"} role="status">
          {viewed === null ? (
            t("status.empty")
          ) : cursor === null ? (
            // Two parts, each kept whole: a narrow head shows the second below the first.
            <>
              <span>{t("status.steps", { count: total })} ·</span>{" "}
              <span>{t("status.present")}</span>
            </>
          ) : (
            t("status.past", { step: cursor + 1, total })
          )}
        </span>
        <span className="row timeline-nav">
          {/* One button in the present and looking back, so that its focus outlives the switch.
              At the first step it stays focusable (aria-disabled; stepBack does nothing there):
              a disabled button would drop focus to <body>. */}
          <button
            type="button"
            onClick={stepBack}
            disabled={cursor === null && atFirst}
            aria-disabled={cursor !== null && atFirst}
            // Looking back: four buttons; the step ones show their arrows only, so all fit one row.
            aria-label={cursor === null ? undefined : t("nav.backName")}
            title={cursor === null ? undefined : t("nav.backName")}
          >
            {cursor === null ? t("nav.back") : "◀"}
          </button>
          {cursor !== null && (
            <>
              <button
                type="button"
                onClick={stepForward}
                aria-label={t("nav.forwardName")}
                title={t("nav.forwardName")}
              >
                ▶
              </button>
              <button type="button" onClick={() => select(null)}>
                {t("nav.present")}
              </button>
              <button
                ref={continueButton}
                type="button"
                onClick={() => past.guard(() => continueFrom(cursor))}
                disabled={busy}
              >
                {t("nav.continue")}
              </button>
            </>
          )}
        </span>
      </div>
      {past.prompt}
      {viewed === null ? (
        <div className="panel-body">
          <p className="timeline-empty">{t("empty")}</p>
        </div>
      ) : (
        <div className="timeline-body">
          <TimelineList
            timeline={timeline}
            viewed={viewed}
            cursor={cursor}
            cookieName={cookieName}
            asking={past.prompt !== null}
            onSelect={select}
          />
          {detail.viewed !== null && (
            <DeferredDetail
              index={detail.viewed}
              total={detail.timeline.length}
              entry={detail.timeline[detail.viewed]}
              prev={detail.viewed > 0 ? detail.timeline[detail.viewed - 1].trace : null}
              cookieName={cookieName}
            />
          )}
        </div>
      )}
    </div>
  );
}

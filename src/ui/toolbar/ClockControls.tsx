import { useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { ConfirmDiscard } from "../timeline/ConfirmDiscard.tsx";
import { JumpToDialog } from "./JumpToDialog.tsx";
import { ModalDialog } from "../common/ModalDialog.tsx";
import { formatUtc } from "./utcTime.ts";

const JUMPS = [
  { id: "minute", seconds: 60 },
  { id: "hour", seconds: 3600 },
  { id: "day", seconds: 86400 },
  // Two weeks is SESSION_COOKIE_AGE's default: one click makes a fresh session expire.
  { id: "weeks", seconds: 1209600 },
] as const;

/** The clock's time at the viewed step (ms): a past step's, else the live one; null while loading. */
function useViewedNow(): { now: number | null; pastStep: number | null } {
  const now = usePlayground((s) =>
    s.phase !== "ready"
      ? null
      : s.cursor === null
        ? s.now
        : Date.parse(s.timeline[s.cursor].trace.now),
  );
  const pastStep = usePlayground((s) => (s.cursor === null ? null : s.cursor + 1));
  return { now, pastStep };
}

/** The virtual clock, always visible, and the buttons that move it forward. */
export function ClockControls() {
  const { t } = useT("toolbar");
  const { now, pastStep } = useViewedNow();
  const advance = usePlayground((s) => s.advance);
  const later = usePlayground((s) => (s.cursor === null ? 0 : s.timeline.length - 1 - s.cursor));
  const [jumpOpen, setJumpOpen] = useState(false);
  /** A jump asked for while looking at the past: it discards the later steps, so it waits for a yes. */
  const [pendingJump, setPendingJump] = useState<number | null>(null);
  const jump = (seconds: number) => {
    if (pastStep !== null) setPendingJump(seconds);
    else void advance(seconds);
  };

  return (
    <div className="tb-clock-area">
      <div
        className={pastStep === null ? "tb-clock" : "tb-clock tb-past"}
        role="group"
        aria-label={t("clock.label")}
      >
        <span className="tb-clock-label">
          {pastStep === null ? (
            t("clock.live")
          ) : (
            <span className="badge warn" title={t("clock.pastHint")}>
              {t("clock.past", { n: pastStep })}
            </span>
          )}
        </span>
        <time
          className="tb-now"
          dateTime={now === null ? undefined : new Date(now).toISOString()}
          aria-live="polite"
        >
          {now === null ? t("clock.loading") : formatUtc(now)}
        </time>
      </div>
      <div className="tb-jumps" role="group" aria-label={t("clock.forward")}>
        {JUMPS.map((j) => (
          <button
            key={j.id}
            type="button"
            disabled={now === null}
            title={
              t(`clock.jumpsLong.${j.id}`) + (pastStep === null ? "" : `\n${t("clock.pastHint")}`)
            }
            onClick={() => jump(j.seconds)}
          >
            {t(`clock.jumps.${j.id}`)}
          </button>
        ))}
        <button
          type="button"
          disabled={now === null}
          aria-haspopup="dialog"
          onClick={() => setJumpOpen(true)}
        >
          {t("clock.jumpTo")}
        </button>
      </div>
      {now !== null && (
        <JumpToDialog open={jumpOpen} onClose={() => setJumpOpen(false)} now={now} onJump={jump} />
      )}
      <ModalDialog
        open={pendingJump !== null && pastStep !== null}
        onClose={() => setPendingJump(null)}
        title={t("clock.discardTitle")}
      >
        {pastStep !== null && (
          <ConfirmDiscard
            step={pastStep - 1}
            later={later}
            onConfirm={() => {
              const seconds = pendingJump!;
              setPendingJump(null);
              void advance(seconds);
            }}
            onCancel={() => setPendingJump(null)}
          />
        )}
      </ModalDialog>
    </div>
  );
}

import { memo } from "react";
import type { TraceStep } from "../../scenario/Trace.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { StepRow } from "./StepRow.tsx";

/**
 * One option of the timeline listbox. Memoized with only flat props: a new
 * step re-renders the new option and the two whose state changed, not the
 * whole list.
 */
export const TimelineOption = memo(function TimelineOption({
  id,
  index,
  entry,
  prev,
  cookieName,
  viewed,
  future,
  onPick,
}: {
  id: string;
  index: number;
  entry: TimelineEntry;
  prev: TraceStep | null;
  cookieName: string;
  viewed: boolean;
  future: boolean;
  onPick(index: number): void;
}) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={viewed}
      className={`timeline-step${viewed ? " viewed" : ""}${future ? " future" : ""}`}
      onClick={() => onPick(index)}
    >
      <StepRow index={index} entry={entry} prev={prev} cookieName={cookieName} />
    </div>
  );
});

import { memo } from "react";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { TimelineOption } from "./TimelineOption.tsx";

/** Steps per chunk: a new step compares a few chunks, not every option of a long timeline. */
export const CHUNK = 32;

interface ChunkProps {
  timeline: TimelineEntry[];
  from: number;
  viewed: number;
  cookieName: string;
  optionId(index: number): string;
  onPick(index: number): void;
}

/** `viewed` as far as the chunk's options can tell (each only knows "me", "after me", "before me"). */
const viewedIn = ({ from, viewed }: ChunkProps) =>
  Math.min(Math.max(viewed, from - 1), from + CHUNK);

/** The same options: the same entries (and the one before, whose state each row compares with). */
function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (
    a.from !== b.from ||
    a.cookieName !== b.cookieName ||
    a.optionId !== b.optionId ||
    a.onPick !== b.onPick ||
    viewedIn(a) !== viewedIn(b)
  )
    return false;
  const end = a.from + CHUNK;
  if (Math.min(a.timeline.length, end) !== Math.min(b.timeline.length, end)) return false;
  for (let i = Math.max(0, a.from - 1); i < Math.min(a.timeline.length, end); i++)
    if (a.timeline[i] !== b.timeline[i]) return false;
  return true;
}

/** Options `from` to `from + CHUNK` of the timeline listbox. */
export const TimelineChunk = memo(function TimelineChunk({
  timeline,
  from,
  viewed,
  cookieName,
  optionId,
  onPick,
}: ChunkProps) {
  const options = [];
  for (let i = from; i < Math.min(timeline.length, from + CHUNK); i++) {
    options.push(
      <TimelineOption
        key={i}
        id={optionId(i)}
        index={i}
        entry={timeline[i]}
        prev={i > 0 ? timeline[i - 1].trace : null}
        cookieName={cookieName}
        viewed={i === viewed}
        future={i > viewed}
        onPick={onPick}
      />,
    );
  }
  return options;
}, sameChunk);

import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { useT } from "../../i18n/useT.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { useUiPrefs } from "../../state/uiPrefs.ts";
import { CHUNK, TimelineChunk } from "./TimelineChunk.tsx";

/**
 * The steps as a listbox (aria-activedescendant): the selected option is the
 * step every panel shows. Follows new steps while scrolled to the end, and
 * goes back to the end with the present.
 */
export function TimelineList({
  timeline,
  viewed,
  cursor,
  cookieName,
  asking,
  onSelect,
}: {
  timeline: TimelineEntry[];
  viewed: number;
  cursor: number | null;
  cookieName: string;
  /** "Continue from here?" is asked above the list, about the viewed step. */
  asking: boolean;
  onSelect(index: number | null): void;
}) {
  const { t, i18n } = useT("timeline");
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const optionId = useCallback((i: number) => `${base}-step-${i}`, [base]);
  // Presenter mode's larger rows would push the last step below the fold (so would the other
  // language's).
  const presenter = useUiPrefs((s) => s.presenter);
  const present = cursor === null;
  const wasPast = useRef(false);

  // Scrolled in the next frame, before it paints: reading scrollHeight inside the commit would
  // force a layout that the frame then does again.
  useLayoutEffect(() => {
    // Back in the present (its last step selected): follow new steps again.
    if (present && wasPast.current) atEnd.current = true;
    wasPast.current = !present;
    // In the past the viewed step is kept in sight instead (below).
    if (!present || !atEnd.current) return;
    const frame = requestAnimationFrame(() => {
      if (list.current) list.current.scrollTop = list.current.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
    // The other language's rows are taller or shorter: the end moves with them.
  }, [timeline.length, present, presenter, i18n.language]);

  useEffect(() => {
    if (cursor !== null)
      document.getElementById(`${base}-step-${cursor}`)?.scrollIntoView({ block: "nearest" });
  }, [base, cursor]);

  // The question takes room from the list's top, where a row scrolled half out of sight would
  // look as if it ran under the question: the step asked about becomes the list's first row
  // (or, near the end, the row from which the list can still scroll), whole.
  useLayoutEffect(() => {
    const el = list.current;
    if (!asking || !el) return;
    const top = el.getBoundingClientRect().top - el.scrollTop;
    const end = el.scrollHeight - el.clientHeight;
    let row = document.getElementById(optionId(viewed));
    while (row && row.getBoundingClientRect().top - top > end)
      row = row.previousElementSibling as HTMLElement | null;
    if (row) el.scrollTop = row.getBoundingClientRect().top - top;
    // Once, when the question comes: the learner may scroll the list while it stands.
  }, [asking]);

  const last = timeline.length - 1;
  // Stable across steps, so that the memoized options of earlier steps are left alone.
  const lastRef = useRef(last);
  lastRef.current = last;
  const pick = useCallback(
    (i: number) => {
      onSelect(i === lastRef.current ? null : i);
      list.current?.focus();
    },
    [onSelect],
  );
  const onKeyDown = (e: KeyboardEvent) => {
    const go = (i: number) => onSelect(i >= last ? null : Math.max(0, i));
    if (e.key === "ArrowUp") go(viewed - 1);
    else if (e.key === "ArrowDown") go(viewed + 1);
    else if (e.key === "PageUp") go(viewed - 10);
    else if (e.key === "PageDown") go(viewed + 10);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(last);
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={list}
      className="timeline-list"
      role="listbox"
      aria-label={t("listLabel")}
      tabIndex={0}
      aria-activedescendant={optionId(viewed)}
      onKeyDown={onKeyDown}
      onScroll={(e) => {
        const el = e.currentTarget;
        atEnd.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
      }}
    >
      {Array.from({ length: Math.ceil(timeline.length / CHUNK) }, (_, c) => (
        <TimelineChunk
          key={c}
          timeline={timeline}
          from={c * CHUNK}
          viewed={viewed}
          cookieName={cookieName}
          optionId={optionId}
          onPick={pick}
        />
      ))}
    </div>
  );
}

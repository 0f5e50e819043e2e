import { useLayoutEffect, useState, type RefObject } from "react";
import { windowRange, type WindowRange } from "./windowRange.ts";

/** Row height in em of the table's font, as store.css fixes it for three lines; measured once rows exist. */
const ROW_EM = 3 * 1.3 + 0.5;

const same = (a: WindowRange, b: WindowRange) =>
  a.start === b.start && a.end === b.end && a.before === b.before && a.after === b.after;

/**
 * The rows of `body` (a tbody of fixed-height rows) that the scrolling
 * `scroller` shows, kept up to date on scroll and resize. Re-renders only
 * when the window moves by a row.
 */
export function useWindowRange(
  scroller: RefObject<HTMLElement | null>,
  body: RefObject<HTMLElement | null>,
  count: number,
): WindowRange {
  const [range, setRange] = useState(() =>
    windowRange({ offset: 0, viewport: 600, rowHeight: 28, count }),
  );
  useLayoutEffect(() => {
    const el = scroller.current;
    const tbody = body.current;
    if (!el || !tbody) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const row = tbody.querySelector<HTMLElement>("tr[data-row]");
      const measured = row?.getBoundingClientRect().height;
      const rowHeight = measured || parseFloat(getComputedStyle(tbody).fontSize) * ROW_EM || 28;
      const offset = el.getBoundingClientRect().top - tbody.getBoundingClientRect().top;
      const next = windowRange({ offset, viewport: el.clientHeight || 600, rowHeight, count });
      setRange((prev) => (same(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener("scroll", schedule, { passive: true });
    const resize = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    resize?.observe(el);
    return () => {
      el.removeEventListener("scroll", schedule);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, body, count]);
  return range;
}

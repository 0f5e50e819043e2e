import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { windowRange, type WindowRange } from "./windowRange.ts";

const NONE: WindowRange = { start: 0, end: 0, before: 0, after: 0 };

const same = (a: WindowRange, b: WindowRange) =>
  a.start === b.start && a.end === b.end && a.before === b.before && a.after === b.after;

/**
 * The rows' height (px) as store.css gives it before one is rendered to be
 * measured: --store-lines lines of 1.3em, and 0.5em of padding and border.
 */
function estimatedRowHeight(tbody: HTMLElement): number {
  const style = getComputedStyle(tbody);
  const lines = parseFloat(style.getPropertyValue("--store-lines")) || 3;
  // jsdom computes no inherited font size: the browsers' default stands in.
  return (parseFloat(style.fontSize) || 16) * (lines * 1.3 + 0.5);
}

/**
 * How far from the scroller's top (px) a row's box still gives its height to
 * the 1/64 px that layout has: the box's edges are single-precision floats, a
 * quarter of a pixel apart at the 2,800,000 px of row 50,000, where the window
 * rendered before a jump of the scrollbar's thumb still is.
 */
const NEAR = 50_000;

/**
 * The rows of `body` (a tbody of fixed-height rows) that the scrolling
 * `scroller` shows, kept up to date on scroll and resize. Re-renders only
 * when the window moves by a row. `scroller` is an element, not a ref: it is
 * an ancestor, whose ref React sets only after this hook's layout effect in
 * the commit that mounts both.
 */
export function useWindowRange(
  scroller: HTMLElement | null,
  body: RefObject<HTMLElement | null>,
  count: number,
): WindowRange {
  // No rows before the layout effect below has seen the scroller: any window guessed without
  // it would be rendered for nothing. It runs before the first paint, which shows the right one.
  const [range, setRange] = useState(NONE);
  // Set while the window was worked out from estimatedRowHeight: rendered rows then measure it.
  const remeasure = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const tbody = body.current;
    if (!scroller || !tbody) return;
    let frame = 0;
    /** The last height measured near the view. */
    let known = 0;
    const update = () => {
      frame = 0;
      const top = scroller.getBoundingClientRect().top;
      const box = tbody.querySelector<HTMLElement>("tr[data-row]")?.getBoundingClientRect();
      if (box?.height && Math.abs(box.top - top) < NEAR) known = box.height;
      const measured = box?.height ? known || box.height : 0;
      remeasure.current = measured ? null : update;
      // Only a measured height keeps the spacers exact: 100,000 rows turn a hundredth of a pixel
      // into a thousand.
      const rowHeight = measured || estimatedRowHeight(tbody);
      const offset = top - tbody.getBoundingClientRect().top;
      const next = windowRange({
        offset,
        viewport: scroller.clientHeight || 600,
        rowHeight,
        count,
      });
      setRange((prev) => (same(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener("scroll", schedule, { passive: true });
    const resize = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    resize?.observe(scroller);
    return () => {
      remeasure.current = null;
      scroller.removeEventListener("scroll", schedule);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, body, count]);
  // The rows of an estimated window are measured as soon as they are laid out, before they paint.
  useLayoutEffect(() => {
    if (remeasure.current && body.current?.querySelector("tr[data-row]")) remeasure.current();
  }, [range, body]);
  return range;
}

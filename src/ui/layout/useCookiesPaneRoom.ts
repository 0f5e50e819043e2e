import { useCallback, type RefObject } from "react";
import type { GroupImperativeHandle, Layout, PanelImperativeHandle } from "react-resizable-panels";
import { givenBackLayout } from "./givenBackLayout.ts";
import { grownLayout } from "./grownLayout.ts";
import { missingRoom } from "./missingRoom.ts";

const same = (a: Layout, b: Layout) => Object.keys(b).every((id) => Math.abs(a[id] - b[id]) < 0.1);

/**
 * The height (px) the tools' pane needs to show its shown tab's main action
 * (data-keep-in-view) whole; null when the tab has none. The pane's height
 * goes one to one into the box that scrolls and clips the action (the
 * Operations' own scroller, inside the tab's), so the pane needs what the
 * action overshoots that box by, and a little air.
 */
function keptInView(pane: HTMLElement): number | null {
  const keep = keptAction(pane);
  if (!keep) return null;
  let clip = keep.parentElement;
  while (clip && clip !== pane && getComputedStyle(clip).overflowY === "visible")
    clip = clip.parentElement;
  const overshoot =
    keep.getBoundingClientRect().bottom - (clip ?? pane).getBoundingClientRect().bottom;
  return pane.getBoundingClientRect().height + overshoot + AIR;
}

/** The shown tab's main action, if it has one. */
const keptAction = (pane: HTMLElement) =>
  pane.querySelector('[role="tabpanel"] [data-keep-in-view]');

/** Pixels left under a kept action, so that its focus ring shows too. */
const AIR = 6;

/**
 * What CookiesPaneContext hands the cookie jar: its pane grows until the
 * element fits, first into what the store leaves blank (its short "nothing
 * stored yet" on a first run), then from the server tools down to their
 * minimum, then from the store's rows. `sparing` (a first run): the tools
 * give only down to what keeps their main action whole (data-keep-in-view:
 * Operations' Run), and the store keeps its text. The room is worked out
 * afresh from the layout before the loan whenever the element or the pane
 * changes size (the app settling at start, presenter mode, the other
 * language), and, sparing, whenever the tools' kept action comes or goes
 * (another tab on show: the floor follows it), and the column goes back to that layout when the room is given
 * back. A divider dragged meanwhile ends the fitting: when the room is given
 * back, the pane the learner sized keeps its size, and the other gets its own
 * back (givenBackLayout).
 */
export function useCookiesPaneRoom(
  column: RefObject<GroupImperativeHandle | null>,
  cookies: RefObject<PanelImperativeHandle | null>,
  tools: RefObject<HTMLElement | null>,
  store: RefObject<HTMLElement | null>,
  minimum: { tools: number; cookies: number; store: number },
): (el: HTMLElement, sparing: boolean) => () => void {
  return useCallback(
    (el: HTMLElement, sparing: boolean) => {
      // This loan's layouts; `dragged`: a divider was dragged while the room was lent.
      const lent: { current: { before: Layout; after: Layout; dragged: boolean } | null } = {
        current: null,
      };
      // Set when the tools' kept action came, went or was replaced (another tab on show): the
      // loan is worked out again with the new floor, even where the element already fits.
      let refloor = false;
      const fit = () => {
        const group = column.current;
        const size = cookies.current?.getSize();
        if (!group || !size || size.inPixels <= 0 || lent.current?.dragged) return;
        const now = group.getLayout();
        if (lent.current && !same(now, lent.current.after)) {
          lent.current.dragged = true;
          return;
        }
        const before = lent.current?.before ?? now;
        const percentPerPixel = size.asPercentage / size.inPixels;
        const lentPixels = (now.cookies - before.cookies) / percentPerPixel;
        const short = missingRoom(el);
        // Within a pixel is a fit: fractional box edges against whole-pixel client heights would
        // otherwise move the loan back and forth by half a pixel, a resize every frame.
        if (lent.current && Math.abs(short) < 1 && !refloor) return;
        refloor = false;
        const missing = short + lentPixels;
        if (!lent.current && missing < 1) return;
        const storeEnd = store.current?.querySelector(".panel-body")?.lastElementChild;
        const blank = storeEnd
          ? Math.max(0, (before.store - now.store) / percentPerPixel - missingRoom(storeEnd))
          : 0;
        const keep = sparing && tools.current ? keptInView(tools.current) : null;
        const wanted = grownLayout(before, "cookies", Math.max(0, missing) * percentPerPixel, [
          { id: "store", floor: Math.max(minimum.store, before.store - blank * percentPerPixel) },
          {
            id: "tools",
            floor: Math.max(minimum.tools, (keep ?? 0) * percentPerPixel),
          },
          // Sparing, the store's own text stays too: a first run's guide to where sessions appear.
          { id: "store", floor: sparing ? before.store : minimum.store },
        ]);
        if (same(now, wanted)) return;
        lent.current = { before, after: group.setLayout(wanted), dragged: false };
      };
      // Now, so that the element can be scrolled into view in the next frame. After a resize, in
      // the next frame too: a resize observer that resizes what it observes would loop.
      fit();
      let frame = 0;
      const refit = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(fit);
      };
      const observer = new ResizeObserver(refit);
      observer.observe(el);
      const body = el.closest(".panel-body");
      if (body) observer.observe(body);
      // The floor follows the tab on show: another tab's content replaces the kept action.
      const pane = sparing ? tools.current : null;
      let kept = pane && keptAction(pane);
      const tabs = new MutationObserver(() => {
        const now = pane && keptAction(pane);
        if (now === kept) return;
        kept = now;
        refloor = true;
        refit();
      });
      if (pane) tabs.observe(pane, { childList: true, subtree: true });
      return () => {
        observer.disconnect();
        tabs.disconnect();
        cancelAnimationFrame(frame);
        const group = column.current;
        const loan = lent.current;
        lent.current = null;
        if (!group || !loan) return;
        const now = group.getLayout();
        if (same(now, loan.after)) group.setLayout(loan.before);
        // A divider the learner dragged keeps its pane's size; the other pane gets its room back.
        else group.setLayout(givenBackLayout(loan.before, loan.after, now, minimum.cookies));
      };
    },
    [column, cookies, tools, store, minimum],
  );
}

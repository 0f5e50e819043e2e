import { useCallback, useRef, type RefObject } from "react";
import type { GroupImperativeHandle, Layout, PanelImperativeHandle } from "react-resizable-panels";
import { grownLayout } from "./grownLayout.ts";
import { missingRoom } from "./missingRoom.ts";

const same = (a: Layout, b: Layout) => Object.keys(b).every((id) => Math.abs(a[id] - b[id]) < 0.1);

/**
 * What CookiesPaneContext hands the cookie jar: its pane grows until the
 * element fits, first into what the store leaves blank (its short "nothing
 * stored yet" on a first run), then from the server tools down to their
 * minimum, then from the store's rows. The room is worked out afresh from the
 * layout before the loan whenever the element or the pane changes size (the
 * app settling at start, presenter mode, the other language), and the column
 * goes back to that layout when the room is given back. A divider dragged
 * meanwhile ends the loan: the learner's own layout is kept.
 */
export function useCookiesPaneRoom(
  column: RefObject<GroupImperativeHandle | null>,
  cookies: RefObject<PanelImperativeHandle | null>,
  store: RefObject<HTMLElement | null>,
  minimum: { tools: number; store: number },
): (el: HTMLElement) => () => void {
  // "learner's": a divider was dragged while the room was lent.
  const lent = useRef<{ before: Layout; after: Layout } | "learner's" | null>(null);
  return useCallback(
    (el: HTMLElement) => {
      const fit = () => {
        const group = column.current;
        const size = cookies.current?.getSize();
        if (!group || !size || size.inPixels <= 0 || lent.current === "learner's") return;
        const now = group.getLayout();
        if (lent.current && !same(now, lent.current.after)) {
          lent.current = "learner's";
          return;
        }
        const before = lent.current?.before ?? now;
        const percentPerPixel = size.asPercentage / size.inPixels;
        const lentPixels = (now.cookies - before.cookies) / percentPerPixel;
        const missing = missingRoom(el) + lentPixels;
        if (!lent.current && missing < 1) return;
        const storeEnd = store.current?.querySelector(".panel-body")?.lastElementChild;
        const blank = storeEnd
          ? Math.max(0, (before.store - now.store) / percentPerPixel - missingRoom(storeEnd))
          : 0;
        const wanted = grownLayout(before, "cookies", Math.max(0, missing) * percentPerPixel, [
          { id: "store", floor: before.store - blank * percentPerPixel },
          { id: "tools", floor: minimum.tools },
          { id: "store", floor: minimum.store },
        ]);
        if (same(now, wanted)) return;
        lent.current = { before, after: group.setLayout(wanted) };
      };
      // Now, so that the element can be scrolled into view in the next frame. After a resize, in
      // the next frame too: a resize observer that resizes what it observes would loop.
      fit();
      let frame = 0;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(fit);
      });
      observer.observe(el);
      const body = el.closest(".panel-body");
      if (body) observer.observe(body);
      return () => {
        observer.disconnect();
        cancelAnimationFrame(frame);
        const group = column.current;
        const loan = lent.current;
        lent.current = null;
        if (group && loan && loan !== "learner's" && same(group.getLayout(), loan.after))
          group.setLayout(loan.before);
      };
    },
    [column, cookies, store, minimum],
  );
}

import { useCallback } from "react";

/**
 * A ref for a table's pinned header row group. While `on`, the pane body the
 * headers stick to keeps their height as its scroll padding: the browser then
 * scrolls whatever takes the focus (a row's button, as the keyboard goes back
 * up the table) to just below the headers rather than under them. Again
 * whenever they change height (presenter mode, the other language). A ref
 * callback, not an effect: the table comes and goes with its rows.
 */
export function useStickyHeadRoom(
  on = true,
): (head: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (head: HTMLElement | null) => {
      const body = head?.closest<HTMLElement>(".panel-body");
      if (!on || !head || !body) return;
      const observer = new ResizeObserver(() => {
        body.style.scrollPaddingTop = `${head.getBoundingClientRect().height}px`;
      });
      observer.observe(head);
      return () => {
        observer.disconnect();
        body.style.scrollPaddingTop = "";
      };
    },
    [on],
  );
}

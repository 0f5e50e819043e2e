import { useCallback } from "react";

/** The pinned header row groups in each pane body: one body may hold several tables (cached_db's). */
const headsIn = new WeakMap<HTMLElement, Set<HTMLElement>>();

/** The body's scroll padding: its tallest pinned headers' height, or none when it has none. */
function pad(body: HTMLElement): void {
  const heads = [...(headsIn.get(body) ?? [])];
  body.style.scrollPaddingTop = heads.length
    ? `${Math.max(...heads.map((h) => h.getBoundingClientRect().height))}px`
    : "";
}

/**
 * A ref for a table's pinned header row group. While `on`, the pane body the
 * headers stick to keeps their height as its scroll padding: the browser then
 * scrolls whatever takes the focus (a row's button, as the keyboard goes back
 * up the table) to just below the headers rather than under them. Again
 * whenever they change height (presenter mode, the other language), and when
 * another table of the same body comes or goes. A ref callback, not an
 * effect: the table comes and goes with its rows.
 */
export function useStickyHeadRoom(
  on = true,
): (head: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (head: HTMLElement | null) => {
      const body = head?.closest<HTMLElement>(".panel-body");
      if (!on || !head || !body) return;
      const heads = headsIn.get(body) ?? new Set();
      headsIn.set(body, heads.add(head));
      const observer = new ResizeObserver(() => pad(body));
      observer.observe(head);
      return () => {
        observer.disconnect();
        heads.delete(head);
        pad(body);
      };
    },
    [on],
  );
}

import { useEffect, useRef, type RefObject } from "react";

/**
 * Keeps keyboard focus from falling to <body> when the focused control inside `scope` goes
 * away: removed by a render, or disabled (Chromium then drops focus). The next Tab would start
 * again from the top of the page, dozens of stops from where the learner was. Focus goes to
 * `target()` instead, in the next frame: by then the commit that removed the control has put
 * its replacement in place, and a control that takes focus itself (autoFocus, a box giving it
 * back to its opener) has done so, and is left alone.
 */
export function useFocusRescue(
  scope: RefObject<HTMLElement | null>,
  target: () => HTMLElement | null | undefined,
): void {
  // The listener is attached once: it reads the latest target from here.
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    const el = scope.current;
    if (!el) return;
    let frame = 0;
    const onFocusOut = (e: FocusEvent) => {
      // Focus went on to another control: nothing was lost.
      if (e.relatedTarget) return;
      const lost = e.target as HTMLElement;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now !== lost) return;
        // Still there and usable: the learner clicked elsewhere, or the window lost focus.
        if (lost.isConnected && !lost.matches(":disabled")) return;
        latest.current()?.focus();
      });
    };
    el.addEventListener("focusout", onFocusOut);
    return () => {
      el.removeEventListener("focusout", onFocusOut);
      cancelAnimationFrame(frame);
    };
  }, [scope]);
}

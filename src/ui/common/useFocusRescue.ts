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
  // The listeners are attached once: they read the latest target from here.
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    const el = scope.current;
    if (!el) return;
    let frame = 0;
    /** The control inside `scope` that has focus, or had it when focus was lost. */
    let focused: HTMLElement | null = null;
    const rescue = (lost: HTMLElement) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now !== lost) return;
        // Still there and usable: the learner clicked elsewhere, or the window lost focus.
        if (lost.isConnected && !lost.matches(":disabled")) return;
        focused = null;
        // Scrolled only as far as needed: focus() alone centres the control in Chromium, which
        // on a projector pushed the heading above it (a closed browser's) out of view.
        const next = latest.current();
        next?.focus({ preventScroll: true });
        next?.scrollIntoView({ block: "nearest" });
      });
    };
    const onFocusIn = (e: FocusEvent) => {
      focused = e.target as HTMLElement;
    };
    const onFocusOut = (e: FocusEvent) => {
      // Focus went on to another control: nothing was lost.
      if (e.relatedTarget) {
        if (!el.contains(e.relatedTarget as Node)) focused = null;
        return;
      }
      rescue(e.target as HTMLElement);
    };
    // Chromium fires focusout when the focused control is removed; Firefox and Safari fire
    // nothing (the HTML spec's focus fixup has no event), so a removal is also seen here.
    const removals = new MutationObserver(() => {
      const active = document.activeElement;
      if (focused && !focused.isConnected && (!active || active === document.body)) rescue(focused);
    });
    el.addEventListener("focusin", onFocusIn);
    el.addEventListener("focusout", onFocusOut);
    removals.observe(el, { childList: true, subtree: true });
    return () => {
      el.removeEventListener("focusin", onFocusIn);
      el.removeEventListener("focusout", onFocusOut);
      removals.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scope]);
}

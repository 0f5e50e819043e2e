import { useEffect, type RefObject } from "react";
import { evenAirScrollTop } from "./evenAirScrollTop.ts";

/**
 * While `on`, the pane body holding `target` is scrolled so that its content
 * shows whole when only the air around it is short (evenAirScrollTop): again
 * whenever the body or any of its parts changes size, in the frame after, as
 * the room lent to the pane is worked out. Otherwise the body is left where
 * it is. When `on` ends, a scroll of its own that the learner has not moved
 * since goes back to the top: what comes next (the jar's first cookie) starts
 * there.
 */
export function useEvenAir(target: RefObject<HTMLElement | null>, on: boolean): void {
  useEffect(() => {
    const body = target.current?.closest<HTMLElement>(".panel-body");
    if (!on || !body) return;
    let frame = 0;
    /** The scroll this hook gave the body, while it is still the body's. */
    let given: number | null = null;
    const isGiven = () => given !== null && Math.abs(body.scrollTop - given) < 1;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const top = evenAirScrollTop(body);
        if (top === null) return;
        body.scrollTop = top;
        given = body.scrollTop;
      });
    });
    observer.observe(body);
    for (const part of body.children) observer.observe(part);
    const onScroll = () => {
      if (!isGiven()) given = null;
    };
    body.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      body.removeEventListener("scroll", onScroll);
      if (isGiven()) body.scrollTop = 0;
    };
  }, [target, on]);
}

import { useEffect, type RefObject } from "react";
import { evenAirScrollTop } from "./evenAirScrollTop.ts";

/**
 * While `on`, the pane body holding `target` is scrolled so that its content
 * shows whole when only the air around it is short (evenAirScrollTop): again
 * whenever the body or any of its parts changes size, in the frame after, as
 * the room lent to the pane is worked out. Otherwise the body is left where
 * it is.
 */
export function useEvenAir(target: RefObject<HTMLElement | null>, on: boolean): void {
  useEffect(() => {
    const body = target.current?.closest<HTMLElement>(".panel-body");
    if (!on || !body) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const top = evenAirScrollTop(body);
        if (top !== null) body.scrollTop = top;
      });
    });
    observer.observe(body);
    for (const part of body.children) observer.observe(part);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [target, on]);
}

import { useContext, useEffect, type RefObject } from "react";
import { CookiesPaneContext } from "../layout/CookiesPaneContext.ts";

/**
 * While `on`, the cookie jar's pane has the room to show `target` whole; then it gives it back.
 * `sparing`: the tools keep their main action whole (see CookiesPaneContext).
 */
export function useRoomInPane(
  target: RefObject<HTMLElement | null>,
  on: boolean,
  sparing = false,
): void {
  const makeRoom = useContext(CookiesPaneContext);
  useEffect(() => {
    const el = target.current;
    if (!on || !makeRoom || !el) return;
    return makeRoom(el, sparing);
  }, [target, on, sparing, makeRoom]);
}

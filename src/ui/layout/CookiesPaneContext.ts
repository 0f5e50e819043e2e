import { createContext } from "react";

/**
 * The cookie jar's pane is given the room to show an element whole (the copy
 * box with its explanation, a first run's Add form), from the panes below and
 * above it: what it returns gives the room back. `sparing`: the tools keep
 * their shown tab's main action whole (Operations' Run), as a first run needs;
 * otherwise they give all but their minimum. null outside the pane layout
 * (panel tests).
 */
export const CookiesPaneContext = createContext<
  ((el: HTMLElement, sparing: boolean) => () => void) | null
>(null);

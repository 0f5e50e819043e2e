import { createContext } from "react";

/**
 * The cookie jar's pane is given the room to show an element whole (the copy
 * box with its explanation, a first run's Add form), from the panes below and
 * above it: what it returns gives the room back. null outside the pane layout
 * (panel tests).
 */
export const CookiesPaneContext = createContext<((el: HTMLElement) => () => void) | null>(null);

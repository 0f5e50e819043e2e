import { useState } from "react";

/**
 * For a box that opens in the page rather than as a modal dialog: remembers
 * the control that had focus when the box opened (read while rendering, before
 * an autoFocus inside the box takes it) and returns a function that gives focus
 * back to it, as a dialog does when it closes. Escape or Cancel then leave a
 * keyboard user where they were, not at the top of the page.
 */
export function useOpener(): () => void {
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  return () => {
    if (opener?.isConnected) opener.focus();
  };
}

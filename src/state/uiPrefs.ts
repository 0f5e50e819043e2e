import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { useStore } from "zustand";

export interface UiPrefs {
  /** Larger type and controls for a projector. */
  presenter: boolean;
  setPresenter(on: boolean): void;
  /** The server-side tab on show (Operations, Settings, manage.py, Code): a reload keeps it. */
  tab: string;
  setTab(tab: string): void;
}

/** Display preferences, kept in localStorage (they are not part of the playground's state). */
export const uiPrefs = createStore<UiPrefs>()(
  persist(
    (set) => ({
      presenter: false,
      setPresenter: (presenter) => set({ presenter }),
      tab: "ops",
      setTab: (tab) => set({ tab }),
    }),
    // Read once this tab holds the playground (bootPlayground), as the drafts are.
    { name: "session-lab.ui", skipHydration: true },
  ),
);

export const useUiPrefs = <T>(selector: (s: UiPrefs) => T) => useStore(uiPrefs, selector);

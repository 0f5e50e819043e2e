import { useEffect } from "react";
import { useStore } from "zustand";
import { persist } from "zustand/middleware";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { PlaygroundState } from "./createPlayground.ts";

/** An edit not yet applied, with what it was made over (to tell when it no longer applies). */
export interface Draft<T> {
  /** The saved value the edit started from, as JSON (a file's text as JSON too). */
  base: string;
  value: T;
}

export type DraftArea = "settings" | "code";

export interface Drafts {
  /** Settings controls, by setting name. */
  settings: Record<string, Draft<string | boolean>>;
  /** Code files being edited, by file name. */
  code: Record<string, Draft<string>>;
  put(area: DraftArea, name: string, draft: Draft<string | boolean>): void;
  /** Forgets the named drafts of `area`, or all of them. */
  drop(area: DraftArea, names?: string[]): void;
}

/**
 * Unapplied edits of the Settings and Code tabs. Only the tab on show is
 * rendered and a learner may reload at any moment, so they live here, in
 * localStorage, and not in the panels: switching tabs or reloading keeps
 * them. A draft whose base is no longer the saved value (an import, a
 * reset, settings.py rewritten by the other tab) is not shown (`current`).
 */
export const drafts = createStore<Drafts>()(
  persist(
    (set) => ({
      settings: {},
      code: {},
      put: (area, name, draft) => set((s) => ({ [area]: { ...s[area], [name]: draft } })),
      drop: (area, names) =>
        set((s) => ({
          [area]: names
            ? Object.fromEntries(Object.entries(s[area]).filter(([n]) => !names.includes(n)))
            : {},
        })),
    }),
    {
      name: "session-lab.drafts",
      partialize: ({ settings, code }) => ({ settings, code }),
      // Read once this tab holds the playground (bootPlayground): a tab waiting for another
      // would otherwise keep what it read at load and overwrite that tab's later drafts.
      skipHydration: true,
    },
  ),
);

export const useDrafts = <T>(selector: (s: Drafts) => T) => useStore(drafts, selector);

/** Whether a draft was made over the value saved now (else a save, import or reset replaced it). */
const isCurrent = (draft: Draft<unknown>, saved: unknown) => draft.base === JSON.stringify(saved);

/**
 * The drafts of `area` still made over what is saved now (name → value),
 * forgetting the others once the playground is loaded: a saved edit, an
 * import or a reset has replaced what they were made over.
 */
export function useCurrentDrafts<T extends string | boolean>(
  area: DraftArea,
  saved: (name: string) => unknown,
  loaded: boolean,
): Record<string, T> {
  const stored = useDrafts((s) => s[area]) as Record<string, Draft<T>>;
  const fresh = (name: string) => isCurrent(stored[name], saved(name));
  const stale = Object.keys(stored).filter((name) => !fresh(name));
  useEffect(() => {
    if (loaded && stale.length) drafts.getState().drop(area, stale);
  });
  return Object.fromEntries(
    Object.entries(stored)
      .filter(([name]) => fresh(name))
      .map(([name, d]) => [name, d.value]),
  );
}

/**
 * A reset or an import starts another playground (a new seed): an edit not
 * yet applied to the old one is not carried over, even where the new one's
 * file or setting is what the edit was made over.
 */
export function dropDraftsOnNewPlayground(store: StoreApi<PlaygroundState>): () => void {
  return store.subscribe((s, prev) => {
    if (prev.phase !== "ready" || s.seed === prev.seed) return;
    drafts.getState().drop("settings");
    drafts.getState().drop("code");
  });
}

/**
 * Whether an edit waits to be applied over what `state` holds (a share link
 * asks before replacing it). A stale draft, which its tab would drop when
 * next shown, does not count.
 */
export function hasCurrentDrafts(
  state: Pick<PlaygroundState, "settings" | "code">,
  stored: Pick<Drafts, DraftArea> = drafts.getState(),
): boolean {
  const current = (area: DraftArea) => {
    const saved = new Map<string, unknown>(Object.entries(state[area]));
    return Object.entries(stored[area]).some(([name, d]) => isCurrent(d, saved.get(name)));
  };
  return current("settings") || current("code");
}

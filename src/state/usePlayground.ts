import { createContext, useContext } from "react";
import { useStore, type StoreApi } from "zustand";
import type { Playground } from "./createPlayground.ts";

/** The thin React binding: components read the core through a selector. */
export const PlaygroundContext = createContext<StoreApi<Playground> | null>(null);

export function usePlayground<T>(selector: (state: Playground) => T): T {
  const store = useContext(PlaygroundContext);
  if (!store) throw new Error("usePlayground outside PlaygroundContext");
  return useStore(store, selector);
}

/** The store itself, for event handlers that need the latest state without re-rendering. */
export function usePlaygroundStore(): StoreApi<Playground> {
  const store = useContext(PlaygroundContext);
  if (!store) throw new Error("usePlaygroundStore outside PlaygroundContext");
  return store;
}

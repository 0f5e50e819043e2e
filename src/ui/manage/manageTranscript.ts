import { createStore, type StoreApi } from "zustand/vanilla";
import { useStore } from "zustand";
import { engineName, type EngineName } from "../../engine/conf/settings.ts";
import type { Playground } from "../../state/createPlayground.ts";
import {
  clearsessionsEffect,
  type ClearsessionsEffect,
  type StoreView,
} from "./clearsessionsEffect.ts";
import { manageOutput, parseManageCommand } from "./manageCommand.ts";

/** One command typed at the console and what came back. */
export type TranscriptEntry = { id: number; input: string } & (
  | { kind: "clearsessions"; output: string; engine: EngineName; effect: ClearsessionsEffect }
  | { kind: "printed"; text: string; stderr: boolean; unknown: boolean }
  | { kind: "failed"; message: string }
  | { kind: "notHere"; name: string }
  | { kind: "restarted" }
);

export interface ManageTranscript {
  entries: TranscriptEntry[];
  /** Lines typed, oldest first, for the up arrow. */
  history: string[];
  clear(): void;
}

/** The console's scrollback, outside React so it survives switching tabs (a terminal keeps it too). */
export const manageTranscript = createStore<ManageTranscript>()((set) => ({
  entries: [],
  history: [],
  clear: () => set({ entries: [] }),
}));

/** A reset or an import starts another playground: its console starts empty, as a new terminal does. */
export function clearTranscriptOnNewPlayground(playground: StoreApi<Playground>): () => void {
  return playground.subscribe((s, prev) => {
    if (prev.phase === "ready" && s.seed !== prev.seed) manageTranscript.getState().clear();
  });
}

export const useManageTranscript = <T>(selector: (s: ManageTranscript) => T) =>
  useStore(manageTranscript, selector);

let nextId = 1;

/** The store as it will be when the command runs: the viewed step's, since running continues from it. */
function storeAtRun(s: Playground): StoreView {
  if (s.cursor === null) return { store: s.store, rows: s.storeRows };
  const { store } = s.timeline[s.cursor].trace;
  return { store, rows: store.filter((e) => e.backend === "db").length };
}

/**
 * Runs one console line: `clearsessions` becomes a step of the playground
 * (store.manage); anything else is answered as Django's manage.py would,
 * without a step. The entry is added to the transcript and returned.
 */
export async function runManageLine(
  playground: StoreApi<Playground>,
  line: string,
): Promise<TranscriptEntry | null> {
  const command = parseManageCommand(line);
  if (command.kind === "empty") return null;
  const input = line.trim();
  let entry: TranscriptEntry;
  if (command.kind === "clearsessions") {
    const before = storeAtRun(playground.getState());
    try {
      const output = await playground.getState().manage("clearsessions");
      const s = playground.getState();
      const engine = engineName(s.settings);
      const after = { store: s.store, rows: s.storeRows };
      entry = {
        id: nextId++,
        input,
        kind: "clearsessions",
        output,
        engine,
        effect: clearsessionsEffect(engine, before, after, s.now),
      };
    } catch (e) {
      entry = {
        id: nextId++,
        input,
        kind: "failed",
        message: e instanceof Error ? e.message : String(e),
      };
    }
  } else if (command.kind === "runserver") {
    // restartServer reports its own failure as a notice: it does not throw.
    await playground.getState().restartServer();
    entry = { id: nextId++, input, kind: "restarted" };
  } else if (command.kind === "notHere") {
    entry = { id: nextId++, input, kind: "notHere", name: command.name };
  } else {
    entry = {
      id: nextId++,
      input,
      kind: "printed",
      ...manageOutput(command),
      unknown: command.kind === "unknown",
    };
  }
  manageTranscript.setState((s) => ({
    entries: [...s.entries, entry],
    history: s.history.at(-1) === input ? s.history : [...s.history, input],
  }));
  return entry;
}

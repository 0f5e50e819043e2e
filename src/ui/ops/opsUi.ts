import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { Op } from "../../server/views/ops.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import type { TranscriptEntry } from "../manage/manageTranscript.ts";
import { INITIAL_DRAFT, type OpDraft } from "./opDraft.ts";

/** The outcome of the last Run: the step it recorded, the manage.py command's answer, or why it failed. */
export type LastRun = { entry: TimelineEntry } | { manage: TranscriptEntry } | { error: string };

export interface OpsUi {
  selected: string;
  draft: OpDraft;
  batch: Op[];
  last: LastRun | null;
  select(op: string): void;
  patchDraft(patch: Partial<OpDraft>): void;
  addToBatch(op: Op): void;
  removeFromBatch(index: number): void;
  clearBatch(): void;
  setLast(last: LastRun | null): void;
}

/**
 * The panel's own state, outside React so that switching tabs (which
 * unmounts the panel) keeps what the learner typed and the last result.
 */
export const opsUi = createStore<OpsUi>()((set) => ({
  selected: "set",
  draft: INITIAL_DRAFT,
  batch: [],
  last: null,
  select: (selected) => set({ selected }),
  patchDraft: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  addToBatch: (op) => set((s) => ({ batch: [...s.batch, op] })),
  removeFromBatch: (index) => set((s) => ({ batch: s.batch.filter((_, i) => i !== index) })),
  clearBatch: () => set({ batch: [] }),
  setLast: (last) => set({ last }),
}));

export const useOpsUi = <T>(selector: (s: OpsUi) => T) => useStore(opsUi, selector);

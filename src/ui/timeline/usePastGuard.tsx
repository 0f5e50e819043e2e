import { useState, type ReactNode } from "react";
import { usePlayground, usePlaygroundStore } from "../../state/usePlayground.ts";
import { ConfirmDiscard } from "./ConfirmDiscard.tsx";

/**
 * For an action that becomes a step: while a past step is on show it would
 * continue from there and discard the later steps, so `guard` asks first;
 * `prompt` is the question, to render where the action was asked for.
 * `returnFocus` gives focus back to the control that asked, after either
 * answer: the question's buttons go away with it, and focus with them.
 */
export function usePastGuard({ returnFocus }: { returnFocus?: () => void } = {}): {
  guard(action: () => Promise<unknown>): void;
  /** Drops an unanswered question (the learner moved on: another file, say). */
  cancel(): void;
  prompt: ReactNode;
} {
  const store = usePlaygroundStore();
  const cursor = usePlayground((s) => s.cursor);
  // Read only while looking at the past (0 at the present), so a new step does not re-render.
  const total = usePlayground((s) => (s.cursor === null ? 0 : s.timeline.length));
  // The action waiting for an answer, and the step it would continue from: once another step is
  // on show, the question no longer stands (it must not come back when that step is viewed again).
  const [pending, setPending] = useState<{ action: () => Promise<unknown>; at: number } | null>(
    null,
  );
  if (pending && pending.at !== cursor) setPending(null);
  const guard = (action: () => Promise<unknown>) => {
    const at = store.getState().cursor;
    if (at !== null) setPending({ action, at });
    else void action();
  };
  const prompt = pending ? (
    <ConfirmDiscard
      step={pending.at}
      later={total - 1 - pending.at}
      onConfirm={() => {
        setPending(null);
        returnFocus?.();
        void pending.action();
      }}
      onCancel={() => {
        setPending(null);
        returnFocus?.();
      }}
    />
  ) : null;
  return { guard, cancel: () => setPending(null), prompt };
}

import { useState, type ReactNode } from "react";
import { usePlayground, usePlaygroundStore } from "../../state/usePlayground.ts";
import { ConfirmDiscard } from "./ConfirmDiscard.tsx";

/**
 * For an action that becomes a step: while a past step is on show it would
 * continue from there and discard the later steps, so `guard` asks first;
 * `prompt` is the question, to render where the action was asked for.
 */
export function usePastGuard(): {
  guard(action: () => Promise<unknown>): void;
  prompt: ReactNode;
} {
  const store = usePlaygroundStore();
  const cursor = usePlayground((s) => s.cursor);
  // Read only while looking at the past (0 at the present), so a new step does not re-render.
  const total = usePlayground((s) => (s.cursor === null ? 0 : s.timeline.length));
  const [pending, setPending] = useState<(() => Promise<unknown>) | null>(null);
  const guard = (action: () => Promise<unknown>) => {
    if (store.getState().cursor !== null) setPending(() => action);
    else void action();
  };
  const prompt =
    pending && cursor !== null ? (
      <ConfirmDiscard
        step={cursor}
        later={total - 1 - cursor}
        onConfirm={() => {
          setPending(null);
          void pending();
        }}
        onCancel={() => setPending(null)}
      />
    ) : null;
  return { guard, prompt };
}

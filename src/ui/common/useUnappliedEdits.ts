import { hasCurrentDrafts, useDrafts } from "../../state/drafts.ts";
import { usePlayground } from "../../state/usePlayground.ts";

/**
 * Whether the Settings or Code tab holds an edit not yet applied over what the playground
 * holds now: a reset, an import or a share link drops it, so their questions say so. The
 * component re-renders only when the answer changes, not at each keystroke or step.
 */
export function useUnappliedEdits(): boolean {
  const settings = usePlayground((s) => s.settings);
  const code = usePlayground((s) => s.code);
  return useDrafts((stored) => hasCurrentDrafts({ settings, code }, stored));
}

import { hasCurrentDrafts, useDrafts } from "../../state/drafts.ts";
import { usePlayground } from "../../state/usePlayground.ts";

/**
 * Whether the Settings or Code tab holds an edit not yet applied over what the playground
 * holds now: a reset, an import or a share link drops it, so their questions say so.
 */
export function useUnappliedEdits(): boolean {
  // The drafts live in a store of their own: read them here so a new edit re-renders.
  useDrafts((s) => s.settings);
  useDrafts((s) => s.code);
  return usePlayground((s) => hasCurrentDrafts(s));
}

import type { PaneSizes } from "./PaneSizes.ts";

/**
 * `layout` with `pane` larger by up to `percent`, taken from `donors` in turn,
 * each down to its floor (a pane may be named twice, with a lower floor the
 * second time). What the donors cannot give, the pane goes without.
 */
export function grownLayout(
  layout: PaneSizes,
  pane: string,
  percent: number,
  donors: readonly { id: string; floor: number }[],
): PaneSizes {
  const next = { ...layout };
  let wanted = percent;
  for (const { id, floor } of donors) {
    const given = Math.min(wanted, Math.max(0, next[id] - floor));
    next[id] -= given;
    next[pane] += given;
    wanted -= given;
  }
  return next;
}

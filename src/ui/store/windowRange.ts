export interface WindowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Height (px) standing in for the rows above `start`. */
  before: number;
  /** Height (px) standing in for the rows from `end` on. */
  after: number;
}

/**
 * Which rows of a fixed-row-height list are on screen. `offset` is how far
 * the viewport's top is below the list's first row (negative when the list
 * starts lower down); `overscan` extra rows on each side keep fast scrolling
 * free of blank flashes. Only this window is rendered, so 100,000 rows cost
 * what a screenful does.
 */
export function windowRange({
  offset,
  viewport,
  rowHeight,
  count,
  overscan = 8,
}: {
  offset: number;
  viewport: number;
  rowHeight: number;
  count: number;
  overscan?: number;
}): WindowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, offset) / rowHeight);
  const last = Math.ceil(Math.max(0, offset + viewport) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

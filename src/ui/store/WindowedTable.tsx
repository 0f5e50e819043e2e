import { useEffect, useRef, type CSSProperties, type ReactNode } from "react";
import { useStickyHeadRoom } from "../common/useStickyHeadRoom.ts";
import { useWindowRange } from "./useWindowRange.ts";

/**
 * A table of fixed-height rows that renders only the rows in view (plus a
 * margin), inside the scrolling element `scroller`. `renderRow(i)` returns
 * the <tr> of row i, which must carry `data-row`.
 */
export function WindowedTable({
  scroller,
  columns,
  count,
  renderRow,
  onWindow,
  labelledBy,
}: {
  scroller: HTMLElement | null;
  /**
   * Headers with their widths in em (the layout is fixed, so columns do not jump while
   * scrolling), and narrower ones that store.css uses where the panel is narrow. A column
   * that grows takes the width the others leave, its width being its least.
   */
  columns: { label: ReactNode; width: number; narrow?: number; grows?: boolean }[];
  count: number;
  renderRow(index: number): ReactNode;
  /** Told which rows are rendered (to fetch them when they are read lazily). */
  onWindow?(start: number, end: number): void;
  labelledBy?: string;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const head = useStickyHeadRoom();
  const { start, end, before, after } = useWindowRange(scroller, body, count);
  useEffect(() => {
    onWindow?.(start, end);
  }, [onWindow, start, end]);
  const rows: ReactNode[] = [];
  // The window is measured on the previous render: when rows went away since, stop at the last one.
  for (let i = start; i < Math.min(end, count); i++) rows.push(renderRow(i));
  return (
    <table
      className="grid windowed"
      aria-rowcount={count + 1}
      aria-labelledby={labelledBy}
      style={widths(
        columns.reduce((sum, c) => sum + c.width, 0),
        columns.reduce((sum, c) => sum + (c.narrow ?? c.width), 0),
      )}
    >
      <colgroup>
        {columns.map((c, i) => (
          // A growing column's width counts in the table's least width only.
          <col
            key={i}
            className={c.grows ? "grows" : undefined}
            style={c.grows ? undefined : widths(c.width, c.narrow ?? c.width)}
          />
        ))}
      </colgroup>
      <thead ref={head}>
        <tr aria-rowindex={1}>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        {before > 0 && (
          <tr className="spacer" aria-hidden="true" style={{ height: before }}>
            <td colSpan={columns.length} />
          </tr>
        )}
        {rows}
        {after > 0 && (
          <tr className="spacer" aria-hidden="true" style={{ height: after }}>
            <td colSpan={columns.length} />
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** A width and its narrow variant, as the custom properties store.css sizes tables and columns with. */
const widths = (width: number, narrow: number) =>
  ({ "--width": `${width}em`, "--narrow-width": `${narrow}em` }) as CSSProperties;

// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WindowedTable } from "./WindowedTable.tsx";

/** What a browser lays out: a 200 px scroller, rows 31.5 px high. */
const VIEWPORT = 200;
const ROW = 31.5;

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(VIEWPORT);
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
    return new DOMRect(0, 0, 0, this.matches("tr[data-row]") ? ROW : 0);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Table({ count, rendered }: { count: number; rendered: number[] }) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  return (
    <div ref={setScroller}>
      {/* Two lines of 10 px type, as store.css would have it on a wide panel: rows of 31 px. */}
      <style>{"tbody { font-size: 10px; --store-lines: 2; }"}</style>
      <WindowedTable
        scroller={scroller}
        columns={[{ label: "n", width: 5 }]}
        count={count}
        renderRow={(i) => {
          rendered.push(i);
          return (
            <tr key={i} data-row>
              <td>{i}</td>
            </tr>
          );
        }}
      />
    </div>
  );
}

/** The window at the rows' real height: 7 rows in view, and the 8 of overscan below. */
const END = Math.ceil(VIEWPORT / ROW) + 8;

describe("the rows a windowed table renders", () => {
  it("are the window at the rows' own height from the first render on, not one guessed before", () => {
    const rendered: number[] = [];
    render(<Table count={100_000} rendered={rendered} />);
    expect(Math.max(...rendered)).toBe(END - 1);
  });

  it("stand beside spacers of the rows' measured height once the first rows come to an empty table", () => {
    const rendered: number[] = [];
    const { container, rerender } = render(<Table count={0} rendered={rendered} />);
    rerender(<Table count={100_000} rendered={rendered} />);
    const spacer = container.querySelector<HTMLElement>("tr.spacer")!;
    expect(spacer.style.height).toBe(`${(100_000 - END) * ROW}px`);
  });
});

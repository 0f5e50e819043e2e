// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from "@testing-library/react";
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

  it("are worked out from the rows' height as store.css sets it while no row can be measured", () => {
    // No layout: rows measure 0, and the window stays at the estimate, --store-lines (2) lines
    // of 1.3em and 0.5em of padding at 10 px: 31 px, 7 rows in view and the 8 of overscan.
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue(new DOMRect());
    const rendered: number[] = [];
    render(<Table count={100_000} rendered={rendered} />);
    expect(Math.max(...rendered)).toBe(Math.ceil(VIEWPORT / 31) + 8 - 1);
  });

  it("stand beside spacers of the rows' measured height once the first rows come to an empty table", () => {
    const rendered: number[] = [];
    const { container, rerender } = render(<Table count={0} rendered={rendered} />);
    rerender(<Table count={100_000} rendered={rendered} />);
    const spacer = container.querySelector<HTMLElement>("tr.spacer")!;
    expect(spacer.style.height).toBe(`${(100_000 - END) * ROW}px`);
  });

  it("keep the rows' height measured near the view when the window left behind by a jump is far from it", () => {
    // Where the scroller is scrolled to, and boxes as a browser gives them: a row's height
    // comes out a quarter pixel short where its box is 1,500,000 px away (single-precision edges).
    let scrolled = 0;
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (
      this: Element,
    ) {
      if (this.matches("tbody")) return new DOMRect(0, -scrolled, 0, 0);
      if (!this.matches("tr[data-row]")) return new DOMRect(0, 0, 0, 0);
      const top = Number(this.textContent) * ROW - scrolled;
      return new DOMRect(0, top, 0, Math.abs(top) > 1_000_000 ? ROW - 0.25 : ROW);
    });
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((run) => {
      run(0);
      return 1;
    });
    const { container } = render(<Table count={100_000} rendered={[]} />);
    scrolled = 50_000 * ROW;
    act(() => void fireEvent.scroll(container.firstElementChild!));
    const spacer = container.querySelector<HTMLElement>("tr.spacer")!;
    // Rows 49,992 on (8 of overscan above row 50,000), at the height measured before the jump.
    expect(spacer.style.height).toBe(`${49_992 * ROW}px`);
  });
});

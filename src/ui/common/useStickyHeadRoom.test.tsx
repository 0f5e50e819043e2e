// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useStickyHeadRoom } from "./useStickyHeadRoom.ts";

afterEach(cleanup);
beforeEach(() => {
  // jsdom has no ResizeObserver and no layout: this one reports a head as soon as it is
  // observed, and every head is 30 px high.
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe() {
      this.callback([], this as unknown as ResizeObserver);
    }
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  vi.spyOn(HTMLTableSectionElement.prototype, "getBoundingClientRect").mockReturnValue(
    new DOMRect(0, 0, 100, 30),
  );
});

function Table() {
  return (
    <table>
      <thead ref={useStickyHeadRoom()}>
        <tr>
          <th>n</th>
        </tr>
      </thead>
    </table>
  );
}

function Body({ tables }: { tables: number }) {
  return (
    <div className="panel-body" data-testid="body">
      {Array.from({ length: tables }, (_, i) => (
        <Table key={i} />
      ))}
    </div>
  );
}

describe("the scroll padding under pinned table headers", () => {
  it("stays while another table of the same pane keeps its headers, and goes with the last", () => {
    const { getByTestId, rerender } = render(<Body tables={2} />);
    const body = getByTestId("body");
    expect(body.style.scrollPaddingTop).toBe("30px");
    rerender(<Body tables={1} />);
    expect(body.style.scrollPaddingTop).toBe("30px");
    rerender(<Body tables={0} />);
    expect(body.style.scrollPaddingTop).toBe("");
  });
});

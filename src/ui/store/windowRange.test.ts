import { describe, expect, it } from "vitest";
import { windowRange } from "./windowRange.ts";

describe("the visible window of a long table", () => {
  it("renders a screenful plus the overscan at the top of the list", () => {
    expect(
      windowRange({ offset: 0, viewport: 200, rowHeight: 20, count: 100_000, overscan: 5 }),
    ).toEqual({
      start: 0,
      end: 15,
      before: 0,
      after: (100_000 - 15) * 20,
    });
  });

  it("follows the scroll position and keeps the total height constant", () => {
    const w = windowRange({
      offset: 1_000_000,
      viewport: 200,
      rowHeight: 20,
      count: 100_000,
      overscan: 5,
    });
    expect(w).toMatchObject({ start: 49_995, end: 50_015 });
    expect(w.before + (w.end - w.start) * 20 + w.after).toBe(100_000 * 20);
  });

  it("stops at the end of the list", () => {
    const w = windowRange({ offset: 1990, viewport: 200, rowHeight: 20, count: 100, overscan: 5 });
    expect(w).toMatchObject({ start: 94, end: 100, after: 0 });
  });

  it("renders the first rows when the list starts below the viewport's top", () => {
    expect(
      windowRange({ offset: -150, viewport: 200, rowHeight: 20, count: 50, overscan: 0 }),
    ).toMatchObject({
      start: 0,
      end: 3,
    });
  });

  it("renders nothing for a list scrolled far out of view or an empty one", () => {
    expect(
      windowRange({ offset: -500, viewport: 200, rowHeight: 20, count: 50, overscan: 0 }),
    ).toMatchObject({
      start: 0,
      end: 0,
    });
    expect(windowRange({ offset: 0, viewport: 200, rowHeight: 20, count: 0 })).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0,
    });
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { evenAirScrollTop } from "./evenAirScrollTop.ts";

/**
 * A pane body 200 px high at y = 100, scrolled by `scrollTop`, its two parts
 * from `first` to `last` (px from the content's start) and `height` px of
 * content in all: jsdom does no layout, so the boxes are given.
 */
function body({
  height,
  first,
  last,
  scrollTop = 0,
}: {
  height: number;
  first: number;
  last: number;
  scrollTop?: number;
}) {
  const el = document.createElement("div");
  const top = 100 - scrollTop;
  const part = (y0: number, y1: number) => {
    const p = document.createElement("p");
    p.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: top + y0, width: 10, height: y1 - y0 });
    return p;
  };
  el.append(part(first, first + 20), part(last - 20, last));
  Object.defineProperties(el, {
    scrollHeight: { value: height },
    clientHeight: { value: 200 },
    clientTop: { value: 0 },
    scrollTop: { value: scrollTop },
  });
  el.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 100, width: 10, height: 200 });
  return el;
}

describe("evenAirScrollTop", () => {
  it("has no scroll to give content that fits", () => {
    expect(evenAirScrollTop(body({ height: 190, first: 10, last: 180 }))).toBeNull();
  });

  it("takes what is missing from the air above and below alike, so that the content shows whole", () => {
    // 10 px of air either side, 6 px missing: 3 px from each.
    expect(evenAirScrollTop(body({ height: 206, first: 10, last: 196 }))).toBe(3);
  });

  it("takes from each air in proportion to its size", () => {
    // 4 px above, 12 below, 8 missing: a quarter from above.
    expect(evenAirScrollTop(body({ height: 208, first: 4, last: 196 }))).toBe(2);
  });

  it("reads the same wherever the body is scrolled to", () => {
    expect(evenAirScrollTop(body({ height: 206, first: 10, last: 196, scrollTop: 6 }))).toBe(3);
  });

  it("leaves the scroll to the learner when the content cannot fit even without its air", () => {
    expect(evenAirScrollTop(body({ height: 240, first: 10, last: 230, scrollTop: 37 }))).toBeNull();
  });

  it("has nothing to scroll in an empty body", () => {
    expect(evenAirScrollTop(document.createElement("div"))).toBeNull();
  });
});

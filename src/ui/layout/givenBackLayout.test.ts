import { describe, expect, it } from "vitest";
import { givenBackLayout } from "./givenBackLayout.ts";

const before = { tools: 46, cookies: 27, store: 27 };
const after = { tools: 15, cookies: 75, store: 10 };

describe("givenBackLayout", () => {
  it("gives the tools their room back when the learner dragged only the store's divider", () => {
    expect(givenBackLayout(before, after, { tools: 15, cookies: 60, store: 25 }, 10)).toEqual({
      tools: 46,
      cookies: 29,
      store: 25,
    });
  });

  it("gives the store its room back when the learner dragged only the tools' divider", () => {
    expect(givenBackLayout(before, after, { tools: 30, cookies: 60, store: 10 }, 10)).toEqual({
      tools: 30,
      cookies: 43,
      store: 27,
    });
  });

  it("keeps both where the learner dragged both", () => {
    expect(givenBackLayout(before, after, { tools: 20, cookies: 50, store: 30 }, 10)).toEqual({
      tools: 20,
      cookies: 50,
      store: 30,
    });
  });

  it("leaves the cookies their minimum where the store was made very large", () => {
    expect(givenBackLayout(before, after, { tools: 15, cookies: 15, store: 70 }, 10)).toEqual({
      tools: 20,
      cookies: 10,
      store: 70,
    });
  });

  it("keeps tools the learner made larger, the store giving way so the cookies keep their minimum", () => {
    expect(givenBackLayout(before, after, { tools: 80, cookies: 10, store: 10 }, 10)).toEqual({
      tools: 80,
      cookies: 10,
      store: 10,
    });
    expect(givenBackLayout(before, after, { tools: 70, cookies: 20, store: 10 }, 10)).toEqual({
      tools: 70,
      cookies: 10,
      store: 20,
    });
  });

  it("adds up to the whole column, the cookies never below their minimum", () => {
    for (const tools of [15, 30, 50, 70, 80])
      for (const store of [10, 20, 40, 60]) {
        if (tools + store > 90) continue;
        const now = { tools, cookies: 100 - tools - store, store };
        const next = givenBackLayout(before, after, now, 10);
        expect(next.tools + next.cookies + next.store).toBeCloseTo(100);
        expect(next.cookies).toBeGreaterThanOrEqual(10 - 1e-9);
      }
  });
});

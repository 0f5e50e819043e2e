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
});

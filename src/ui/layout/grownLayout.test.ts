import { describe, expect, it } from "vitest";
import { grownLayout } from "./grownLayout.ts";

const column = { tools: 46, cookies: 27, store: 27 };
const donors = (storeBlank: number) => [
  { id: "store", floor: column.store - storeBlank },
  { id: "tools", floor: 15 },
  { id: "store", floor: 10 },
];

describe("grownLayout", () => {
  it("takes what the store leaves blank before anything from the tools", () => {
    expect(grownLayout(column, "cookies", 5, donors(8))).toEqual({
      tools: 46,
      cookies: 32,
      store: 22,
    });
  });

  it("then takes the tools down to their minimum, and only then the store's rows", () => {
    expect(grownLayout(column, "cookies", 40, donors(2))).toEqual({
      tools: 15,
      cookies: 67,
      store: 18,
    });
  });

  it("gives what the others can spare when they are at their minimum", () => {
    expect(grownLayout(column, "cookies", 90, donors(0))).toEqual({
      tools: 15,
      cookies: 75,
      store: 10,
    });
  });
});

import { describe, expect, it } from "vitest";
import { pyFloat } from "./pyFloat.ts";
import type { PyOpaque } from "./pyOpaque.ts";
import { pyOpaqueRepr } from "./pyOpaqueRepr.ts";
import vectors from "./pyOpaqueRepr.vectors.json" with { type: "json" };

/** The vectors mark a float like 2.0 as {"float": 2.0}: the engine holds it boxed. */
const held = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(held);
  if (typeof v !== "object" || v === null) return v;
  if ("float" in v) return pyFloat((v as { float: number }).float);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, held(x)]));
};

describe("pyOpaqueRepr", () => {
  it.each(vectors.map(([carried, repr]) => [repr, carried]))(
    "writes %s as CPython's repr() does",
    (repr, carried) => {
      expect(pyOpaqueRepr(held(carried) as PyOpaque)).toBe(repr);
    },
  );

  it("writes an object of the view's own class as Python's default repr, without the address", () => {
    expect(pyOpaqueRepr({ pyOpaque: "object", value: "Cart" })).toBe("<Cart object>");
  });
});

import { describe, expect, it } from "vitest";
import { renderTemplate } from "../template/renderTemplate.ts";
import { contextFromPython } from "./contextFromPython.ts";

describe("a template context from a Python view", () => {
  it("keeps its variables when one of its names is integer-like, a dict's order and a float's type", () => {
    const context = contextFromPython(
      '{"user": "ann", "1": "one", "cart": {"2": 1, "1": 5.0}, "total": 10.0}',
    );
    expect(renderTemplate("Hello {{ user }}: {{ cart }} {{ total }}", context)).toBe(
      "Hello ann: {&#x27;2&#x27;: 1, &#x27;1&#x27;: 5.0} 10.0",
    );
  });
});

import { describe, expect, it } from "vitest";
import { renderTemplate } from "../template/renderTemplate.ts";
import { contextFromPython } from "./contextFromPython.ts";

describe("a template context from a Python view", () => {
  it("keeps its variables when one of its names is integer-like, and a dict's order inside", () => {
    const context = contextFromPython('{"user": "ann", "1": "one", "cart": {"2": 1, "1": 5}}');
    expect(renderTemplate("Hello {{ user }}: {{ cart }}", context)).toBe(
      "Hello ann: {&#x27;2&#x27;: 1, &#x27;1&#x27;: 5}",
    );
  });
});

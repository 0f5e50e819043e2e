import { describe, expect, it } from "vitest";
import { parseScenario } from "../../scenario/parseScenario.ts";
import { showValue } from "./showValue.ts";

describe("showValue", () => {
  it("shows a value as JSON, cut to the limit", () => {
    expect(showValue({ a: [1, "x"] })).toBe('{"a":[1,"x"]}');
    expect(showValue("x".repeat(100), 10)).toBe('"xxxxxx...');
    expect(showValue(undefined)).toBe("undefined");
  });

  it("names a value nested too deeply to write, so a message about it can still be written", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(showValue(JSON.parse(deep))).toBe("[...]");
    // A scenario that deep is refused for its depth, before any step is looked at.
    expect(() => parseScenario(`{"settings": {"SECRET_KEY": "k"}, "steps": [${deep}]}`, 0)).toThrow(
      /^its arrays and objects nest more than 960 levels deep/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseScenario } from "../../scenario/parseScenario.ts";
import { showValue } from "./showValue.ts";

describe("showValue", () => {
  it("shows a value as JSON, cut to the limit", () => {
    expect(showValue({ a: [1, "x"] })).toBe('{"a":[1,"x"]}');
    expect(showValue("x".repeat(100), 10)).toBe('"xxxxxx...');
    expect(showValue(undefined)).toBe("undefined");
  });

  it("names a value nested too deeply to write, so a refused scenario still says why", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(showValue(JSON.parse(deep))).toBe("[...]");
    expect(() => parseScenario(`{"settings": {"SECRET_KEY": "k"}, "steps": [${deep}]}`, 0)).toThrow(
      /^steps\[0\]: a step is an object with exactly one key .*, got \[\.\.\.\]$/,
    );
  });
});

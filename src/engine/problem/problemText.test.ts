import { describe, expect, it } from "vitest";
import { problemText } from "./problemText.ts";

const TABLE = {
  plain: "{{name}} must be {{what}}, got {{got}}",
  arity_one: "takes {{count}} argument",
  arity_other: "takes {{count}} arguments",
  json: { CommaExpected: "line {{line}}: comma expected" },
} as const;

describe("problemText", () => {
  it("fills every value a template names, however often", () => {
    expect(
      problemText(TABLE, "t", {
        code: "t.plain",
        params: { name: "A", what: "B", got: '"{{x}}"' },
      }),
    ).toBe('A must be B, got "{{x}}"');
  });

  it("chooses the English plural form by count, as i18next does", () => {
    expect(problemText(TABLE, "t", { code: "t.arity", params: { count: 1 } })).toBe(
      "takes 1 argument",
    );
    expect(problemText(TABLE, "t", { code: "t.arity", params: { count: 0 } })).toBe(
      "takes 0 arguments",
    );
  });

  it("reads a nested code by its dots", () => {
    expect(problemText(TABLE, "t", { code: "t.json.CommaExpected", params: { line: 3 } })).toBe(
      "line 3: comma expected",
    );
  });

  it("refuses a code of another table, an unknown code and a missing value", () => {
    expect(() => problemText(TABLE, "t", { code: "u.plain", params: {} })).toThrow(/not a code/);
    expect(() => problemText(TABLE, "t", { code: "t.nope", params: {} })).toThrow(/no message/);
    expect(() => problemText(TABLE, "t", { code: "t.plain", params: { name: "A" } })).toThrow(
      /needs \{\{what\}\}/,
    );
  });
});

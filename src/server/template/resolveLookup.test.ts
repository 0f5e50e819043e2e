import { describe, expect, it } from "vitest";
import { renderTemplate } from "./renderTemplate.ts";

// Context values that JSON can't carry. Django's rules for Python objects apply:
// callables are called with no arguments, objects expose attributes.
describe("resolveLookup with JavaScript values", () => {
  it("calls a function found by a lookup, with its object as `this`", () => {
    class Account {
      constructor(readonly name: string) {}
      greeting() {
        return `Hi ${this.name}`;
      }
    }
    const context = { account: new Account("Ada"), now: () => "noon" };
    expect(renderTemplate("{{ account.greeting }} at {{ now }}", context)).toBe("Hi Ada at noon");
  });

  it("renders a function that needs arguments as an empty string", () => {
    expect(renderTemplate("[{{ add }}]", { add: (a: number, b: number) => a + b })).toBe("[]");
  });

  it("honours Django's do_not_call_in_templates and alters_data flags", () => {
    const kept = Object.assign(() => "called", { do_not_call_in_templates: true });
    const risky = Object.assign(() => "deleted everything", { alters_data: true });
    expect(renderTemplate("{% if kept %}kept{% endif %}[{{ risky }}]", { kept, risky })).toBe(
      "kept[]",
    );
  });

  it("renders a function returning undefined as None", () => {
    expect(renderTemplate("{{ nothing }}", { nothing: () => undefined })).toBe("None");
  });

  it("reads class instance properties but not inherited Object members", () => {
    class Point {
      x = 1;
      get double() {
        return this.x * 2;
      }
    }
    expect(
      renderTemplate("{{ p.x }}{{ p.double }}[{{ p.toString }}{{ p.constructor }}]", {
        p: new Point(),
      }),
    ).toBe("12[]");
  });

  it("treats a Map as a dict", () => {
    const m = new Map<unknown, unknown>([
      ["a", 1],
      [2, "two"],
    ]);
    expect(renderTemplate("{{ m.a }} {{ m.2 }} {{ m|length }} {{ m }}", { m })).toBe(
      "1 two 2 {&#x27;a&#x27;: 1, 2: &#x27;two&#x27;}",
    );
  });

  it("treats an undefined property as missing and an undefined list item as None", () => {
    const context = { d: { gone: undefined, kept: 1 }, l: [undefined], top: undefined };
    expect(
      renderTemplate("[{{ d.gone }}][{{ l.0 }}][{{ top|default:'x' }}] {{ d }}", context),
    ).toBe("[][None][x] {&#x27;kept&#x27;: 1}");
  });

  it("prints bigints and big integer literals exactly", () => {
    expect(renderTemplate("{{ n }} {{ 12345678901234567890 }}", { n: 2n ** 70n })).toBe(
      "1180591620717411303424 12345678901234567890",
    );
  });

  it("treats numbers beyond the safe integer range as floats, as JSON-decoded Python would", () => {
    expect(renderTemplate("{{ l }}", { l: [2 ** 53, 1e300] })).toBe("[9007199254740992.0, 1e+300]");
  });
});

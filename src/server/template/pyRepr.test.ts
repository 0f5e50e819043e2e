import { describe, expect, it } from "vitest";
import { DictView } from "./DictView.ts";
import { PyTuple } from "./PyTuple.ts";
import { SafeString } from "./SafeString.ts";
import { pyRepr } from "./pyRepr.ts";

// Expected values are Python 3's repr() of the equivalent Python values.
describe("pyRepr", () => {
  it("prints scalars like Python", () => {
    expect(pyRepr(null)).toBe("None");
    expect(pyRepr(true)).toBe("True");
    expect(pyRepr(7)).toBe("7");
    expect(pyRepr(Object(7))).toBe("7.0");
  });

  it("prefers single quotes unless the text has only single quotes", () => {
    expect(pyRepr("a")).toBe("'a'");
    expect(pyRepr("it's")).toBe(`"it's"`);
    expect(pyRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pyRepr(new SafeString("safe"))).toBe("'safe'");
  });

  it("escapes control and non-printable characters but keeps printable Unicode", () => {
    expect(pyRepr("\t\n\r\\\x01\x7f")).toBe("'\\t\\n\\r\\\\\\x01\\x7f'");
    expect(pyRepr("\xa0\u200b\u2028é😀")).toBe("'\\xa0\\u200b\\u2028é😀'");
    expect(pyRepr("\ud800")).toBe("'\\ud800'");
  });

  it("prints lists, tuples, dicts and dict views", () => {
    expect(pyRepr([1, "a", [null]])).toBe("[1, 'a', [None]]");
    expect(pyRepr(new PyTuple(["a"]))).toBe("('a',)");
    expect(pyRepr(new PyTuple(["a", 1]))).toBe("('a', 1)");
    expect(pyRepr({ k: { n: [] } })).toBe("{'k': {'n': []}}");
    expect(pyRepr(new DictView("dict_keys", ["k"]))).toBe("dict_keys(['k'])");
  });
});

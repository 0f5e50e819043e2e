import { describe, expect, it } from "vitest";
import { pythonPieces } from "./pythonPieces.ts";

describe("pythonPieces", () => {
  it("lets a call wrap before its dots and after its opening bracket, never inside a name", () => {
    expect(pythonPieces("request.session.set_expiry(300)")).toEqual([
      "request",
      ".session",
      ".set_expiry(",
      "300)",
    ]);
  });

  it("leaves string literals whole, dots and commas inside them included", () => {
    expect(pythonPieces("request.session['a.b, c'] = [1, 2]")).toEqual([
      "request",
      ".session[",
      "'a.b, c'] = [",
      "1,",
      " 2]",
    ]);
  });

  it("keeps an escaped quote inside its string", () => {
    expect(pythonPieces(`request.session.get('it\\'s.x')`)).toEqual([
      "request",
      ".session",
      ".get(",
      `'it\\'s.x')`,
    ]);
  });

  it("keeps a number with a decimal point whole", () => {
    expect(pythonPieces("request.session['price'] = 12.75")).toEqual([
      "request",
      ".session[",
      "'price'] = 12.75",
    ]);
  });

  it("gives back the whole text, in order", () => {
    const code = "request.session.setdefault('cart', {'n': [1.5, 2]})";
    expect(pythonPieces(code).join("")).toBe(code);
  });
});

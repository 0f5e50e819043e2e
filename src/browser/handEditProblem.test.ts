import { describe, expect, it } from "vitest";
import { handEditProblem } from "./handEditProblem.ts";

describe("a cookie typed by hand in the developer tools", () => {
  it("is stored when a Set-Cookie could carry it as it is", () => {
    expect(handEditProblem("sessionid", "abc123")).toBeNull();
    expect(handEditProblem("sessionid", "")).toBeNull();
    expect(handEditProblem("theme", 'a b=c,"d"')).toBeNull();
    expect(handEditProblem("n", "x".repeat(4095))).toBeNull();
  });

  it("is refused with ';' (an attribute typed into the value), '=' in the name or a control character", () => {
    expect(handEditProblem("sessionid", "abc; Path=/x; HttpOnly")).toBe("cookieEditChars");
    expect(handEditProblem("a=b", "v")).toBe("cookieEditChars");
    expect(handEditProblem("sessionid", "a\nb")).toBe("cookieEditChars");
  });

  it("is refused with neither a name nor a value, as Chromium refuses one with no content", () => {
    expect(handEditProblem("", "")).toBe("cookieEditEmpty");
    expect(handEditProblem("", "v")).toBeNull();
  });

  it("is refused with a space at either end, which parsing would trim", () => {
    expect(handEditProblem("sessionid", " abc")).toBe("cookieEditSpace");
    expect(handEditProblem("sessionid ", "abc")).toBe("cookieEditSpace");
  });

  it("is refused when name and value exceed 4096 bytes together, counted in UTF-8", () => {
    expect(handEditProblem("n", "x".repeat(4096))).toBe("cookieEditSize");
    expect(handEditProblem("n", "é".repeat(2048))).toBe("cookieEditSize");
  });
});

import { describe, expect, it } from "vitest";
import { parseCookie } from "./parseCookie.ts";

const entries = (header: string) => [...parseCookie(header)];

/** Expected values were printed by Django 5.2.17's django.http.cookie.parse_cookie. */
describe("parseCookie", () => {
  it("splits pairs on ; and trims names and values", () => {
    expect(entries(" a = 1 ; b=2")).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
  });

  it("splits each pair at the first = only", () => {
    expect(parseCookie("b=2=3").get("b")).toBe("2=3");
  });

  it("lets the last duplicate win, keeping the first one's position", () => {
    expect(entries("b=1; a=2; b=3")).toEqual([
      ["b", "3"],
      ["a", "2"],
    ]);
    expect(parseCookie("sessionid=long-path; sessionid=root-path").get("sessionid")).toBe(
      "root-path",
    );
  });

  it('unquotes quoted values, "" becoming the empty string', () => {
    expect(parseCookie('a="x y"').get("a")).toBe("x y");
    expect(parseCookie('sessionid=""').get("sessionid")).toBe("");
    expect(parseCookie('sessionid=""').has("sessionid")).toBe(true);
  });

  it("undoes backslash and octal escapes inside quotes", () => {
    expect(parseCookie('a="\\101\\"b"').get("a")).toBe('A"b');
    expect(parseCookie('a="a\\054b\\073c"').get("a")).toBe("a,b;c");
  });

  it("leaves a value with an unmatched quote as it is", () => {
    expect(parseCookie('a="unterminated').get("a")).toBe('"unterminated');
  });

  it("gives a chunk without = the empty name", () => {
    expect(entries("x; a=1")).toEqual([
      ["", "x"],
      ["a", "1"],
    ]);
    expect(entries("=v")).toEqual([["", "v"]]);
  });

  it("skips empty chunks", () => {
    expect(entries("a=1;;b=2; ")).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
  });
});

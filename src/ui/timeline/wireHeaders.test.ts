import { describe, expect, it } from "vitest";
import { abbreviateCookieHeader, statusLine, visibleHeaders } from "./wireHeaders.ts";

describe("visibleHeaders", () => {
  it("hides the playground's instrumentation headers", () => {
    expect(
      visibleHeaders([
        ["Vary", "Cookie"],
        ["x-session-lab-flags", "{}"],
        ["X-Session-Lab-Ops", "[]"],
      ]),
    ).toEqual([["Vary", "Cookie"]]);
  });
});

describe("statusLine", () => {
  it("writes the status line with its reason phrase", () => {
    expect(statusLine(302)).toBe("HTTP/1.1 302 Found");
    expect(statusLine(299)).toBe("HTTP/1.1 299 Unknown Status Code");
  });
});

describe("abbreviateCookieHeader", () => {
  it("shortens each long value and keeps the names", () => {
    expect(abbreviateCookieHeader("sessionid=k3j2x9pq7w0e1r; a=b")).toBe(
      "sessionid=k3j2x9pq…; a=b",
    );
  });
});

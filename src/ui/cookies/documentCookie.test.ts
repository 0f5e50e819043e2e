import { describe, expect, it } from "vitest";
import type { TraceCookie } from "../../scenario/Trace.ts";
import { cookieSize } from "./cookieSize.ts";
import { documentCookie, documentCookieText } from "./documentCookie.ts";

const NOW = "2026-01-01T00:00:00Z";
const cookie = (over: Partial<TraceCookie>): TraceCookie => ({
  name: "c",
  value: "v",
  expires: null,
  path: "/",
  domain: "testserver",
  secure: false,
  httponly: false,
  samesite: null,
  ...over,
});

describe("what page JavaScript sees in document.cookie", () => {
  it("hides the HttpOnly session cookie and shows the others", () => {
    const jar = [
      cookie({ name: "sessionid", value: "abc", httponly: true }),
      cookie({ name: "theme", value: "dark" }),
    ];
    const seen = documentCookie(jar, "http://testserver/backend/", NOW);
    expect(documentCookieText(seen)).toBe("theme=dark");
  });

  it("shows an IPv6 host's cookies, which the jar holds without brackets", () => {
    const jar = [cookie({ name: "theme", value: "dark", domain: "::1" })];
    expect(documentCookieText(documentCookie(jar, "http://[::1]:8000/", NOW))).toBe("theme=dark");
  });

  it("hides Secure cookies on an http page but shows them on https", () => {
    const jar = [cookie({ name: "s", secure: true })];
    expect(documentCookie(jar, "http://testserver/", NOW)).toEqual([]);
    expect(documentCookie(jar, "https://testserver/", NOW)).toHaveLength(1);
  });

  it("matches paths on a slash boundary and puts longer paths first", () => {
    const jar = [
      cookie({ name: "root", path: "/" }),
      cookie({ name: "app", path: "/app" }),
      cookie({ name: "apple", path: "/apple" }),
    ];
    const seen = documentCookie(jar, "http://testserver/app/x", NOW);
    expect(documentCookieText(seen)).toBe("app=v; root=v");
  });

  it("matches a domain cookie from a subdomain but not another site's cookie", () => {
    const jar = [
      cookie({ name: "d", domain: "example.com" }),
      cookie({ name: "o", domain: "other.org" }),
    ];
    expect(documentCookieText(documentCookie(jar, "http://www.example.com/", NOW))).toBe("d=v");
  });

  it("leaves out a cookie whose expiry has been reached", () => {
    const jar = [cookie({ expires: NOW })];
    expect(documentCookie(jar, "http://testserver/", NOW)).toEqual([]);
  });
});

describe("the Size column", () => {
  it("adds the name's and the value's bytes, as Chrome does", () => {
    expect(cookieSize({ name: "sessionid", value: "x".repeat(32) })).toBe(41);
    expect(cookieSize({ name: "é", value: "" })).toBe(2);
  });
});

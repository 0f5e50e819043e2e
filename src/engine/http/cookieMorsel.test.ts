import { describe, expect, it } from "vitest";
import { PythonError } from "../python/PythonError.ts";
import { deleteCookieHeader, setCookieHeader } from "./cookieMorsel.ts";

const NOW = Date.UTC(2026, 0, 1);
const EPOCH = "Thu, 01 Jan 1970 00:00:00 GMT";

/** Expected lines were printed by Django 5.2.17's HttpResponse.set_cookie / delete_cookie. */
describe("setCookieHeader", () => {
  it("writes the session cookie line Django sends by default", () => {
    expect(
      setCookieHeader(
        "sessionid",
        "abcdefgh12345678abcdefgh12345678",
        { maxAge: 1209600, path: "/", httponly: true, samesite: "Lax" },
        NOW,
      ),
    ).toBe(
      "sessionid=abcdefgh12345678abcdefgh12345678; expires=Thu, 15 Jan 2026 00:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax",
    );
  });

  it("orders every attribute as Morsel does: Domain, expires, HttpOnly, Max-Age, Path, SameSite, Secure", () => {
    expect(
      setCookieHeader(
        "sessionid",
        "abc",
        {
          secure: true,
          samesite: "None",
          path: "/app",
          maxAge: 300,
          httponly: true,
          expires: "Thu, 01 Jan 2026 00:05:00 GMT",
          domain: ".example.com",
        },
        NOW,
      ),
    ).toBe(
      "sessionid=abc; Domain=.example.com; expires=Thu, 01 Jan 2026 00:05:00 GMT; HttpOnly; Max-Age=300; Path=/app; SameSite=None; Secure",
    );
  });

  it("keeps an expires string given with max_age instead of computing one", () => {
    expect(setCookieHeader("n", "v", { maxAge: 60, expires: "X", path: "/" }, NOW)).toBe(
      "n=v; expires=X; Max-Age=60; Path=/",
    );
  });

  it("computes expires from max_age when none is given", () => {
    expect(setCookieHeader("n", "v", { maxAge: 90 }, NOW)).toBe(
      "n=v; expires=Thu, 01 Jan 2026 00:01:30 GMT; Max-Age=90",
    );
  });

  it("writes Max-Age=0 (zero is not an empty attribute) with expires now", () => {
    expect(setCookieHeader("n", "v", { maxAge: 0, path: "/" }, NOW)).toBe(
      "n=v; expires=Thu, 01 Jan 2026 00:00:00 GMT; Max-Age=0; Path=/",
    );
  });

  it("writes a negative max_age as given, with an expires in the past", () => {
    expect(setCookieHeader("n", "v", { maxAge: -10, path: "/" }, NOW)).toBe(
      "n=v; expires=Wed, 31 Dec 2025 23:59:50 GMT; Max-Age=-10; Path=/",
    );
  });

  it("truncates a fractional max_age toward zero but floors the expires time", () => {
    expect(setCookieHeader("n", "v", { maxAge: 1.9 }, NOW + 500)).toBe(
      "n=v; expires=Thu, 01 Jan 2026 00:00:02 GMT; Max-Age=1",
    );
  });

  it("omits Max-Age and expires for a browser-close cookie", () => {
    expect(
      setCookieHeader(
        "sessionid",
        "k",
        { maxAge: null, expires: null, path: "/", httponly: true, samesite: "Lax" },
        NOW,
      ),
    ).toBe("sessionid=k; HttpOnly; Path=/; SameSite=Lax");
  });

  it("omits empty Path and Domain, and false or null flags", () => {
    expect(
      setCookieHeader(
        "n",
        "v",
        { path: "", domain: "", secure: null, httponly: false, samesite: false },
        NOW,
      ),
    ).toBe("n=v");
  });

  it('writes the empty value as "" (two quote characters)', () => {
    expect(setCookieHeader("n", "", { path: "/" }, NOW)).toBe('n=""; Path=/');
  });

  it("leaves a signed-cookie token (with : . - _) unquoted", () => {
    const token = ".eJyrVspWslKqGCZAqRYAxxtf5g:1r31eq:xLNpO65UlDpBggw5v0lALHVXqPBRt2JBQHGihNi7sA4";
    expect(setCookieHeader("sessionid", token, {}, NOW)).toBe(`sessionid=${token}`);
  });

  it("quotes values with spaces or = without escaping them", () => {
    expect(setCookieHeader("n", "a b", {}, NOW)).toBe('n="a b"');
    expect(setCookieHeader("n", "x=y", {}, NOW)).toBe('n="x=y"');
  });

  it("escapes comma and semicolon as octal, quote and backslash with a backslash", () => {
    expect(setCookieHeader("n", 'a,b;c"d\\e', {}, NOW)).toBe('n="a\\054b\\073c\\"d\\\\e"');
  });

  it("escapes Latin-1 characters as octal but leaves characters above U+00FF as they are", () => {
    // Python: http.cookies._Translator covers range(256) only → n="\351€"
    expect(setCookieHeader("n", "é€", {}, NOW)).toBe('n="\\351€"');
  });

  it("emits SameSite verbatim in the case it was configured", () => {
    expect(setCookieHeader("n", "v", { samesite: "lax" }, NOW)).toBe("n=v; SameSite=lax");
    expect(setCookieHeader("n", "v", { samesite: "STRICT" }, NOW)).toBe("n=v; SameSite=STRICT");
  });

  it("raises Python's ValueError for an unknown samesite value", () => {
    let error: unknown;
    try {
      setCookieHeader("n", "v", { samesite: "loose" }, NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PythonError);
    expect(error).toMatchObject({
      pythonName: "ValueError",
      message: 'samesite must be "lax", "none", or "strict".',
    });
  });
});

describe("deleteCookieHeader", () => {
  it("writes Django's deletion line for the default session cookie settings", () => {
    expect(deleteCookieHeader("sessionid", { path: "/", domain: null, samesite: "Lax" }, NOW)).toBe(
      `sessionid=""; expires=${EPOCH}; Max-Age=0; Path=/; SameSite=Lax`,
    );
  });

  it("defaults the path to / and never adds HttpOnly", () => {
    expect(deleteCookieHeader("sessionid", {}, NOW)).toBe(
      `sessionid=""; expires=${EPOCH}; Max-Age=0; Path=/`,
    );
  });

  it("adds Secure for SameSite=None in any case, with Domain and Path", () => {
    expect(
      deleteCookieHeader("sid", { samesite: "NONE", domain: "example.com", path: "/p" }, NOW),
    ).toBe(
      `sid=""; Domain=example.com; expires=${EPOCH}; Max-Age=0; Path=/p; SameSite=NONE; Secure`,
    );
  });

  it("adds Secure for __Secure- and __Host- names", () => {
    expect(deleteCookieHeader("__Secure-x", {}, NOW)).toBe(
      `__Secure-x=""; expires=${EPOCH}; Max-Age=0; Path=/; Secure`,
    );
    expect(deleteCookieHeader("__Host-sid", { samesite: "None", domain: "example.com" }, NOW)).toBe(
      `__Host-sid=""; Domain=example.com; expires=${EPOCH}; Max-Age=0; Path=/; SameSite=None; Secure`,
    );
  });

  it("matches the prefixes case-sensitively, as Django does", () => {
    expect(deleteCookieHeader("__secure-x", {}, NOW)).toBe(
      `__secure-x=""; expires=${EPOCH}; Max-Age=0; Path=/`,
    );
  });

  it("does not add Secure for SameSite Lax or false", () => {
    expect(deleteCookieHeader("sessionid", { samesite: false }, NOW)).toBe(
      `sessionid=""; expires=${EPOCH}; Max-Age=0; Path=/`,
    );
    expect(deleteCookieHeader("sessionid", { samesite: "Strict" }, NOW)).not.toContain("Secure");
  });

  it("does not depend on the current time", () => {
    expect(deleteCookieHeader("s", {}, NOW)).toBe(deleteCookieHeader("s", {}, NOW + 86_400_000));
  });
});

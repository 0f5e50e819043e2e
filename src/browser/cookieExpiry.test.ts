import { describe, expect, it } from "vitest";
import { cookieExpiry } from "./cookieExpiry.ts";

const now = Date.parse("2026-11-29T03:16:16Z");
const day = 24 * 60 * 60 * 1000;

describe("cookieExpiry", () => {
  it("gives a session cookie no expiry", () => {
    expect(cookieExpiry({ maxAge: null, expires: null }, now)).toBeNull();
  });

  it("counts Max-Age from now on the virtual clock", () => {
    expect(cookieExpiry({ maxAge: 1209600, expires: null }, now)).toBe(now + 14 * day);
  });

  it("prefers Max-Age to Expires", () => {
    expect(cookieExpiry({ maxAge: 300, expires: now + day }, now)).toBe(now + 300_000);
  });

  it("makes Max-Age zero or below expired at any time", () => {
    expect(cookieExpiry({ maxAge: 0, expires: now + day }, now)).toBe(-Infinity);
    expect(cookieExpiry({ maxAge: -5, expires: null }, now)).toBe(-Infinity);
  });

  it("caps both Max-Age and Expires at 400 days", () => {
    expect(cookieExpiry({ maxAge: 10 * 365 * 86400, expires: null }, now)).toBe(now + 400 * day);
    expect(cookieExpiry({ maxAge: null, expires: Date.parse("2099-01-01T00:00:00Z") }, now)).toBe(
      now + 400 * day,
    );
    expect(cookieExpiry({ maxAge: 400 * 86400 - 1, expires: null }, now)).toBe(
      now + 400 * day - 1000,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseSetCookie } from "./parseSetCookie.ts";

const parsed = (header: string) => {
  const result = parseSetCookie(header);
  if (!result.ok) throw new Error(`expected ${header} to parse, got ${result.reason}`);
  return result.cookie;
};

describe("parseSetCookie", () => {
  it("reads every attribute of Django's session cookie line", () => {
    expect(
      parsed(
        "sessionid=jb2tabc; expires=Sun, 13 Dec 2026 03:16:16 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax",
      ),
    ).toEqual({
      name: "sessionid",
      value: "jb2tabc",
      domain: null,
      path: "/",
      maxAge: 1209600,
      expires: Date.parse("2026-12-13T03:16:16Z"),
      secure: false,
      httpOnly: true,
      sameSite: "Lax",
    });
  });

  it("drops the leading dot of Domain and lower-cases it", () => {
    expect(parsed("a=b; Domain=.EXAMPLE.com").domain).toBe("example.com");
  });

  it("treats an empty Domain as no Domain", () => {
    expect(parsed("a=b; Domain=").domain).toBeNull();
    expect(parsed("a=b; Domain=.").domain).toBeNull();
  });

  it("keeps a deletion's two-quote value as sent", () => {
    expect(parsed('sessionid=""; Max-Age=0').value).toBe('""');
  });

  it("trims spaces and tabs around names, values and attributes", () => {
    const cookie = parsed(" \tk \t=\t v w \t;\t path \t= /x ;  SECURE ");
    expect(cookie).toMatchObject({ name: "k", value: "v w", path: "/x", secure: true });
  });

  it("reads a pair without '=' as a nameless cookie", () => {
    expect(parsed("justavalue; Path=/")).toMatchObject({ name: "", value: "justavalue" });
  });

  it("splits the pair at the first '=' only", () => {
    expect(parsed("k=a=b=c")).toMatchObject({ name: "k", value: "a=b=c" });
  });

  it("matches attribute names case-insensitively", () => {
    expect(parsed("a=b; MAX-AGE=5; hTtPoNlY; sAmEsItE=sTrIcT")).toMatchObject({
      maxAge: 5,
      httpOnly: true,
      sameSite: "Strict",
    });
  });

  it("matches SameSite values case-insensitively and records an invalid one as null", () => {
    expect(parsed("a=b; SameSite=none").sameSite).toBe("None");
    expect(parsed("a=b; SameSite=LAX").sameSite).toBe("Lax");
    expect(parsed("a=b; SameSite=Lax; SameSite=bogus").sameSite).toBeNull();
    expect(parsed("a=b; SameSite").sameSite).toBeNull();
    expect(parsed("a=b; SameSite=constructor").sameSite).toBeNull();
  });

  it("lets the last Path win, and a Path not starting with '/' means the default", () => {
    expect(parsed("a=b; Path=/x; Path=/y").path).toBe("/y");
    expect(parsed("a=b; Path=/x; Path=y").path).toBeNull();
    expect(parsed("a=b; Path=").path).toBeNull();
  });

  it("ignores a Max-Age that is not an optional '-' followed by digits", () => {
    for (const bad of ["1e3", "+5", "5s", "", " ", "0x10", "1.5", "--1", "-"]) {
      expect(parsed(`a=b; Max-Age=${bad}`).maxAge, bad).toBeNull();
    }
    expect(parsed("a=b; Max-Age=-1").maxAge).toBe(-1);
    expect(parsed("a=b; Max-Age=007").maxAge).toBe(7);
  });

  it("does not let a malformed Max-Age undo an earlier valid one", () => {
    expect(parsed("a=b; Max-Age=60; Max-Age=soon").maxAge).toBe(60);
  });

  it("parses Expires with the lenient cookie-date algorithm", () => {
    const at = (text: string) => parsed(`a=b; Expires=${text}`).expires;
    expect(at("Sun, 13 Dec 2026 03:16:16 GMT")).toBe(Date.parse("2026-12-13T03:16:16Z"));
    expect(at("Sunday, 13-Dec-26 03:16:16 GMT")).toBe(Date.parse("2026-12-13T03:16:16Z"));
    expect(at("Sun Dec 13 03:16:16 2026")).toBe(Date.parse("2026-12-13T03:16:16Z"));
    expect(at("13 december 2026 3:16:16")).toBe(Date.parse("2026-12-13T03:16:16Z"));
    expect(at("Thu, 01 Jan 70 00:00:00 GMT")).toBe(0);
    expect(at("Thu, 01 Jan 1970 00:00:00 GMT")).toBe(0);
  });

  it("ignores an Expires that is not a cookie date", () => {
    for (const bad of ["tomorrow", "30 Feb 2026 00:00:00", "13 Dec 2026", "13 Dec 1600 00:00:00"]) {
      expect(parsed(`a=b; Expires=${bad}`).expires, bad).toBeNull();
    }
  });

  it("ignores an attribute whose value is longer than 1024 bytes", () => {
    const long = `/${"p".repeat(1024)}`;
    expect(parsed(`a=b; Path=${long}`).path).toBeNull();
    expect(parsed(`a=b; Path=/ok; Path=${long}`).path).toBe("/ok");
    expect(parsed(`a=b; Path=/${"p".repeat(1023)}`).path).toHaveLength(1024);
  });

  it("refuses a line with a control character", () => {
    expect(parseSetCookie("a=b\u0001c")).toEqual({ ok: false, reason: "invalid" });
    expect(parseSetCookie("a=b; Path=/\n")).toEqual({ ok: false, reason: "invalid" });
    expect(parseSetCookie("a=b\u007f")).toEqual({ ok: false, reason: "invalid" });
    expect(parseSetCookie("a=b\tc").ok).toBe(true);
  });

  it("refuses a cookie with neither name nor value", () => {
    expect(parseSetCookie("=; Path=/")).toEqual({ ok: false, reason: "invalid" });
    expect(parseSetCookie("")).toEqual({ ok: false, reason: "invalid" });
    expect(parseSetCookie("  ;")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a name and value longer than 4096 bytes together", () => {
    expect(parseSetCookie(`n=${"v".repeat(4096)}`)).toEqual({ ok: false, reason: "too-large" });
    expect(parseSetCookie(`n=${"v".repeat(4095)}`).ok).toBe(true);
    // Bytes, not characters: "é" is two bytes in UTF-8.
    expect(parseSetCookie(`n=${"é".repeat(2048)}`)).toEqual({ ok: false, reason: "too-large" });
    expect(parseSetCookie(`n=${"é".repeat(2047)}`).ok).toBe(true);
  });
});

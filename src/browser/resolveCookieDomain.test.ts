import { describe, expect, it } from "vitest";
import { resolveCookieDomain } from "./resolveCookieDomain.ts";

describe("resolveCookieDomain", () => {
  it("makes a cookie without Domain host-only", () => {
    expect(resolveCookieDomain("www.example.com", null)).toEqual({
      ok: true,
      domain: "www.example.com",
      hostOnly: true,
    });
  });

  it("makes a domain cookie for a parent domain of the host", () => {
    expect(resolveCookieDomain("www.example.com", "example.com")).toEqual({
      ok: true,
      domain: "example.com",
      hostOnly: false,
    });
    expect(resolveCookieDomain("example.com", "example.com")).toMatchObject({ hostOnly: false });
  });

  it("rejects a Domain the host does not domain-match", () => {
    expect(resolveCookieDomain("example.com", "other.com")).toEqual({
      ok: false,
      reason: "domain-mismatch",
    });
    expect(resolveCookieDomain("example.com", "www.example.com")).toMatchObject({
      reason: "domain-mismatch",
    });
  });

  it("rejects a public suffix as Domain, private registries included", () => {
    expect(resolveCookieDomain("example.com", "com")).toEqual({
      ok: false,
      reason: "public-suffix",
    });
    expect(resolveCookieDomain("shop.example.co.uk", "co.uk")).toMatchObject({
      reason: "public-suffix",
    });
    expect(resolveCookieDomain("me.github.io", "github.io")).toMatchObject({
      reason: "public-suffix",
    });
  });

  it("makes a public suffix that is the host itself host-only", () => {
    expect(resolveCookieDomain("github.io", "github.io")).toEqual({
      ok: true,
      domain: "github.io",
      hostOnly: true,
    });
  });

  it("treats testserver and localhost as plain hosts with no parent to share", () => {
    expect(resolveCookieDomain("testserver", "testserver")).toEqual({
      ok: true,
      domain: "testserver",
      hostOnly: true,
    });
    expect(resolveCookieDomain("localhost", "localhost")).toMatchObject({
      ok: true,
      hostOnly: true,
    });
    expect(resolveCookieDomain("api.testserver", "testserver")).toMatchObject({
      ok: false,
      reason: "public-suffix",
    });
  });

  it("lets an IP address name only itself, host-only", () => {
    expect(resolveCookieDomain("127.0.0.1", "127.0.0.1")).toEqual({
      ok: true,
      domain: "127.0.0.1",
      hostOnly: true,
    });
    expect(resolveCookieDomain("127.0.0.1", "0.0.1")).toMatchObject({ reason: "domain-mismatch" });
  });
});

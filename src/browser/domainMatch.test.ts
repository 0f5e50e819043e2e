import { describe, expect, it } from "vitest";
import { domainMatch } from "./domainMatch.ts";

describe("domainMatch", () => {
  it("matches the same host", () => {
    expect(domainMatch("example.com", "example.com")).toBe(true);
  });

  it("matches a subdomain at a label boundary only", () => {
    expect(domainMatch("www.example.com", "example.com")).toBe(true);
    expect(domainMatch("badexample.com", "example.com")).toBe(false);
    expect(domainMatch("example.com", "www.example.com")).toBe(false);
  });

  it("never matches an IP address by suffix", () => {
    expect(domainMatch("127.0.0.1", "0.0.1")).toBe(false);
    expect(domainMatch("127.0.0.1", "127.0.0.1")).toBe(true);
  });
});

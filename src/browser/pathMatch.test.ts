import { describe, expect, it } from "vitest";
import { pathMatch } from "./pathMatch.ts";

describe("pathMatch", () => {
  it("matches an identical path", () => {
    expect(pathMatch("/app", "/app")).toBe(true);
  });

  it("matches a sub-path after a '/' boundary", () => {
    expect(pathMatch("/app/x", "/app")).toBe(true);
    expect(pathMatch("/app/", "/app")).toBe(true);
    expect(pathMatch("/app/x", "/app/")).toBe(true);
    expect(pathMatch("/anything", "/")).toBe(true);
  });

  it("does not match a longer word sharing the prefix", () => {
    expect(pathMatch("/apple", "/app")).toBe(false);
  });

  it("does not match a shorter request path", () => {
    expect(pathMatch("/", "/app")).toBe(false);
    expect(pathMatch("/app", "/app/")).toBe(false);
  });
});

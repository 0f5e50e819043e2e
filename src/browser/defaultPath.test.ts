import { describe, expect, it } from "vitest";
import { defaultPath } from "./defaultPath.ts";

describe("defaultPath", () => {
  it("cuts the request path at its last '/'", () => {
    expect(defaultPath("/app/login/")).toBe("/app/login");
    expect(defaultPath("/app/login")).toBe("/app");
  });

  it("gives '/' for a path with a single '/'", () => {
    expect(defaultPath("/login")).toBe("/");
    expect(defaultPath("/")).toBe("/");
  });

  it("gives '/' for an empty or relative path", () => {
    expect(defaultPath("")).toBe("/");
    expect(defaultPath("app/x")).toBe("/");
  });
});

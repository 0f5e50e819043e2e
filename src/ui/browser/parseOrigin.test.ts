import { describe, expect, it } from "vitest";
import { parseOrigin } from "./parseOrigin.ts";

describe("a custom origin", () => {
  it("keeps only the scheme, host and port", () => {
    expect(parseOrigin("http://localhost:8000/some/path")).toBe("http://localhost:8000");
  });

  it("is refused without an http or https scheme", () => {
    expect(parseOrigin("localhost:8000")).toBeNull();
    expect(parseOrigin("testserver")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { compactJson } from "./compactJson.ts";

describe("a session dict on one line", () => {
  it("keeps keys in order with readable spacing", () => {
    expect(compactJson({ is_login: true, username: "alice", l: [1, 2] })).toBe(
      '{ "is_login": true, "username": "alice", "l": [ 1, 2 ] }',
    );
  });

  it("writes null as null", () => {
    expect(compactJson(null)).toBe("null");
  });
});

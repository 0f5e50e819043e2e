import { describe, expect, it } from "vitest";
import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { compactJson } from "./compactJson.ts";

describe("a session dict on one line", () => {
  it("keeps keys in order with readable spacing", () => {
    expect(compactJson({ is_login: true, username: "alice", l: [1, 2] })).toBe(
      '{ "is_login": true, "username": "alice", "l": [ 1, 2 ] }',
    );
  });

  it("writes a dict read as a Map (integer-like keys) in its own order", () => {
    expect(compactJson(pyJsonLoads('{"cart": {"2": 1, "1": 5}}'))).toBe(
      '{ "cart": { "2": 1, "1": 5 } }',
    );
  });

  it("writes a datetime or a set a Python view put in the session as Python's repr() of it", () => {
    expect(
      compactJson({
        when: { pyOpaque: "datetime", value: "2026-11-29T15:00:00+00:00" },
        tags: { pyOpaque: "set", value: ["a"] },
      }),
    ).toBe(
      '{ "when": datetime.datetime(2026, 11, 29, 15, 0, tzinfo=datetime.timezone.utc), "tags": {\'a\'} }',
    );
  });

  it("writes null as null", () => {
    expect(compactJson(null)).toBe("null");
  });
});

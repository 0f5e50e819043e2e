import { describe, expect, it } from "vitest";
import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { compactJson } from "./compactJson.ts";
import { compactJsonItems } from "./compactJsonItems.ts";

describe("a session dict cut into its items", () => {
  it("gives each key with its value, the braces kept with the first and the last", () => {
    expect(compactJsonItems({ is_login: true, username: "alice", _session_expiry: 60 })).toEqual([
      '{ "is_login": true,',
      '"username": "alice",',
      '"_session_expiry": 60 }',
    ]);
  });

  it("keeps a nested dict or list whole inside its item", () => {
    expect(compactJsonItems(pyJsonLoads('{"cart": {"2": 1, "1": [5, {}]}, "n": []}'))).toEqual([
      '{ "cart": { "2": 1, "1": [ 5, {} ] },',
      '"n": [] }',
    ]);
  });

  it("gives a dict of one key, an empty dict or a scalar as one piece", () => {
    expect(compactJsonItems({ k: 1 })).toEqual(['{ "k": 1 }']);
    expect(compactJsonItems({})).toEqual(["{}"]);
    expect(compactJsonItems(null)).toEqual(["null"]);
  });

  it("cuts a top-level list between its items, nested dicts included", () => {
    expect(compactJsonItems([{ a: 1 }, 2])).toEqual(['[ { "a": 1 },', "2 ]"]);
  });

  it("joined with spaces, is compactJson's text", () => {
    const data = pyJsonLoads('{"a": {"b": [1, {"c": null}]}, "d": "x", "_session_expiry": 0}');
    expect(compactJsonItems(data).join(" ")).toBe(compactJson(data));
  });
});

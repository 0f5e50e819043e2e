import { describe, expect, it } from "vitest";
import { buildOp, INITIAL_DRAFT, isNaiveIso, readValue, targetsFor } from "./opDraft.ts";

const draft = (over: Partial<typeof INITIAL_DRAFT>) => ({ ...INITIAL_DRAFT, ...over });

describe("readValue", () => {
  it("reads a JSON literal when the text is one", () => {
    expect(readValue("42")).toMatchObject({ value: 42, json: true, type: "int" });
    expect(readValue("true")).toMatchObject({ value: true, type: "bool" });
    expect(readValue('"quoted"')).toMatchObject({ value: "quoted", json: true, type: "str" });
    expect(readValue("[1, 2]")).toMatchObject({ value: [1, 2], type: "list" });
    expect(readValue("null")).toMatchObject({ value: null, type: "NoneType" });
  });

  it("falls back to the text itself as a string", () => {
    expect(readValue("alice")).toMatchObject({ value: "alice", json: false, type: "str" });
    expect(readValue("")).toMatchObject({ value: "", json: false });
  });

  it("notices Python spellings that JSON does not know", () => {
    expect(readValue("True")).toMatchObject({ value: "True", pythonSpelling: true });
    expect(readValue("true").pythonSpelling).toBe(false);
  });
});

describe("buildOp", () => {
  it("builds key and value arguments", () => {
    expect(buildOp("set", draft({ key: "n", value: "3" }), "A")).toEqual({ op: ["set", "n", 3] });
    expect(buildOp("del", draft({ key: "n" }), "A")).toEqual({ op: ["del", "n"] });
    expect(buildOp("flush", draft({}), "A")).toEqual({ op: ["flush"] });
  });

  it("adds the optional default of get and pop only when asked", () => {
    expect(buildOp("get", draft({ key: "k" }), "A")).toEqual({ op: ["get", "k"] });
    expect(buildOp("pop", draft({ key: "k", withDefault: true, defaultValue: "0" }), "A")).toEqual({
      op: ["pop", "k", 0],
    });
  });

  it("maps each set_expiry choice to the scenario format", () => {
    const expiry = (over: Partial<typeof INITIAL_DRAFT>) => buildOp("set_expiry", draft(over), "A");
    expect(expiry({ expiryKind: "seconds", expirySeconds: "300" })).toEqual({
      op: ["set_expiry", 300],
    });
    expect(expiry({ expiryKind: "browserClose" })).toEqual({ op: ["set_expiry", 0] });
    expect(expiry({ expiryKind: "none" })).toEqual({ op: ["set_expiry", null] });
    expect(expiry({ expiryKind: "timedelta", expiryDelta: "-10" })).toEqual({
      op: ["set_expiry", { timedelta: -10 }],
    });
    expect(expiry({ expiryKind: "datetime", expiryDatetime: "2030-01-01T00:00:00+00:00" })).toEqual(
      {
        op: ["set_expiry", { datetime: "2030-01-01T00:00:00+00:00" }],
      },
    );
  });

  it("refuses what cannot be sent", () => {
    expect(buildOp("set_expiry", draft({ expirySeconds: "5 min" }), "A")).toEqual({
      error: "notAnInt",
    });
    expect(
      buildOp("set_expiry", draft({ expiryKind: "datetime", expiryDatetime: "soon" }), "A"),
    ).toEqual({ error: "notADatetime" });
    expect(buildOp("update", draft({ object: "[1]" }), "A")).toEqual({ error: "notAnObject" });
    expect(buildOp("update", draft({ object: "10.0" }), "A")).toEqual({ error: "notAnObject" });
  });

  it("refuses an int JavaScript would round rather than send other digits, but not a float", () => {
    expect(buildOp("set", draft({ value: "12345678901234567890" }), "A")).toEqual({
      error: "inexactInt",
    });
    expect(buildOp("update", draft({ object: '{"n": [-9007199254740993]}' }), "A")).toEqual({
      error: "inexactInt",
    });
    expect(
      buildOp("get", draft({ withDefault: true, defaultValue: "9007199254740992" }), "A"),
    ).toEqual({ error: "inexactInt" });
    expect(buildOp("set", draft({ value: "9007199254740991" }), "A")).toEqual({
      op: ["set", "k", 9007199254740991],
    });
    expect("op" in buildOp("set", draft({ value: "1e20" }), "A")).toBe(true);
  });

  it("lets exists and delete name this browser's session cookie, a key, None, or (delete) nothing", () => {
    expect(buildOp("exists", draft({ target: "cookie" }), "B")).toEqual({
      op: ["exists", { cookie: "B" }],
    });
    expect(buildOp("delete", draft({ target: "key", targetKey: "abc" }), "A")).toEqual({
      op: ["delete", "abc"],
    });
    expect(buildOp("delete", draft({ target: "omit" }), "A")).toEqual({ op: ["delete"] });
    expect(buildOp("exists", draft({ target: "none" }), "A")).toEqual({ op: ["exists", null] });
    expect(targetsFor("exists")).not.toContain("omit");
  });
});

describe("isNaiveIso", () => {
  it("tells a datetime without a UTC offset", () => {
    expect(isNaiveIso("2030-01-01T00:00:00")).toBe(true);
    expect(isNaiveIso("2030-01-01T00:00:00+08:00")).toBe(false);
    expect(isNaiveIso("2030-01-01T00:00:00Z")).toBe(false);
  });
});

describe("targetOf", () => {
  it("falls back to the session cookie when exists is left on delete's no-argument choice", () => {
    expect(buildOp("exists", draft({ target: "omit" }), "A")).toEqual({
      op: ["exists", { cookie: "A" }],
    });
  });
});

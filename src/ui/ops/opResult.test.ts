import { describe, expect, it } from "vitest";
import { opError, opResultView } from "./opResult.ts";

describe("opResultView", () => {
  it("shows an exception by its Python name", () => {
    expect(opResultView("del", { error: "KeyError" })).toEqual({ kind: "error", name: "KeyError" });
    expect(opError({ error: "KeyError", extra: 1 })).toBeNull();
  });

  it("shows a statement that returned None as done, a getter's None as None", () => {
    expect(opResultView("set", null)).toEqual({ kind: "done" });
    expect(opResultView("flush", null)).toEqual({ kind: "done" });
    expect(opResultView("get", null)).toEqual({ kind: "value", text: "None" });
  });

  it("writes values as Python: items as tuples, expiry dates as datetimes", () => {
    expect(
      opResultView("items", [
        ["k", "v"],
        ["n", 1],
      ]),
    ).toEqual({
      kind: "value",
      text: "[('k', 'v'), ('n', 1)]",
    });
    expect(opResultView("get_expiry_date", { datetime: "2026-01-15T00:00:00Z" })).toEqual({
      kind: "value",
      text: "datetime.datetime(2026, 1, 15, 0, 0, tzinfo=datetime.timezone.utc)",
    });
    expect(opResultView("contains", false)).toEqual({ kind: "value", text: "False" });
  });
});

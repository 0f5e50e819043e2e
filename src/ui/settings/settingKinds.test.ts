import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SETTING_NAMES } from "../../engine/conf/settings.ts";
import { parseRaw, SETTING_KINDS, toRaw } from "./settingKinds.ts";

describe("the settings controls", () => {
  it("cover every setting the playground understands, once", () => {
    expect(SETTING_KINDS.map(([name]) => name).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it("give back Django's defaults unchanged after a round trip through the control", () => {
    for (const [name, kind] of SETTING_KINDS) {
      expect(parseRaw(kind, toRaw(kind, DEFAULT_SETTINGS[name])), name).toEqual({
        value: DEFAULT_SETTINGS[name],
      });
    }
  });

  it("turn an empty domain or file path into None", () => {
    expect(parseRaw("nullableText", "  ")).toEqual({ value: null });
    expect(toRaw("nullableText", null)).toBe("");
  });

  it("show SameSite False and Python None as False, any case of lax as Lax", () => {
    expect(toRaw("samesite", false)).toBe("False");
    expect(toRaw("samesite", null)).toBe("False");
    expect(toRaw("samesite", "lax")).toBe("Lax");
    expect(parseRaw("samesite", "False")).toEqual({ value: false });
  });

  it("refuse a number of seconds that is not whole, and JSON that does not parse", () => {
    expect(parseRaw("seconds", "1.5")).toEqual({ error: "notNumber" });
    expect(parseRaw("seconds", " 60 ")).toEqual({ value: 60 });
    expect(parseRaw("json", '{"default": {}')).toEqual({
      error: "notJson",
      problem: { code: "scenario.json.CloseBraceExpected", params: { line: 1, column: 15 } },
    });
  });
});

import { describe, expect, it } from "vitest";
import { parseSettingsPy } from "./parseSettingsPy.ts";
import { pythonLiteral } from "./pythonLiteral.ts";
import { updateSettingsPy } from "./updateSettingsPy.ts";

describe("writing settings.py", () => {
  it("writes values as Python literals", () => {
    expect(pythonLiteral("django.contrib.sessions.backends.db")).toBe(
      "'django.contrib.sessions.backends.db'",
    );
    expect(pythonLiteral("it's")).toBe(`"it's"`);
    expect(pythonLiteral(true)).toBe("True");
    expect(pythonLiteral(null)).toBe("None");
    expect(pythonLiteral(1209600)).toBe("1209600");
    expect(pythonLiteral({ default: { LOCATION: "" } })).toBe(
      "{\n    'default': {\n        'LOCATION': '',\n    },\n}",
    );
  });

  it("rewrites an assignment in place, dropping the comment that described the old value", () => {
    const src =
      "# sessions\nSESSION_COOKIE_AGE = 60 * 60  # one hour\nSESSION_COOKIE_SECURE = False\n";
    expect(updateSettingsPy(src, "SESSION_COOKIE_AGE", 10)).toBe(
      "# sessions\nSESSION_COOKIE_AGE = 10\nSESSION_COOKIE_SECURE = False\n",
    );
  });

  it("appends a setting the file does not assign yet", () => {
    expect(updateSettingsPy("A = 1\n", "SESSION_SAVE_EVERY_REQUEST", true)).toBe(
      "A = 1\nSESSION_SAVE_EVERY_REQUEST = True\n",
    );
  });

  it("replaces every line of a multi-line dict, and the result reads back", () => {
    const src = "CACHES = {\n    'default': {},\n}\nB = 2\n";
    const out = updateSettingsPy(src, "CACHES", { default: { LOCATION: "x" } });
    expect(out).toBe("CACHES = {\n    'default': {\n        'LOCATION': 'x',\n    },\n}\nB = 2\n");
    expect(parseSettingsPy(out).values).toEqual({ CACHES: { default: { LOCATION: "x" } }, B: 2 });
  });
});

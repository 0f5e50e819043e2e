import { describe, expect, it } from "vitest";
import { resources } from "./resources.ts";
import { NAMESPACES } from "./namespaces.ts";
import { preferredLanguage } from "./preferredLanguage.ts";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("translations", () => {
  for (const ns of NAMESPACES) {
    it(`has the same keys in zh-CN and en for "${ns}"`, () => {
      expect(keys(resources["zh-CN"][ns]).sort()).toEqual(keys(resources.en[ns]).sort());
    });

    it(`names the same values in zh-CN as in en for "${ns}"`, () => {
      const at = (lang: "en" | "zh-CN", key: string) =>
        String(
          key
            .split(".")
            .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], resources[lang][ns]),
        );
      const names = (text: string) =>
        [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
      for (const key of keys(resources.en[ns]))
        expect(names(at("zh-CN", key)), `${ns}:${key}`).toEqual(names(at("en", key)));
    });

    it(`has no empty string in "${ns}"`, () => {
      for (const lang of ["en", "zh-CN"] as const) {
        const empty = keys(resources[lang][ns]).filter((k) => {
          const v = k
            .split(".")
            .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], resources[lang][ns]);
          return typeof v !== "string" || v.trim() === "";
        });
        expect(empty, `${lang}/${ns}`).toEqual([]);
      }
    });
  }
});

describe("the default language", () => {
  it("follows the browser: Chinese for any zh variant, English otherwise", () => {
    expect(preferredLanguage(null, ["zh-TW", "en"])).toBe("zh-CN");
    expect(preferredLanguage(null, ["fr-FR", "en-GB"])).toBe("en");
    expect(preferredLanguage(null, ["fr-FR"])).toBe("en");
  });

  it("keeps the learner's own choice over the browser's", () => {
    expect(preferredLanguage("en", ["zh-CN"])).toBe("en");
  });
});

import type { Language } from "./namespaces.ts";

/**
 * One language's texts, each language a chunk of its own: the first download holds only the
 * language on show (both together are about 40 KB gzipped), the other comes when switched to.
 */
export async function loadLanguage(lng: Language) {
  return (
    lng === "en" ? await import("./locales/en/index.ts") : await import("./locales/zh-CN/index.ts")
  ).default;
}

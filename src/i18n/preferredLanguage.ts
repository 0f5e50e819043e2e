import { LANGUAGES, type Language } from "./namespaces.ts";

/** The learner's choice if any, else the browser's language (Chinese for any zh-*), else English. */
export function preferredLanguage(
  saved: string | null,
  browserLanguages: readonly string[],
): Language {
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  for (const lang of browserLanguages) {
    if (lang.toLowerCase().startsWith("zh")) return "zh-CN";
    if (lang.toLowerCase().startsWith("en")) return "en";
  }
  return "en";
}

import en from "./locales/en/index.ts";
import zh from "./locales/zh-CN/index.ts";

/** Both languages at once, for the tests; the app loads the one on show (loadLanguage). */
export const resources = { en, "zh-CN": zh } as const;

/** One namespace per area of the screen, each in its own file per language. */
export const NAMESPACES = [
  "common",
  "toolbar",
  "browser",
  "ops",
  "cookies",
  "store",
  "settings",
  "timeline",
  "manage",
  "code",
  "problems",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

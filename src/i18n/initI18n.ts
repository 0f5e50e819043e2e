import i18next, { type InitOptions } from "i18next";
import { initReactI18next } from "react-i18next";
import { loadLanguage } from "./loadLanguage.ts";
import { NAMESPACES, type Language } from "./namespaces.ts";
import { preferredLanguage } from "./preferredLanguage.ts";

const STORAGE_KEY = "session-lab.language";

/**
 * i18next's options for `lng` with `resources` (the app: that language only; the tests: both):
 * the app and the tests start it alike.
 */
export const i18nOptions = (lng: string, resources: InitOptions["resources"]): InitOptions => ({
  lng,
  fallbackLng: false,
  ns: [...NAMESPACES],
  defaultNS: "common",
  resources,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export async function initI18n(): Promise<typeof i18next> {
  const lng = preferredLanguage(
    localStorage.getItem(STORAGE_KEY),
    navigator.languages ?? [navigator.language],
  );
  await i18next.use(initReactI18next).init(i18nOptions(lng, { [lng]: await loadLanguage(lng) }));
  document.documentElement.lang = lng;
  i18next.on("languageChanged", (l) => {
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
  });
  return i18next;
}

/** Shows the app in `lng`, its texts loaded first if this is its first time on show. */
export async function switchLanguage(lng: Language): Promise<void> {
  if (!i18next.hasResourceBundle(lng, "common")) {
    const bundle = await loadLanguage(lng);
    for (const [ns, texts] of Object.entries(bundle)) i18next.addResourceBundle(lng, ns, texts);
  }
  await i18next.changeLanguage(lng);
}

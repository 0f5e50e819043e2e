import i18next, { type InitOptions } from "i18next";
import { initReactI18next } from "react-i18next";
import { NAMESPACES } from "./namespaces.ts";
import { preferredLanguage } from "./preferredLanguage.ts";
import { resources } from "./resources.ts";

const STORAGE_KEY = "session-lab.language";

/** i18next's options for the app's resources in `lng`: the app and the tests start it alike. */
export const i18nOptions = (lng: string): InitOptions => ({
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
  await i18next.use(initReactI18next).init(i18nOptions(lng));
  document.documentElement.lang = lng;
  i18next.on("languageChanged", (l) => {
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
  });
  return i18next;
}

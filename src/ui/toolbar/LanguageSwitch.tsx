import { switchLanguage } from "../../i18n/initI18n.ts";
import { useT } from "../../i18n/useT.ts";

/** Each language is named in itself, so a learner finds theirs whatever is showing. */
const LANGUAGES = [
  { lng: "zh-CN", name: "中文", full: "中文" },
  { lng: "en", name: "EN", full: "English" },
] as const;

/** 中文 / English; initI18n remembers the choice (and loads a language's texts when first shown). */
export function LanguageSwitch() {
  const { t, i18n } = useT("toolbar");
  return (
    <div className="tb-segmented" role="group" aria-label={t("language")}>
      {LANGUAGES.map(({ lng, name, full }) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          title={full}
          aria-pressed={i18n.resolvedLanguage === lng}
          onClick={() => void switchLanguage(lng)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

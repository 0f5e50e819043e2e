import { useT } from "../../i18n/useT.ts";
import { ENGINE_PREFIX, ENGINES } from "../../engine/conf/settings.ts";
import { formatSeconds } from "./formatSeconds.ts";
import { parseRaw, type Raw, type SettingKind } from "./settingKinds.ts";

const AGE_PRESETS = [10, 300, 3600, 86400, 1209600];
const SAMESITE = ["Lax", "Strict", "None", "False"] as const;

/** The input for one setting, by kind; `id` labels it and `describedBy` points at its explanation. */
export function SettingControl({
  kind,
  id,
  describedBy,
  raw,
  disabled,
  onChange,
}: {
  kind: SettingKind;
  id: string;
  describedBy: string;
  raw: Raw;
  disabled: boolean;
  onChange(raw: Raw): void;
}) {
  const { t, i18n } = useT("settings");
  const common = { id, "aria-describedby": describedBy, disabled };
  switch (kind) {
    case "bool":
      return (
        <span className="row setting-bool">
          <input
            {...common}
            type="checkbox"
            checked={raw === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          {/* The Python value beside the box; the checkbox itself tells assistive technology. */}
          <code aria-hidden="true">{raw === true ? "True" : "False"}</code>
        </span>
      );
    case "engine":
      return (
        <select
          {...common}
          className="mono"
          value={String(raw)}
          onChange={(e) => onChange(e.target.value)}
        >
          {ENGINES.map((e) => (
            <option key={e} value={ENGINE_PREFIX + e}>
              {`"${ENGINE_PREFIX}${e}" — ${t(`engine.${e}`)}`}
            </option>
          ))}
        </select>
      );
    case "samesite":
      return (
        <select {...common} value={String(raw)} onChange={(e) => onChange(e.target.value)}>
          {SAMESITE.map((v) => (
            <option key={v} value={v}>
              {t(`samesite.${v}`)}
            </option>
          ))}
        </select>
      );
    case "seconds": {
      const parsed = parseRaw("seconds", raw);
      // Only a number the field accepts gets its duration (1e10 is refused, not 16,534 weeks).
      const n = "value" in parsed ? Number(parsed.value) : NaN;
      return (
        <span className="row">
          <input
            {...common}
            className="mono"
            type="number"
            step={1}
            size={10}
            value={String(raw)}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="muted">
            {t("seconds")}
            {Number.isInteger(n) && Math.abs(n) >= 60 && ` = ${formatSeconds(n, i18n.language)}`}
          </span>
          <span className="row setting-presets" role="group" aria-label={t("presets")}>
            <span className="muted">{t("presets")}</span>
            {AGE_PRESETS.map((p) => (
              <button
                key={p}
                type="button"
                disabled={disabled}
                aria-pressed={n === p}
                onClick={() => onChange(String(p))}
              >
                {formatSeconds(p, i18n.language, "short")}
              </button>
            ))}
          </span>
        </span>
      );
    }
    case "json":
      return (
        <textarea
          {...common}
          className="mono setting-json"
          rows={Math.min(14, String(raw).split("\n").length)}
          spellCheck={false}
          value={String(raw)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <span className="row">
          <input
            {...common}
            className="mono"
            size={kind === "nullableText" ? 18 : 28}
            value={String(raw)}
            onChange={(e) => onChange(e.target.value)}
          />
          {kind === "nullableText" && <span className="muted">{t("empty")}</span>}
        </span>
      );
  }
}

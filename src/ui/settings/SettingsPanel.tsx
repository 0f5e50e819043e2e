import { useId, useLayoutEffect, useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import {
  applySettings,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingName,
} from "../../engine/conf/settings.ts";
import { SettingsError } from "../../engine/conf/SettingsError.ts";
import { drafts as draftStore, useCurrentDrafts } from "../../state/drafts.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { useFocusRescue } from "../common/useFocusRescue.ts";
import { useProblemText } from "../common/useProblemText.ts";
import { viewedIndex } from "../../state/viewedStep.ts";
import { SettingControl } from "./SettingControl.tsx";
import { parseRaw, SETTING_KINDS, toRaw, type Raw } from "./settingKinds.ts";
import { settingsAt } from "../../state/settingsAt.ts";
import { isDefault, pyLiteral, settingsPy } from "./settingsPy.ts";
import "./settings.css";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The setting an error from applySettings is about (CACHES["x"].TIMEOUT → CACHES). */
const errorSetting = (e: SettingsError) =>
  SETTING_KINDS.map(([n]) => n).find((n) => e.setting === n || e.setting.startsWith(`${n}[`)) ??
  null;

/**
 * settings.py as controls: every session setting with its value at the
 * viewed step, Django's default and what it changes. Edits are drafts until
 * applied together as one settings step (a server restart).
 */
export function SettingsPanel() {
  const { t } = useT("settings");
  const timeline = usePlayground((s) => s.timeline);
  const cursor = usePlayground((s) => s.cursor);
  const initialSettings = usePlayground((s) => s.initialSettings);
  const live = usePlayground((s) => s.settings);
  const changeSettings = usePlayground((s) => s.changeSettings);
  const busy = usePlayground((s) => s.busy);
  const phase = usePlayground((s) => s.phase);
  const kept: Partial<Record<SettingName, Raw>> = useCurrentDrafts(
    "settings",
    (name) => live[name as SettingName],
    phase === "ready",
  );
  const ids = useId();
  const problemText = useProblemText();

  const readOnly = cursor !== null;
  // A past step shows the settings it ran with; the drafts wait for the present.
  const drafts = readOnly ? {} : kept;
  const settings: Settings = readOnly
    ? settingsAt(initialSettings, timeline, viewedIndex({ cursor, timeline }))
    : live;

  // What the drafts would change, and what Django would say about it.
  const changes: Partial<Record<SettingName, unknown>> = {};
  const errors: Partial<Record<SettingName, string>> = {};
  for (const [name, kind] of SETTING_KINDS) {
    const raw = drafts[name];
    if (raw === undefined) continue;
    const parsed = parseRaw(kind, raw);
    if ("error" in parsed) {
      errors[name] = parsed.error === "notJson" ? problemText(parsed.problem) : t(parsed.error);
    } else if (!same(parsed.value, settings[name])) {
      changes[name] = parsed.value;
    }
  }
  const pending = Object.keys(changes) as SettingName[];
  try {
    for (const name of pending) applySettings(settings, { [name]: changes[name] });
    applySettings(settings, changes);
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    const name = errorSetting(e) ?? pending[0];
    errors[name] ??= t("invalid", { message: problemText(e.problem) });
  }
  const blocked = Object.keys(errors).length > 0;

  const panel = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLElement>(null);
  // The tab panel that scrolls is shared by every tab: opening Settings shows it from its top
  // (its first setting, SESSION_ENGINE), not at the offset the tab before was scrolled to.
  useLayoutEffect(() => {
    const scroller = panel.current?.closest<HTMLElement>('[role="tabpanel"]');
    if (scroller) scroller.scrollTop = 0;
  }, []);
  // Apply and Discard go with the bar once the drafts are gone (Apply disabled first while the
  // server restarts), a setting's Default button once it is at the default: focus stays in
  // this tab's panel, which the keyboard scrolls and Tab goes on from, not at the page's top.
  useFocusRescue(panel, () => panel.current?.closest<HTMLElement>('[role="tabpanel"]'));
  const shownBar = (pending.length > 0 || blocked) && !readOnly;
  // The apply bar sticks over the top of the pane: the setting being edited is kept below it.
  useLayoutEffect(() => {
    const height = shownBar ? (bar.current?.offsetHeight ?? 0) : 0;
    panel.current?.style.setProperty("--apply-bar", `${height}px`);
    const setting = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
      ".setting",
    );
    if (height > 0 && setting && panel.current?.contains(setting)) {
      // On a projector a setting with its explanation can be taller than the room left under
      // the bar: "nearest" would keep its bottom, and the control just changed under the bar.
      const scroller = panel.current.closest<HTMLElement>('[role="tabpanel"]');
      const room = (scroller?.clientHeight ?? Infinity) - height;
      setting.scrollIntoView({ block: setting.offsetHeight > room ? "start" : "nearest" });
    }
  }, [shownBar, pending.length]);

  const setDraft = (name: SettingName, raw: Raw) =>
    draftStore.getState().put("settings", name, { base: JSON.stringify(live[name]), value: raw });
  const discard = () => draftStore.getState().drop("settings");
  const apply = async () => {
    await changeSettings(changes);
    discard();
  };

  return (
    <div className="settings-panel stack" data-testid="settings-panel" ref={panel}>
      <p className="hint settings-intro">{t("intro")}</p>
      {readOnly && <p className="past-hint">{t("pastHint")}</p>}
      {shownBar && (
        <section className="settings-apply" aria-live="polite" ref={bar}>
          <strong>
            {pending.length > 0 ? t("pending", { count: pending.length }) : t("onlyInvalid")}
          </strong>
          {pending.length > 0 && (
            <div>
              <span className="muted">{t("python.pending")}</span>
              <pre className="python">
                {pending.map((n) => `${n} = ${pyLiteral(changes[n])}`).join("\n")}
              </pre>
            </div>
          )}
          <div className="row">
            <button
              className="primary"
              disabled={busy || blocked || pending.length === 0}
              onClick={() => void apply()}
            >
              {t("apply")}
            </button>
            <button onClick={discard}>{t("discard")}</button>
          </div>
        </section>
      )}
      {SETTING_KINDS.map(([name, kind]) => {
        const id = `${ids}-${name}`;
        const raw = drafts[name] ?? toRaw(kind, settings[name]);
        const atDefault = isDefault(settings, name);
        const draftIsDefault = same(parseRaw(kind, raw), { value: DEFAULT_SETTINGS[name] });
        const hasDefault = name !== "SECRET_KEY";
        return (
          <div
            key={name}
            role="group"
            className={`setting${name in changes ? " pending" : ""}${errors[name] ? " invalid" : ""}`}
            aria-labelledby={`${id}-label`}
          >
            <div className="row setting-head">
              <label id={`${id}-label`} htmlFor={id} className="setting-name">
                <code>{name}</code>
              </label>
              {errors[name] ? (
                <span className="badge bad" title={t("invalidTitle")}>
                  {t("invalidBadge")}
                </span>
              ) : name in changes ? (
                <span className="badge warn" title={t("pendingTitle")}>
                  {t("pendingBadge")}
                </span>
              ) : !hasDefault ? (
                <span className="badge warn" title={t("noDefaultTitle")}>
                  {t("noDefault")}
                </span>
              ) : atDefault ? (
                <span className="badge ok" title={t("defaultTitle")}>
                  {t("default")}
                </span>
              ) : (
                <span className="badge warn" title={t("changedTitle")}>
                  {t("changedBadge")}
                </span>
              )}
              {hasDefault && !draftIsDefault && !readOnly && (
                <button
                  className="setting-reset"
                  aria-label={t("resetLabel", { name })}
                  onClick={() => setDraft(name, toRaw(kind, DEFAULT_SETTINGS[name]))}
                >
                  {t("reset")}
                </button>
              )}
            </div>
            <SettingControl
              kind={kind}
              id={id}
              describedBy={`${id}-help`}
              raw={raw}
              disabled={readOnly}
              onChange={(r) => setDraft(name, r)}
            />
            {errors[name] && (
              <p className="setting-error" role="alert">
                {errors[name]}
              </p>
            )}
            <p className="hint setting-help" id={`${id}-help`}>
              {t(`help.${name}`)}
              {hasDefault && !atDefault && kind !== "json" && (
                <>
                  {" "}
                  <span className="setting-default">
                    {t("djangoDefault", { value: pyLiteral(DEFAULT_SETTINGS[name]) })}
                  </span>
                </>
              )}
            </p>
          </div>
        );
      })}
      <section className="settings-py" aria-labelledby={`${ids}-py`}>
        <h3 id={`${ids}-py`}>{t("python.title")}</h3>
        {settingsPy(settings) ? (
          <pre className="python">{settingsPy(settings)}</pre>
        ) : (
          <p className="muted">{t("python.none")}</p>
        )}
      </section>
    </div>
  );
}

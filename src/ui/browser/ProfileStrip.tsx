import { memo, useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { DEFAULT_BROWSER } from "../../scenario/Scenario.ts";
import { actingBrowser } from "../../state/actingBrowser.ts";
import { browserOpenAt } from "../../state/profileFromTimeline.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { nextBrowserName } from "./nextBrowserName.ts";

/**
 * The longest name the add-browser field takes: a name is shown whole in few places (tabs,
 * timeline rows and the close button clip it), so a longer one would only be cut everywhere.
 */
export const BROWSER_NAME_MAX = 30;

/**
 * One tab per browser profile (each its own cookie jar), adding one, and closing the current one.
 * Memoized: the pane re-renders on every step, the profiles rarely change.
 */
export const ProfileStrip = memo(function ProfileStrip({ past }: { past: boolean }) {
  const { t } = useT("browser");
  const profiles = usePlayground((s) => s.profiles);
  const current = usePlayground((s) => s.currentBrowser);
  const switchBrowser = usePlayground((s) => s.switchBrowser);
  const closeBrowser = usePlayground((s) => s.closeBrowser);
  const open = profiles.find((p) => p.name === current)?.open ?? true;
  // At a past step each browser is marked as it was then; in the present, as it is. As one string,
  // so a new step in the present re-renders nothing here.
  const closedThen = usePlayground((s) =>
    s.cursor === null
      ? null
      : s.profiles
          .filter((p) => !browserOpenAt(s.timeline, p.name, s.cursor!))
          .map((p) => p.name)
          .join("\n"),
  );
  // At a past step, the browsers that had not taken a step yet are left out: they came later.
  // (The first browser, and the one on show, always stay.)
  const laterThen = usePlayground((s) =>
    s.cursor === null
      ? null
      : s.profiles
          .filter(
            (p) =>
              p.name !== DEFAULT_BROWSER &&
              p.name !== s.currentBrowser &&
              !s.timeline.slice(0, s.cursor! + 1).some((e) => actingBrowser(e.step) === p.name),
          )
          .map((p) => p.name)
          .join("\n"),
  );
  const shown = laterThen
    ? profiles.filter((p) => !laterThen.split("\n").includes(p.name))
    : profiles;
  const isClosed = (p: { name: string; open: boolean }) =>
    closedThen === null ? !p.open : closedThen.split("\n").includes(p.name);
  const closeHintId = useId();

  return (
    <div className="panel-head browser-profiles">
      <div className="row" role="group" aria-label={t("profiles.label")}>
        {shown.map((p) => (
          <button
            key={p.name}
            type="button"
            className="browser-profile"
            aria-pressed={p.name === current}
            title={p.name}
            onClick={() => switchBrowser(p.name)}
          >
            <span className="browser-profile-name">{p.name}</span>
            {isClosed(p) && (
              <span className="browser-profile-closed"> {t("profiles.closedMark")}</span>
            )}
          </button>
        ))}
        <AddBrowser />
      </div>
      <span className="browser-fill" />
      <button
        type="button"
        className="browser-close"
        disabled={!open || past}
        aria-describedby={closeHintId}
        // The label is clipped to one line: the tooltip says it whole, then what closing does.
        title={`${t("profiles.close", { name: current })}\n${t("profiles.closeHint")}`}
        onClick={() => void closeBrowser(current)}
      >
        {t("profiles.close", { name: current })}
      </button>
      <span id={closeHintId} hidden>
        {t("profiles.closeHint")}
      </span>
    </div>
  );
});

function AddBrowser() {
  const { t } = useT("browser");
  const profiles = usePlayground((s) => s.profiles);
  const addBrowser = usePlayground((s) => s.addBrowser);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  // A key and its values, not the text: a language switch re-says it.
  const [error, setError] = useState<{ key: string; name?: string } | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const errorId = useId();
  const next = nextBrowserName(profiles.map((p) => p.name));

  const stop = () => {
    setAdding(false);
    setName("");
    setError(null);
    // The button is rendered again on the next paint: focus it then.
    requestAnimationFrame(() => opener.current?.focus());
  };

  if (!adding)
    return (
      <button ref={opener} type="button" onClick={() => setAdding(true)}>
        {t("profiles.add")}
      </button>
    );
  return (
    <form
      className="row browser-add"
      onSubmit={(e) => {
        e.preventDefault();
        // No name typed: the next letter, as the copy box's "a new browser B" does.
        const clean = name.trim() || next;
        if (profiles.some((p) => p.name === clean))
          return setError({ key: "profiles.nameTaken", name: clean });
        addBrowser(clean);
        stop();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") stop();
      }}
    >
      <label className="visually-hidden" htmlFor={fieldId}>
        {t("profiles.nameLabel")}
      </label>
      <input
        id={fieldId}
        autoFocus
        value={name}
        maxLength={BROWSER_NAME_MAX}
        placeholder={t("profiles.namePlaceholder", { name: next })}
        aria-invalid={error !== null}
        aria-describedby={errorId}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="primary">
        {t("profiles.addConfirm")}
      </button>
      <button type="button" onClick={stop}>
        {t("profiles.cancel")}
      </button>
      <span id={errorId} role="alert" className="browser-error">
        {error
          ? t(error.key, { name: error.name })
          : // The field stops taking characters here: say why, or a paste would be cut silently.
            name.length >= BROWSER_NAME_MAX && t("profiles.nameMax", { max: BROWSER_NAME_MAX })}
      </span>
    </form>
  );
}

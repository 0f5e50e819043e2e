import { memo, useEffect, useId, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { DEFAULT_ORIGIN } from "../../scenario/Scenario.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { DEMO_PAGES } from "./demoPages.ts";
import { parseAddress } from "./parseAddress.ts";
import { parseOrigin } from "./parseOrigin.ts";

const ORIGINS = ["http://testserver", "https://testserver"];
const CUSTOM = "custom";

/**
 * Back, forward, reload, the origin and path; then quick links to the demo site's pages.
 * Memoized: the pane re-renders on every step, the address bar only when its page does.
 */
export const AddressBar = memo(function AddressBar({
  pageUrl,
  readOnly,
  closed,
  onMessage,
}: {
  pageUrl: string | null;
  readOnly: boolean;
  closed: boolean;
  onMessage(message: string | null): void;
}) {
  const { t } = useT("browser");
  const profile = usePlayground((s) => s.profiles.find((p) => p.name === s.currentBrowser));
  const navigate = usePlayground((s) => s.navigate);
  const back = usePlayground((s) => s.back);
  const forward = usePlayground((s) => s.forward);
  const reload = usePlayground((s) => s.reload);
  const setOrigin = usePlayground((s) => s.setOrigin);
  const ids = useId();

  // In the past, the address is that page's; in the present, where this profile is.
  const shownOrigin =
    readOnly && pageUrl ? new URL(pageUrl).origin : (profile?.origin ?? DEFAULT_ORIGIN);
  const page = pageUrl ? new URL(pageUrl) : null;
  const shownPath = page ? page.pathname + page.search : "";
  const [path, setPath] = useState(shownPath);
  useEffect(() => setPath(shownPath), [shownPath]);
  const [customOpen, setCustomOpen] = useState(false);
  const custom = customOpen || !ORIGINS.includes(shownOrigin);
  const [customText, setCustomText] = useState(shownOrigin);
  useEffect(() => setCustomText(shownOrigin), [shownOrigin]);

  const index = profile?.index ?? -1;
  const historyLength = profile?.history.length ?? 0;
  const locked = readOnly || closed;

  const go = (text: string) => {
    const address = parseAddress(text, shownOrigin);
    if (!address.ok) return onMessage(t(`address.refused.${address.reason}`));
    onMessage(null);
    void navigate(address.path, { origin: address.origin });
  };
  const commitCustom = () => {
    const origin = parseOrigin(customText);
    if (!origin) return onMessage(t("address.badOrigin"));
    onMessage(null);
    setOrigin(origin);
    setCustomOpen(false);
  };

  return (
    <div className="browser-chrome">
      <form
        className="browser-address"
        aria-label={t("address.label")}
        onSubmit={(e) => {
          e.preventDefault();
          go(path);
        }}
      >
        <button
          type="button"
          className="browser-icon"
          aria-label={t("address.back")}
          title={t("address.back")}
          disabled={locked || index <= 0}
          onClick={() => void back()}
        >
          ←
        </button>
        <button
          type="button"
          className="browser-icon"
          aria-label={t("address.forward")}
          title={t("address.forward")}
          disabled={locked || index >= historyLength - 1}
          onClick={() => void forward()}
        >
          →
        </button>
        <button
          type="button"
          className="browser-icon"
          aria-label={t("address.reload")}
          title={t("address.reload")}
          disabled={locked || index < 0}
          onClick={() => void reload()}
        >
          ↻
        </button>
        <label className="visually-hidden" htmlFor={`${ids}-origin`}>
          {t("address.origin")}
        </label>
        <select
          id={`${ids}-origin`}
          className="browser-origin mono"
          value={custom ? CUSTOM : shownOrigin}
          disabled={locked}
          title={t("address.originHint")}
          onChange={(e) => {
            if (e.target.value === CUSTOM) return setCustomOpen(true);
            setCustomOpen(false);
            setOrigin(e.target.value);
          }}
        >
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          <option value={CUSTOM}>{t("address.custom")}</option>
        </select>
        {custom && (
          <input
            className="browser-custom mono"
            aria-label={t("address.customField")}
            placeholder="http://localhost:8000"
            value={customText}
            readOnly={locked}
            onChange={(e) => setCustomText(e.target.value)}
            onBlur={() => {
              if (!locked && customText !== shownOrigin) commitCustom();
            }}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              // Enter sets the origin; it does not submit the address form around it.
              e.preventDefault();
              if (!locked) commitCustom();
            }}
          />
        )}
        <label className="visually-hidden" htmlFor={`${ids}-path`}>
          {t("address.path")}
        </label>
        <input
          id={`${ids}-path`}
          className="browser-path mono"
          value={path}
          placeholder="/login/"
          readOnly={locked}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setPath(e.target.value)}
        />
        <button type="submit" disabled={locked}>
          {t("address.go")}
        </button>
      </form>
      <nav className="browser-quick row" aria-label={t("quick.label")}>
        <span className="muted">{t("quick.label")}</span>
        {DEMO_PAGES.map((p) => (
          <button key={p} type="button" className="mono" disabled={locked} onClick={() => go(p)}>
            {p}
          </button>
        ))}
      </nav>
    </div>
  );
});

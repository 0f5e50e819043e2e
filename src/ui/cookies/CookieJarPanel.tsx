import { engineName } from "../../engine/conf/settings.ts";
import { useCallback, useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { pageOf } from "../../state/browserScreenAt.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { cookieId, viewedIndex } from "../../state/viewedStep.ts";
import { nextBrowserName } from "../browser/nextBrowserName.ts";
import { PastBadge } from "../common/PastBadge.tsx";
import { useFocusRescue } from "../common/useFocusRescue.ts";
import { useStickyHeadRoom } from "../common/useStickyHeadRoom.ts";
import { settingsAt } from "../../state/settingsAt.ts";
import { AddCookieForm } from "./AddCookieForm.tsx";
import { cookieOrigin } from "./cookieOrigin.ts";
import { CookieRow } from "./CookieRow.tsx";
import { CopyCookieBox, type CopyTarget } from "./CopyCookieBox.tsx";
import { documentCookie, documentCookieText } from "./documentCookie.ts";
import { jarRows } from "./jarRows.ts";
import { loadOutcomes } from "./loadOutcomes.ts";
import { RejectedCookies } from "./RejectedCookies.tsx";
import { useEvenAir } from "./useEvenAir.ts";
import { useRoomInPane } from "./useRoomInPane.ts";
import { useWiderThanBox } from "./useWiderThanBox.ts";
import "./cookies.css";

/**
 * A browser's cookie jar as DevTools shows it, at the viewed step: what the
 * step changed, what the browser refused, what page JavaScript can read, and
 * hand edits (which are timeline steps too).
 */
export function CookieJarPanel() {
  const { t } = useT("cookies");
  const timeline = usePlayground((s) => s.timeline);
  const cursor = usePlayground((s) => s.cursor);
  const profiles = usePlayground((s) => s.profiles);
  const currentBrowser = usePlayground((s) => s.currentBrowser);
  const initialSettings = usePlayground((s) => s.initialSettings);
  const editCookie = usePlayground((s) => s.editCookie);
  const engine = usePlayground((s) => engineName(s.settings));
  const addBrowser = usePlayground((s) => s.addBrowser);
  // null: follow the browser the learner is using. A jar picked here holds until the learner
  // switches browser on the left or takes a step (a copy, a page, the clock), after which this
  // panel follows the browser in use again: its Add form must not quietly write to another jar.
  const [picked, setPicked] = useState<string | null>(null);
  const [using, setUsing] = useState({ browser: currentBrowser, steps: timeline.length });
  if (using.browser !== currentBrowser || using.steps !== timeline.length) {
    setUsing({ browser: currentBrowser, steps: timeline.length });
    setPicked(null);
  }
  // The cookie (by identity) whose copy-to-another-browser box is open.
  const [copying, setCopying] = useState<string | null>(null);
  const selectId = useId();

  const index = viewedIndex({ cursor, timeline });
  const entry = index === null ? null : timeline[index];
  const trace = entry?.trace ?? null;
  const prev = index ? timeline[index - 1].trace : null;
  const names = [...new Set([...profiles.map((p) => p.name), ...Object.keys(trace?.jar ?? {})])];
  const browser = picked !== null && names.includes(picked) ? picked : currentBrowser;
  const readOnly = cursor !== null;
  const origin = profiles.find((p) => p.name === browser)?.origin ?? "http://testserver";
  const pageUrl = (index !== null && pageOf(timeline, browser, index)?.url) || `${origin}/`;
  const sessionCookieName = settingsAt(initialSettings, timeline, index).SESSION_COOKIE_NAME;
  const rows = jarRows(prev?.jar[browser], trace?.jar[browser]);
  const visible = trace ? documentCookie(trace.jar[browser] ?? [], pageUrl, trace.now) : [];
  const addCookie = useCallback(
    (name: string, value: string) => void editCookie({ browser, name, value, origin }),
    [editCookie, browser, origin],
  );
  const copyTargets: CopyTarget[] = [
    ...names.filter((n) => n !== browser).map((name) => ({ name, isNew: false })),
    { name: nextBrowserName(names), isNew: true },
  ];

  // A past step closes the box: back at the present it would open again, and take the focus from
  // the timeline the learner was using.
  if (readOnly && copying !== null) setCopying(null);
  const copyingRow = readOnly
    ? undefined
    : rows.find((r) => r.change !== "removed" && cookieId(r.cookie) === copying);

  // A deleted cookie's row stays on show, struck through, without its buttons: focus goes on to
  // the next row's (the one before, at the end). Else, as when a copy opens another browser and
  // this panel follows it, to the table or, while that browser's jar is empty, its browser menu.
  const panel = useRef<HTMLElement>(null);
  const deleted = useRef<string | null>(null);
  useFocusRescue(panel, () => {
    const trs = [...(panel.current?.querySelectorAll<HTMLElement>("tr[data-cookie]") ?? [])];
    // Read once: a later rescue (a copy) is not about that delete, even if the cookie is back.
    const gone = deleted.current;
    deleted.current = null;
    const at = trs.findIndex((tr) => tr.dataset.cookie === gone);
    const neighbours = at < 0 ? [] : [...trs.slice(at + 1), ...trs.slice(0, at).reverse()];
    return (
      neighbours.map((tr) => tr.querySelector<HTMLElement>("button")).find(Boolean) ??
      panel.current?.querySelector<HTMLElement>(".cookies-scroll") ??
      panel.current?.querySelector<HTMLElement>("select")
    );
  });

  const [tableBox, sideways] = useWiderThanBox();

  // A first run: what to do, and the Add form with its hint, all in view (at 1280×720 the hint
  // would end under the pane's edge). The room goes back to the store with the first step. The
  // tools spare it only down to Operations' Run, a first run's main action (in presenter mode in
  // Chinese their minimum would cut it, and what they and the store can spare leaves the form's
  // border a few pixels short: the pane's air above and below then makes up the rest).
  const addForm = useRef<HTMLFormElement>(null);
  useRoomInPane(addForm, !trace, true);
  useEvenAir(addForm, !trace);
  // While the copy box is open the headers are not pinned (cookies.css): no room to keep then.
  const head = useStickyHeadRoom(!copyingRow);

  const copy = async (name: string, target: CopyTarget) => {
    if (target.isNew) addBrowser(target.name);
    await editCookie({ browser: target.name, name, value: { cookie: browser } });
  };

  return (
    <section
      ref={panel}
      className="panel cookies-panel"
      data-testid="cookies-panel"
      aria-labelledby={`${selectId}-title`}
    >
      <div className="panel-head">
        <h2 id={`${selectId}-title`} className="panel-title">
          {t("title")}
        </h2>
        <label className="row cookies-browser" htmlFor={selectId}>
          {t("browser")}
        </label>
        <select
          id={selectId}
          className="cookies-browser-select"
          value={browser}
          title={browser}
          onChange={(e) => setPicked(e.target.value)}
        >
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        {readOnly && index !== null && <PastBadge step={index + 1} hint={t("pastHint")} />}
        <span className="muted mono cookies-url">{t("pageUrl", { url: pageUrl })}</span>
      </div>
      <div className="panel-body stack">
        {readOnly && <p className="past-hint cookies-past">{t("pastHint")}</p>}
        {entry?.exchange && "request" in entry.step && (
          <RejectedCookies
            browser={entry.step.request.browser}
            outcomes={loadOutcomes(timeline, entry.step.request.browser, index!)}
          />
        )}
        {!trace ? (
          <p className="cookies-empty">{t("noSteps")}</p>
        ) : rows.length === 0 ? (
          <p className="cookies-empty">
            {Object.keys(trace.jar).length ? t("emptyJar", { name: browser }) : t("empty")}
          </p>
        ) : (
          // Focusable, so the keyboard can scroll it sideways to the columns out of view. It
          // scrolls only when the table is wider than the pane: any scroller, even one with
          // nothing to scroll, is where the column headers stick, and they would scroll away with
          // the pane's body instead of staying at its top.
          <div
            ref={tableBox}
            className={sideways ? "cookies-scroll sideways" : "cookies-scroll"}
            role="region"
            aria-label={t("tableRegion", { name: browser })}
            tabIndex={0}
          >
            <table className={copyingRow ? "grid cookies-table copying" : "grid cookies-table"}>
              <thead ref={head}>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t("col.actions")}</span>
                  </th>
                  {(
                    [
                      "name",
                      "value",
                      "domain",
                      "path",
                      "expires",
                      "size",
                      "httponly",
                      "secure",
                      "samesite",
                    ] as const
                  ).map((c) => (
                    <th key={c} scope="col">
                      {t(`col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const c = row.cookie;
                  const where = {
                    browser,
                    name: c.name,
                    domain: c.domain,
                    path: c.path,
                    origin: cookieOrigin(c, origin),
                  };
                  const id = cookieId(c);
                  return (
                    <CookieRow
                      key={id}
                      row={row}
                      now={trace.now}
                      isSessionCookie={c.name === sessionCookieName}
                      readOnly={readOnly}
                      copying={copyingRow?.cookie === c}
                      copyBoxId={`${selectId}-copy`}
                      onToggleCopy={() => setCopying(copying === id ? null : id)}
                      onSave={(value) => void editCookie({ ...where, value })}
                      onDelete={() => {
                        deleted.current = id;
                        void editCookie({ ...where, value: null });
                      }}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {copyingRow && (
          <CopyCookieBox
            // Another cookie's box is a new one: its own target and its own button to go back to.
            key={cookieId(copyingRow.cookie)}
            id={`${selectId}-copy`}
            cookieName={copyingRow.cookie.name}
            targets={copyTargets}
            onCopy={(target) => {
              setCopying(null);
              void copy(copyingRow.cookie.name, target);
            }}
            onCancel={() => setCopying(null)}
            signedCookies={engine === "signed_cookies"}
          />
        )}
        {trace && (
          <section className="cookies-js" aria-label={t("js.title")}>
            <h3>{t("js.title")}</h3>
            <code className="cookies-js-value">
              {visible.length ? (
                documentCookieText(visible)
              ) : (
                <span className="muted">{t("js.empty")}</span>
              )}
            </code>
            <p className="hint">{t("js.explain")}</p>
          </section>
        )}
        {!readOnly && <AddCookieForm ref={addForm} onAdd={addCookie} />}
      </div>
    </section>
  );
}

import { useCallback, useId, useMemo, useState, type ReactNode } from "react";
import { Trans } from "react-i18next";
import { fileExpiries } from "./fileExpiries.ts";
import { useT } from "../../i18n/useT.ts";
import { engineName, type Settings } from "../../engine/conf/settings.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { storeId, viewedIndex } from "../../state/viewedStep.ts";
import { ModalDialog } from "../common/ModalDialog.tsx";
import { PastBadge } from "../common/PastBadge.tsx";
import { settingsAt } from "../../state/settingsAt.ts";
import { EntryDetails } from "./EntryDetails.tsx";
import { SignedCookieNote } from "./SignedCookieNote.tsx";
import { StoreEntryRow, type StoreNaming } from "./StoreEntryRow.tsx";
import { BACKENDS, backendsFor, storeRows, type Backend, type StoreRow } from "./storeRows.ts";
import { usePagedStore } from "./usePagedStore.ts";
import { WindowedTable } from "./WindowedTable.tsx";
import "./store.css";

/** Up to this many rows a table's hint goes below it (the rows matter most in a small panel); above, where it stays findable. */
const HINT_BELOW_UP_TO = 20;

/**
 * Column widths (em). The decoded data, what the lesson is about, grows into
 * the width the others leave (its width here is its least). The other
 * columns take what their text needs in the lines of a row (store.css): the
 * session_key whole, expire_date's day above its time, and the opaque
 * session_data one line (it is whole in Details).
 */
const WIDTH = { more: 5.5, key: 15, raw: 8.5, decoded: 14, date: 8, left: 7 };

/**
 * Where the panel is narrower (presenter mode at 1280 px, a 900 px window; see
 * store.css), rows have three lines: the key, marked by a dot instead of the
 * "this browser" badge, takes them all, and the whole table, the time left
 * included, stays in view down to a 900 px window.
 */
const NARROW = { more: 5.5, key: 8, raw: 5, decoded: 7.5, date: 7.5, left: 6 };

/** SESSION_FILE_PATH as the simulated server resolves it. */
const fileDir = (settings: Settings) =>
  "/" +
  (settings.SESSION_FILE_PATH ?? "/tmp")
    .split("/")
    .filter((s) => s && s !== ".")
    .join("/");

/**
 * Where Django keeps the sessions, at the viewed step: django_session rows,
 * cache entries, session files (whichever hold any),
 * with this browser's session and the step's changes marked. Tables render
 * only the rows in view.
 */
export function SessionStorePanel() {
  const { t } = useT("store");
  const timeline = usePlayground((s) => s.timeline);
  const cursor = usePlayground((s) => s.cursor);
  const initialSettings = usePlayground((s) => s.initialSettings);
  const currentBrowser = usePlayground((s) => s.currentBrowser);
  const rowCount = usePlayground((s) => s.storeRows);
  const [selected, setSelected] = useState<StoreEntry | null>(null);
  // State, not a ref: the tables window their rows by it from the commit that mounts it (useWindowRange).
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const ids = useId();

  const index = viewedIndex({ cursor, timeline });
  const entry = index === null ? null : timeline[index];
  const trace = entry?.trace ?? null;
  const settings = settingsAt(initialSettings, timeline, index);
  const engine = engineName(settings);
  const prevEntry = index ? timeline[index - 1] : null;
  // Before the first step the store is empty; after a skipped step there is nothing to compare with.
  const prevStore = !prevEntry ? [] : prevEntry.storeSkipped ? undefined : prevEntry.trace.store;
  const groups = storeRows(prevStore, trace?.store ?? []);
  // The trace has no expiry for files: the panel works out the engine's, to mark expired ones.
  // A file the step deleted keeps the expiry it had at the step before.
  if (index !== null && groups.file.length) {
    const now = fileExpiries(timeline, index, settings.SESSION_COOKIE_AGE);
    // Worked out only when the step deleted a file: the panel renders with every step.
    const before =
      index && groups.file.some((r) => r.change === "removed")
        ? fileExpiries(
            timeline,
            index - 1,
            settingsAt(initialSettings, timeline, index - 1).SESSION_COOKIE_AGE,
          )
        : new Map<string, string | null>();
    groups.file = groups.file.map((r) => {
      const expiries = r.change === "removed" ? before : now;
      return expiries.has(r.entry.key)
        ? { ...r, entry: { ...r.entry, expires: expiries.get(r.entry.key)! } }
        : r;
    });
  }
  const skipped = entry?.storeSkipped === true;
  const live = skipped && cursor === null;
  const paged = usePagedStore(live, timeline.at(-1));
  const cookieName = settings.SESSION_COOKIE_NAME;
  const sessionCookies = (trace?.jar[currentBrowser] ?? []).filter((c) => c.name === cookieName);
  const currentKeys = new Set(sessionCookies.map((c) => c.value));
  const naming: StoreNaming = {
    cachePrefix: `:1:django.contrib.sessions.${engine === "cached_db" ? "cached_db" : "cache"}`,
    filePrefix: cookieName,
    now: trace?.now ?? "",
  };
  const selectedId = selected && storeId(selected);
  const shown =
    selected &&
    (groups[selected.backend].find((r) => storeId(r.entry) === selectedId)?.entry ?? selected);
  const currentTitle = t("currentTitle", { name: currentBrowser, cookie: cookieName });

  // Stable, so that rows the step left alone skip their render (StoreEntryRow is memoized).
  const toggleDetails = useCallback(
    (entry: StoreEntry) => setSelected((s) => (s && storeId(s) === storeId(entry) ? null : entry)),
    [],
  );
  const row = (r: StoreRow, i: number) => (
    <StoreEntryRow
      key={storeId(r.entry)}
      row={r}
      index={i}
      naming={naming}
      isCurrent={r.change !== "removed" && currentKeys.has(r.entry.key)}
      currentTitle={currentTitle}
      selected={storeId(r.entry) === selectedId}
      onDetails={toggleDetails}
    />
  );

  // Translated once, not on every step: the panel re-renders with each one.
  const columns = useMemo(() => {
    // Every engine's table starts with the Details buttons' column.
    const details = {
      label: <span className="visually-hidden">{t("details")}</span>,
      width: WIDTH.more,
      narrow: NARROW.more,
    };
    return {
      db: [
        details,
        { label: t("db.col.session_key"), width: WIDTH.key, narrow: NARROW.key },
        { label: t("db.col.session_data"), width: WIDTH.raw, narrow: NARROW.raw },
        { label: t("db.col.decoded"), width: WIDTH.decoded, narrow: NARROW.decoded, grows: true },
        { label: t("db.col.expire_date"), width: WIDTH.date, narrow: NARROW.date },
        { label: t("db.col.left"), width: WIDTH.left, narrow: NARROW.left },
      ],
      cache: [
        details,
        // The key after its prefix, :1:django.contrib.sessions.cached_db at the longest.
        { label: t("cache.col.key"), width: WIDTH.key + 9, narrow: NARROW.key + 7 },
        { label: t("cache.col.value"), width: WIDTH.decoded, narrow: NARROW.decoded, grows: true },
        { label: t("cache.col.expires"), width: WIDTH.date, narrow: NARROW.date },
        { label: t("cache.col.left"), width: WIDTH.left, narrow: NARROW.left },
      ],
      file: [
        details,
        // The key after SESSION_COOKIE_NAME.
        { label: t("file.col.name"), width: WIDTH.key + 2, narrow: NARROW.key + 1.5 },
        { label: t("file.col.content"), width: WIDTH.raw, narrow: NARROW.raw },
        { label: t("file.col.decoded"), width: WIDTH.decoded, narrow: NARROW.decoded, grows: true },
        { label: t("file.col.expires"), width: WIDTH.date, narrow: NARROW.date },
        { label: t("file.col.left"), width: WIDTH.left, narrow: NARROW.left },
      ],
    };
  }, [t]);

  const alias = settings.SESSION_CACHE_ALIAS;
  const dir = fileDir(settings);
  const [headings, hints] = useMemo(
    (): [Record<Backend, ReactNode>, Record<Backend, ReactNode>] => [
      {
        db: <Trans t={t} i18nKey="db.heading" components={{ code: <code /> }} />,
        cache: (
          <Trans t={t} i18nKey="cache.heading" values={{ alias }} components={{ code: <code /> }} />
        ),
        file: (
          <Trans t={t} i18nKey="file.heading" values={{ dir }} components={{ code: <code /> }} />
        ),
      },
      {
        db: <Trans t={t} i18nKey="db.hint" components={{ code: <code /> }} />,
        cache: t("cache.hint"),
        file: t("file.hint"),
      },
    ],
    [t, alias, dir],
  );
  const total = BACKENDS.reduce((n, b) => n + groups[b].length, 0);

  return (
    // Not a landmark itself: the scrolling body below is, under the same title.
    <section className="panel store-panel" data-testid="store-panel">
      <div className="panel-head">
        <h2 id={`${ids}-title`} className="panel-title">
          {t("title")}
        </h2>
        <span className="store-engine">
          {/* The key ends with its separator: ": " in English, "：" in Chinese. */}
          <span className="muted">{t("engine")}</span>
          <code title={`SESSION_ENGINE = "${settings.SESSION_ENGINE}"`}>{engine}</code>
        </span>
        {cursor !== null && index !== null && <PastBadge step={index + 1} hint={t("pastHint")} />}
      </div>
      <ModalDialog
        open={shown !== null}
        onClose={() => setSelected(null)}
        title={shown ? t("detailsOf", { key: shown.key }) : ""}
      >
        {shown && <EntryDetails entry={shown} onClose={() => setSelected(null)} />}
      </ModalDialog>
      {/* Focusable, so the keyboard can scroll the tables sideways to the columns out of view. */}
      <div
        className="panel-body stack"
        ref={setScroller}
        role="region"
        aria-labelledby={`${ids}-title`}
        tabIndex={0}
      >
        {cursor !== null && <p className="past-hint store-past">{t("pastHint")}</p>}
        {engine === "signed_cookies" && trace && (
          <SignedCookieNote
            browser={currentBrowser}
            cookieName={cookieName}
            cookie={sessionCookies[0] ?? null}
          />
        )}
        {!trace && <p className="store-empty">{t("noSteps")}</p>}
        {skipped && (
          <section className="store-skipped" role="status">
            <h3>{t("skipped.title", { count: rowCount })}</h3>
            <p>
              {t("skipped.explain")} {live ? t("skipped.live") : t("skipped.past")}
            </p>
          </section>
        )}
        {live && (
          <section className="store-group" aria-labelledby={`${ids}-db`}>
            <h3 id={`${ids}-db`}>{headings.db}</h3>
            <p className="hint">{hints.db}</p>
            <WindowedTable
              scroller={scroller}
              columns={columns.db}
              count={rowCount}
              labelledBy={`${ids}-db`}
              onWindow={paged.onWindow}
              renderRow={(i) => {
                const e = paged.rowAt(i);
                return e ? (
                  row({ entry: e, change: null }, i)
                ) : (
                  <tr key={`loading-${i}`} data-row aria-rowindex={i + 2}>
                    <td colSpan={columns.db.length} className="muted">
                      {t("loading")}
                    </td>
                  </tr>
                );
              }}
            />
          </section>
        )}
        {trace && !skipped && total === 0 && engine !== "signed_cookies" && (
          <p className="store-empty">{t("empty")}</p>
        )}
        {trace &&
          !skipped &&
          backendsFor(engine)
            .filter((b) => groups[b].length > 0)
            .map((b) => (
              <section key={b} className="store-group" aria-labelledby={`${ids}-${b}`}>
                <h3 id={`${ids}-${b}`}>{headings[b]}</h3>
                {groups[b].length > HINT_BELOW_UP_TO && <p className="hint">{hints[b]}</p>}
                <WindowedTable
                  scroller={scroller}
                  columns={columns[b]}
                  count={groups[b].length}
                  labelledBy={`${ids}-${b}`}
                  renderRow={(i) => row(groups[b][i], i)}
                />
                {groups[b].length <= HINT_BELOW_UP_TO && <p className="hint">{hints[b]}</p>}
              </section>
            ))}
      </div>
    </section>
  );
}

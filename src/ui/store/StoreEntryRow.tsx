import { Fragment, memo, type ReactNode } from "react";
import { useT } from "../../i18n/useT.ts";
import { formatUtc, secondsLeft, timeLeft } from "../cookies/timeLeft.ts";
import { compactJsonItems } from "./compactJsonItems.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import type { StoreRow } from "./storeRows.ts";

export interface StoreNaming {
  /** The full cache key before the session key, e.g. `:1:django.contrib.sessions.cache`. */
  cachePrefix: string;
  /** SESSION_COOKIE_NAME, the session files' name prefix. */
  filePrefix: string;
  now: string;
}

interface RowProps {
  row: StoreRow;
  index: number;
  naming: StoreNaming;
  isCurrent: boolean;
  currentTitle: string;
  selected: boolean;
  onDetails(entry: StoreEntry): void;
}

/**
 * The same row: a snapshot builds new objects at every step, but an
 * unchanged session keeps its stored string, its expiry and (the decoder
 * reuses it) its decoded dict.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  const [x, y] = [a.row.entry, b.row.entry];
  return (
    a.row.change === b.row.change &&
    x.backend === y.backend &&
    x.key === y.key &&
    x.raw === y.raw &&
    x.expires === y.expires &&
    x.data === y.data &&
    a.index === b.index &&
    a.isCurrent === b.isCurrent &&
    a.currentTitle === b.currentTitle &&
    a.selected === b.selected &&
    a.onDetails === b.onDetails &&
    a.naming.now === b.naming.now &&
    a.naming.cachePrefix === b.naming.cachePrefix &&
    a.naming.filePrefix === b.naming.filePrefix
  );
}

/** A cell's content, cut to the lines store.css gives every row (so that all rows are one height). */
const lines = (content: ReactNode) => <div className="store-lines">{content}</div>;

/**
 * One stored session as a fixed-height row of a few lines: the key and the
 * decoded data wrap, the opaque stored text stays on one line; the full text
 * is in the details. Memoized: the panel re-renders with every step, and a busy table
 * has dozens of rows the step did not touch.
 */
export const StoreEntryRow = memo(function StoreEntryRow({
  row,
  index,
  naming,
  isCurrent,
  currentTitle,
  selected,
  onDetails,
}: RowProps) {
  const { t, i18n } = useT("store");
  const { entry, change } = row;
  // As each engine judges it: a row or a cache entry once its instant is reached
  // (expire_date__gt=now; locmem's exp <= now), a file once under a second is left
  // (the file engine floors get_expiry_age to whole seconds).
  const expired =
    entry.expires !== null &&
    (entry.backend === "file"
      ? secondsLeft(entry.expires, naming.now) <= 0
      : Date.parse(entry.expires) <= Date.parse(naming.now));
  const classes = [change, isCurrent && "current", expired && "expired", selected && "selected"]
    .filter(Boolean)
    .join(" ");
  const decoded =
    entry.data === null ? (
      <span className="badge bad" title={t("noVerifyTitle")}>
        {t("noVerify")}
      </span>
    ) : (
      // A line breaks between the dict's items, not inside one where it fits.
      <span className="mono">
        {compactJsonItems(entry.data).map((item, i) => (
          <Fragment key={i}>
            {i > 0 && " "}
            <span className="store-item">{item}</span>
          </Fragment>
        ))}
      </span>
    );
  const keyCell = (text: string) => (
    <td className="mono store-key">
      {lines(
        <>
          {isCurrent && (
            <span className="badge ok store-current" title={currentTitle}>
              <span className="store-current-text">{t("current")}</span>
            </span>
          )}{" "}
          {text}
        </>,
      )}
    </td>
  );
  const expiry = (
    <>
      <td className="mono">
        {lines(entry.expires === null ? t("never") : formatUtc(entry.expires))}
      </td>
      <td>
        {entry.expires !== null &&
          lines(
            expired ? (
              <span className="badge bad">{t("expired")}</span>
            ) : (
              timeLeft(entry.expires, naming.now, i18n.language)
            ),
          )}
      </td>
    </>
  );
  return (
    <tr
      data-row
      aria-rowindex={index + 2}
      className={classes || undefined}
      title={change ? t(`changed.${change}`) : undefined}
      onClick={(e) => {
        // A click anywhere on the row opens its details, as the button does for the keyboard.
        if (!(e.target as HTMLElement).closest("button")) onDetails(entry);
      }}
    >
      <td className="store-more">
        <button
          aria-label={t("detailsOf", { key: entry.key })}
          aria-pressed={selected}
          onClick={() => onDetails(entry)}
        >
          {t("details")}
        </button>
      </td>
      {entry.backend === "db" && (
        <>
          {keyCell(entry.key)}
          <td className="mono">{entry.raw}</td>
          <td>{lines(decoded)}</td>
          {expiry}
        </>
      )}
      {entry.backend === "cache" && (
        <>
          {keyCell(naming.cachePrefix + entry.key)}
          <td>{lines(decoded)}</td>
          {expiry}
        </>
      )}
      {entry.backend === "file" && (
        <>
          {keyCell(naming.filePrefix + entry.key)}
          <td className="mono">{entry.raw}</td>
          <td>{lines(decoded)}</td>
          {expiry}
        </>
      )}
    </tr>
  );
}, sameRow);

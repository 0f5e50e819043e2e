import { useT } from "../../i18n/useT.ts";
import { formatUtc, secondsLeft, timeLeft } from "../cookies/timeLeft.ts";
import { compactJson } from "./compactJson.ts";
import type { StoreRow } from "./storeRows.ts";

export interface StoreNaming {
  /** The full cache key before the session key, e.g. `:1:django.contrib.sessions.cache`. */
  cachePrefix: string;
  /** SESSION_COOKIE_NAME, the session files' name prefix. */
  filePrefix: string;
  now: string;
}

/** One stored session as a single fixed-height row; the full text is in the details. */
export function StoreEntryRow({
  row,
  index,
  naming,
  isCurrent,
  currentTitle,
  selected,
  onDetails,
}: {
  row: StoreRow;
  index: number;
  naming: StoreNaming;
  isCurrent: boolean;
  currentTitle: string;
  selected: boolean;
  onDetails(): void;
}) {
  const { t, i18n } = useT("store");
  const { entry, change } = row;
  const expired = entry.expires !== null && secondsLeft(entry.expires, naming.now) <= 0;
  const classes = [change, isCurrent && "current", expired && "expired", selected && "selected"]
    .filter(Boolean)
    .join(" ");
  const decoded =
    entry.data === null ? (
      <span className="badge bad" title={t("noVerifyTitle")}>
        {t("noVerify")}
      </span>
    ) : (
      <span className="mono">{compactJson(entry.data)}</span>
    );
  const keyCell = (text: string) => (
    <td className="mono store-key">
      {isCurrent && (
        <span className="badge ok" title={currentTitle}>
          {t("current")}
        </span>
      )}{" "}
      {text}
    </td>
  );
  const expiry = (
    <>
      <td className="mono">{entry.expires === null ? t("never") : formatUtc(entry.expires)}</td>
      <td>
        {entry.expires !== null &&
          (expired ? (
            <span className="badge bad">{t("expired")}</span>
          ) : (
            timeLeft(entry.expires, naming.now, i18n.language)
          ))}
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
        if (!(e.target as HTMLElement).closest("button")) onDetails();
      }}
    >
      <td className="store-more">
        <button
          aria-label={t("detailsOf", { key: entry.key })}
          aria-pressed={selected}
          onClick={onDetails}
        >
          {t("details")}
        </button>
      </td>
      {entry.backend === "db" && (
        <>
          {keyCell(entry.key)}
          <td className="mono">{entry.raw}</td>
          <td>{decoded}</td>
          {expiry}
        </>
      )}
      {entry.backend === "cache" && (
        <>
          {keyCell(naming.cachePrefix + entry.key)}
          <td>{decoded}</td>
          {expiry}
        </>
      )}
      {entry.backend === "file" && (
        <>
          {keyCell(naming.filePrefix + entry.key)}
          <td className="mono">{entry.raw}</td>
          <td>{decoded}</td>
        </>
      )}
    </tr>
  );
}

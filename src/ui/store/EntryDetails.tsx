import { useState } from "react";
import { sessionDataText } from "./sessionDataText.ts";
import type { PyDict } from "../../engine/python/plainIfOrdered.ts";
import { useT } from "../../i18n/useT.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";

const dictKeys = (d: PyDict) => (d instanceof Map ? [...d.keys()] : Object.keys(d));

/**
 * Everything about one stored session, shown in a dialog over the page (the
 * store panel is a few rows high at 1280×720): the key and the raw stored
 * text (to copy) and the decoded dict, internal keys included.
 */
export function EntryDetails({ entry, onClose }: { entry: StoreEntry; onClose(): void }) {
  const { t } = useT("store");
  const [status, setStatus] = useState<"copied" | "copyFailed" | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("copyFailed");
    }
  };
  return (
    <div className="stack store-details">
      <div className="row">
        {/* The snapshot's key is the session key for every backend (prefixes stripped). */}
        <code>session_key</code>
        <button onClick={() => void copy(entry.key)}>{t("copy")}</button>
      </div>
      <pre className="store-raw">{entry.key}</pre>
      {entry.raw !== null && (
        <>
          <div className="row">
            <code>
              {entry.backend === "db"
                ? "session_data"
                : entry.backend === "file"
                  ? t("file.col.content")
                  : ""}
            </code>
            <button onClick={() => void copy(entry.raw!)}>{t("copy")}</button>
          </div>
          <pre className="store-raw">{entry.raw}</pre>
        </>
      )}
      <span className="muted">{t("db.col.decoded")}</span>
      {entry.data === null ? (
        <p className="bad">{t("noVerifyLong")}</p>
      ) : (
        <pre className="store-json">{sessionDataText(entry.data, 2)}</pre>
      )}
      {entry.data !== null &&
        dictKeys(entry.data).some((k) => k.startsWith("_") || k === "testcookie") && (
          <p className="hint">{t("internalKeys")}</p>
        )}
      <span role="status" className="hint">
        {status && t(status)}
      </span>
      <div className="row modal-dialog-actions">
        <button className="primary" data-autofocus onClick={onClose}>
          {t("close")}
        </button>
      </div>
    </div>
  );
}

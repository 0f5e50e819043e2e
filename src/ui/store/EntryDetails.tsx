import { useState } from "react";
import { jsonStringify } from "../../engine/python/jsonStringify.ts";
import type { PyDict } from "../../engine/python/plainIfOrdered.ts";
import { useT } from "../../i18n/useT.ts";
import { useOpener } from "../common/useOpener.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";

const dictKeys = (d: PyDict) => (d instanceof Map ? [...d.keys()] : Object.keys(d));

/** Everything about one stored session: the raw stored text (to copy) and the decoded dict. */
export function EntryDetails({ entry, onClose }: { entry: StoreEntry; onClose(): void }) {
  const { t } = useT("store");
  const [status, setStatus] = useState<"copied" | "copyFailed" | null>(null);
  const backToOpener = useOpener();
  const close = () => {
    onClose();
    backToOpener();
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("copyFailed");
    }
  };
  return (
    <section
      className="store-details"
      aria-label={t("detailsOf", { key: entry.key })}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        // Handled here: the panel's own Escape would close it without giving focus back.
        e.stopPropagation();
        close();
      }}
    >
      <div className="row">
        <strong className="mono store-details-key">{entry.key}</strong>
        <button onClick={() => void copy(entry.key)}>{t("copy")}</button>
        <span className="store-details-spacer" />
        <button onClick={close}>{t("close")}</button>
      </div>
      {entry.raw !== null && (
        <div className="store-details-block">
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
        </div>
      )}
      {entry.data === null ? (
        <p className="bad">{t("noVerifyLong")}</p>
      ) : (
        <pre className="store-json">{jsonStringify(entry.data, 2)}</pre>
      )}
      {entry.data !== null &&
        dictKeys(entry.data).some((k) => k.startsWith("_") || k === "testcookie") && (
          <p className="hint">{t("internalKeys")}</p>
        )}
      <span role="status" className="hint">
        {status && t(status)}
      </span>
    </section>
  );
}

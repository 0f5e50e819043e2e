import { useId, useRef, useState } from "react";
import { handEditParams, handEditProblem } from "../../browser/handEditProblem.ts";
import { useT } from "../../i18n/useT.ts";
import { useProblemText } from "../common/useProblemText.ts";
import { ActionIcon } from "./ActionIcon.tsx";
import type { JarRow } from "./jarRows.ts";
import { cookieSize } from "./cookieSize.ts";
import { cookieId } from "../../state/viewedStep.ts";
import { formatUtc, secondsLeft, timeLeft } from "./timeLeft.ts";

/** The jar table's columns: the actions, then DevTools' nine. */
const COLUMNS = 10;

/** One cookie in the jar table, with its DevTools-like actions (edit, copy to another browser, delete). */
export function CookieRow({
  row,
  now,
  isSessionCookie,
  readOnly,
  copying,
  copyBoxId,
  onToggleCopy,
  onSave,
  onDelete,
}: {
  row: JarRow;
  now: string;
  isSessionCookie: boolean;
  readOnly: boolean;
  /** The copy-to-another-browser box (below the table) is open for this cookie. */
  copying: boolean;
  copyBoxId: string;
  onToggleCopy(): void;
  onSave(value: string): void;
  onDelete(): void;
}) {
  const { t, i18n } = useT("cookies");
  const { cookie, change } = row;
  const [editing, setEditing] = useState<string | null>(null);
  const removed = change === "removed";
  const actionable = !readOnly && !removed;

  // When the value editor closes, focus goes back to the edit button it replaced.
  const refocusEdit = useRef(false);
  const stopEditing = () => {
    refocusEdit.current = true;
    setEditing(null);
  };
  // What DevTools would refuse to store, said before Save rather than after.
  const problemText = useProblemText();
  const refused = editing === null ? null : handEditProblem(cookie.name, editing);
  const refusedId = useId();
  const save = () => {
    if (refused) return;
    if (editing !== null && editing !== cookie.value) onSave(editing);
    stopEditing();
  };

  return (
    <>
      <tr
        className={change ?? undefined}
        title={change ? t(`changed.${change}`) : undefined}
        // How the panel finds a deleted cookie's row, to give focus to the next row's buttons.
        data-cookie={cookieId(cookie)}
      >
        <td className="cookie-actions">
          {actionable && editing === null && (
            <span className="row">
              <button
                ref={(el) => {
                  if (el && refocusEdit.current) {
                    refocusEdit.current = false;
                    el.focus();
                  }
                }}
                aria-label={t("editLabel", { name: cookie.name })}
                title={t("edit")}
                onClick={() => setEditing(cookie.value)}
              >
                <ActionIcon name="edit" />
              </button>
              <button
                aria-label={t("copyLabel", { name: cookie.name })}
                title={t("copyTo")}
                aria-expanded={copying}
                aria-controls={copying ? copyBoxId : undefined}
                onClick={onToggleCopy}
              >
                <ActionIcon name="copy" />
              </button>
              <button
                className="danger"
                aria-label={t("deleteLabel", { name: cookie.name })}
                title={t("delete")}
                onClick={onDelete}
              >
                <ActionIcon name="delete" />
              </button>
            </span>
          )}
        </td>
        <td className="mono">
          {cookie.name}
          {isSessionCookie && (
            <span className="badge ok cookie-under" title={t("sessionCookieTitle")}>
              {t("sessionCookie")}
            </span>
          )}
        </td>
        <td className="mono cookie-value">
          {editing !== null ? (
            <span className="row">
              <input
                className="mono"
                aria-label={t("editValue", { name: cookie.name })}
                aria-invalid={refused !== null}
                aria-describedby={refused ? refusedId : undefined}
                value={editing}
                autoFocus
                onChange={(e) => setEditing(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    // Else the Enter that saved would go on to press the edit button, focused again.
                    e.preventDefault();
                    save();
                  } else if (e.key === "Escape") stopEditing();
                }}
              />
              <button className="primary" onClick={save} disabled={refused !== null}>
                {t("save")}
              </button>
              <button onClick={stopEditing}>{t("cancel")}</button>
            </span>
          ) : (
            <span className="cookie-clip" title={cookie.value}>
              {cookie.value}
            </span>
          )}
        </td>
        <td className="mono">{cookie.domain}</td>
        <td className="mono">{cookie.path}</td>
        <td className="cookie-expires">
          {cookie.expires === null ? (
            <span title={t("sessionTitle")}>{t("session")}</span>
          ) : (
            <>
              <ExpiryDate text={formatUtc(cookie.expires)} />
              <span
                className={
                  secondsLeft(cookie.expires, now) > 0
                    ? "muted cookie-under"
                    : "badge bad cookie-under"
                }
              >
                {timeLeft(cookie.expires, now, i18n.language)}
              </span>
            </>
          )}
        </td>
        <td className="num">{cookieSize(cookie)}</td>
        <td className="flag">{cookie.httponly && <span aria-label={t("yes")}>✓</span>}</td>
        <td className="flag">{cookie.secure && <span aria-label={t("yes")}>✓</span>}</td>
        <td>{cookie.samesite ?? ""}</td>
      </tr>
      {refused && (
        // A row of its own, the table's width: a value cell is too narrow to read it in.
        <tr className="cookie-refused-row">
          <td colSpan={COLUMNS}>
            <p
              id={refusedId}
              className="cookie-refused"
              role="alert"
              // Braces: a ref callback's return value is its cleanup for React, and Chromium's
              // scrollIntoView now returns a promise.
              ref={(el) => {
                void el?.scrollIntoView({ block: "nearest" });
              }}
            >
              {problemText({
                code: `scenario.${refused}`,
                params: handEditParams(cookie.name, editing!),
              })}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * "2026-12-13 15:24:01 UTC" as two unbreakable parts, the date and the time:
 * a narrow table wraps it between them only (not after a date's hyphen).
 */
function ExpiryDate({ text }: { text: string }) {
  const cut = text.indexOf(" ");
  return (
    <span className="mono">
      <span className="cookie-date-part">{text.slice(0, cut)}</span>{" "}
      <span className="cookie-date-part">{text.slice(cut + 1)}</span>
    </span>
  );
}

import { useT } from "../../i18n/useT.ts";
import type { TranscriptEntry } from "./manageTranscript.ts";
import "./manage.css";

/** One command in the console: the prompt line, what Django printed, and (for clearsessions) its effect. */
export function TranscriptEntryView({ entry }: { entry: TranscriptEntry }) {
  const { t } = useT("manage");
  return (
    <div className="term-entry">
      <div className="term-line">
        <span className="term-prompt">$ python manage.py </span>
        {entry.input}
      </div>
      {entry.kind === "printed" && (
        <>
          <pre className={entry.stderr ? "term-out term-stderr" : "term-out"}>{entry.text}</pre>
          {entry.unknown && <div className="term-note">{t("onlyClearsessions")}</div>}
        </>
      )}
      {entry.kind === "clearsessions" && (
        <>
          {entry.output ? (
            <pre className="term-out">{entry.output}</pre>
          ) : (
            <div className="term-muted">{t("noOutput")}</div>
          )}
          <div className="term-effect">
            {"→ "}
            {entry.effect.kind === "removed"
              ? t(`effect.${entry.effect.where}`, { count: entry.effect.count })
              : t(`effect.nothing.${entry.effect.engine}`)}
          </div>
          {entry.effect.kind === "removed" &&
            entry.effect.where === "db" &&
            entry.effect.leftAtNow > 0 && (
              <div className="term-note">
                {t("effect.leftAtNow", { count: entry.effect.leftAtNow })}
              </div>
            )}
        </>
      )}
      {entry.kind === "restarted" && (
        <div className="term-effect">
          {"→ "}
          {t("restarted")}
        </div>
      )}
      {entry.kind === "notHere" && (
        <div className="term-note">{t("notHere", { name: entry.name })}</div>
      )}
      {entry.kind === "failed" && (
        <div className="term-stderr">{t("failed", { message: entry.message })}</div>
      )}
    </div>
  );
}

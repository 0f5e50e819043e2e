import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { engineName } from "../../engine/conf/settings.ts";
import { usePlayground, usePlaygroundStore } from "../../state/usePlayground.ts";
import { useFocusRescue } from "../common/useFocusRescue.ts";
import { usePastGuard } from "../timeline/usePastGuard.tsx";
import { parseManageCommand } from "./manageCommand.ts";
import { runManageLine, useManageTranscript, manageTranscript } from "./manageTranscript.ts";
import { TranscriptEntryView } from "./TranscriptEntryView.tsx";

/** A terminal with `$ python manage.py ` and an input: clearsessions, help, Django's answer to the rest. */
export function ManageConsole() {
  const { t } = useT("manage");
  const playground = usePlaygroundStore();
  const entries = useManageTranscript((s) => s.entries);
  const history = useManageTranscript((s) => s.history);
  const engine = usePlayground((s) => engineName(s.settings));
  const [line, setLine] = useState("");
  const [recall, setRecall] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const terminal = useRef<HTMLDivElement>(null);
  // Read only while looking at the past (null at the present), so a new step does not re-render.
  const cursor = usePlayground((s) => s.cursor);

  // The prompt comes into view; but an answer taller than the terminal (clearsessions' summary
  // and its note, on a projector) is shown from its first line, which says what happened.
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
    const last = log.current?.lastElementChild;
    const box = terminal.current;
    if (!last || !box) return;
    // Only the terminal moves: scrollIntoView would move the tab's panel and the page too.
    const above = box.getBoundingClientRect().top - last.getBoundingClientRect().top;
    if (above > 0) box.scrollTop -= above;
  }, [entries.length]);

  // Running clearsessions or runserver (each a step) while looking at the past continues from
  // there: ask first.
  const past = usePastGuard({ returnFocus: () => input.current?.focus() });
  // Clear is disabled once the transcript is empty: the prompt takes the focus it drops.
  const panel = useRef<HTMLDivElement>(null);
  useFocusRescue(panel, () => input.current);

  const run = async (text: string) => {
    setLine("");
    setRecall(null);
    await runManageLine(playground, text);
    input.current?.focus();
  };

  const submit = () => {
    if (playground.getState().busy) return;
    const text = line;
    const kind = parseManageCommand(text).kind;
    if (kind === "clearsessions" || kind === "runserver") past.guard(() => run(text));
    else void run(text);
  };

  const recallLine = (delta: number) => {
    if (!history.length) return;
    const at = (recall ?? history.length) + delta;
    if (at >= history.length) {
      setRecall(null);
      setLine("");
    } else {
      const i = Math.max(0, at);
      setRecall(i);
      setLine(history[i]);
    }
  };

  return (
    <div className="manage" data-testid="manage-panel" ref={panel}>
      <p className="manage-engine">
        {/* The key ends with its separator: ": " in English, "：" in Chinese. */}
        {t("engineIntro", { engine })}
        {t(`engines.${engine}`)}
      </p>
      {cursor !== null && <p className="past-hint">{t("past", { step: cursor + 1 })}</p>}
      <div className="terminal" ref={terminal} onClick={() => input.current?.focus()}>
        <div role="log" aria-live="polite" aria-label={t("logLabel")} ref={log}>
          {entries.length === 0 && <div className="term-muted">{t("empty")}</div>}
          {entries.map((e) => (
            <TranscriptEntryView key={e.id} entry={e} />
          ))}
        </div>
        <form
          className="term-input-line"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <span className="term-prompt" aria-hidden="true">
            $ python manage.py{" "}
          </span>
          <input
            ref={input}
            className="term-input"
            aria-label={t("inputLabel")}
            value={line}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            onChange={(e) => {
              setLine(e.target.value);
              setRecall(null);
            }}
            onKeyDown={(e) => {
              if (e.key === "ArrowUp") recallLine(-1);
              else if (e.key === "ArrowDown") recallLine(1);
              else return;
              e.preventDefault();
            }}
          />
        </form>
        <div ref={end} />
      </div>
      {past.prompt}
      <div className="row manage-actions">
        <span className="hint">{t("hint")}</span>
        <button
          type="button"
          onClick={() => manageTranscript.getState().clear()}
          disabled={!entries.length}
        >
          {t("clear")}
        </button>
      </div>
    </div>
  );
}

import { lazy, Suspense, useContext, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { CODE_FILES, type CodeFile } from "../../state/projectCode.ts";
import { drafts as draftStore, useCurrentDrafts } from "../../state/drafts.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { useUiPrefs } from "../../state/uiPrefs.ts";
import { InactiveButton } from "../common/InactiveButton.tsx";
import { useProblemText } from "../common/useProblemText.ts";
import { ToolsPaneContext } from "../layout/ToolsPaneContext.ts";
import { usePastGuard } from "../timeline/usePastGuard.tsx";
import "./code.css";

const MonacoEditor = lazy(() => import("./MonacoEditor.tsx"));

const HELP_KEY: Record<CodeFile, string> = {
  "settings.py": "fileHelp.settings",
  "views.py": "fileHelp.views",
  "login.html": "fileHelp.login",
  "backend.html": "fileHelp.backend",
};

// Monaco binds "Tab moves focus" to Ctrl+M, and to Ctrl+Shift+M on a Mac (where Cmd+M minimises).
const MAC = navigator.userAgent.includes("Macintosh");

/** settings.py, views.py and the two templates, editable; views.py runs as real Python. */
export function CodePanel() {
  const { t } = useT("code");
  const code = usePlayground((s) => s.code);
  const codeErrors = usePlayground((s) => s.codeErrors);
  const runningViews = usePlayground((s) => s.runningViews);
  const python = usePlayground((s) => s.python);
  const editCode = usePlayground((s) => s.editCode);
  const runViews = usePlayground((s) => s.runViews);
  const restoreCode = usePlayground((s) => s.restoreCode);
  const toolsPane = useContext(ToolsPaneContext);
  const presenter = useUiPrefs((s) => s.presenter);
  const cursor = usePlayground((s) => s.cursor);
  // Saving settings.py is a settings step: from a past step it drops the later ones, so it asks
  // first. The other files are no steps: saving them changes no step.
  const past = usePastGuard();
  const guardPast = (action: () => Promise<unknown>) =>
    file === "settings.py" ? past.guard(action) : void action();
  const [file, setFile] = useState<CodeFile>("views.py");
  const phase = usePlayground((s) => s.phase);
  // A saved file (or one rewritten by the Settings panel) replaces its draft.
  const drafts: Partial<Record<CodeFile, string>> = useCurrentDrafts(
    "code",
    (f) => code[f as CodeFile],
    phase === "ready",
  );
  const setDraft = (f: CodeFile, next: string) =>
    draftStore.getState().put("code", f, { base: JSON.stringify(code[f]), value: next });
  const [saved, setSaved] = useState(false);
  const text = drafts[file] ?? code[file];
  const dirty = drafts[file] !== undefined && drafts[file] !== code[file];
  const problemText = useProblemText();
  const fileMarks = codeErrors[file];
  // A refused setting's mark is said in the learner's language (memoised: new marks reset the editor's).
  const marks = useMemo(
    () => (fileMarks ?? []).map((m) => (m.problem ? { ...m, message: problemText(m.problem) } : m)),
    [fileMarks, problemText],
  );

  // Ctrl+M flips it, for every file; the hint under the editor says what Tab does now.
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const keysHint = t(tabMovesFocus ? "keys.tabMovesFocus" : "keys.tabIndents", {
    toggle: MAC ? "Ctrl+Shift+M" : "Ctrl+M",
  });

  const save = async () => {
    await editCode(file, text);
    setSaved(true);
  };
  // "Run my views" answers in the Python line under the bar. With the pane scrolled down to the
  // editor (typing at the end of views.py does that on a projector), the sticky bar covers that
  // line: it is brought below the bar when the learner runs, and again as Python's state changes.
  const bar = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const revealing = useRef(false);
  const revealStatus = () => {
    const line = status.current;
    if (!line) return;
    line.style.scrollMarginTop = `${bar.current?.offsetHeight ?? 0}px`;
    // Braces: Chromium's scrollIntoView now returns a promise.
    void line.scrollIntoView({ block: "nearest" });
  };
  useLayoutEffect(() => {
    if (revealing.current) revealStatus();
  }, [python.state, python.restarts, runningViews]);
  const run = async () => {
    revealing.current = true;
    revealStatus();
    try {
      if (dirty) await editCode(file, text);
      await runViews();
    } finally {
      revealing.current = false;
    }
  };

  return (
    <>
      {/* The bar, the Python line, the editor and its keys fill the pane; the editor takes what
          is left, and the file's explanations follow below. */}
      <div className="code-panel">
        <div className="code-bar" ref={bar}>
          <div className="row code-files" role="tablist" aria-label={t("files")}>
            {CODE_FILES.map((f) => (
              <button
                key={f}
                role="tab"
                aria-selected={f === file}
                className={f === file ? "code-file current" : "code-file"}
                onClick={() => {
                  // A question about saving settings.py does not follow the learner to another file.
                  past.cancel();
                  setFile(f);
                }}
              >
                <code>{f}</code>
                {drafts[f] !== undefined && drafts[f] !== code[f] && (
                  <span className="badge warn">{t("unsaved")}</span>
                )}
                {(codeErrors[f]?.length ?? 0) > 0 && (
                  <span
                    className={codeErrors[f]!.every((m) => m.warning) ? "badge warn" : "badge bad"}
                  >
                    {t("errors", { count: codeErrors[f]!.length })}
                  </span>
                )}
              </button>
            ))}
          </div>
          <div className="row">
            {/* Inactive with nothing to save: Save disables itself by its press. */}
            <InactiveButton className="primary" inactive={!dirty} onPress={() => guardPast(save)}>
              {t("save")}
            </InactiveButton>
            {file === "views.py" && (
              <InactiveButton
                className="primary"
                inactive={python.state === "starting"}
                onPress={run}
                data-testid="run-views"
              >
                {t("runViews")}
              </InactiveButton>
            )}
            <button
              onClick={() => {
                if (confirm(t("restoreConfirm", { file })))
                  guardPast(() =>
                    restoreCode(file).then(() => draftStore.getState().drop("code", [file])),
                  );
              }}
            >
              {t("restore")}
            </button>
            {toolsPane && (
              <button
                type="button"
                className="tb-toggle"
                aria-pressed={toolsPane.large}
                title={t("largerEditorHint")}
                onClick={toolsPane.toggle}
              >
                {t("largerEditor")}
              </button>
            )}
            <span className="hint" role="status">
              {dirty ? t("unsaved") : saved && t("saved")}
            </span>
          </div>
        </div>
        {file === "settings.py" && cursor !== null && (
          <p className="past-hint">{t("pastSettingsPy", { step: cursor + 1 })}</p>
        )}
        {past.prompt}
        {file === "views.py" && (
          <div className="code-python" role="status" data-testid="python-status" ref={status}>
            <span>{runningViews === null ? t("viewsBuiltin") : t("viewsPython")}</span>{" "}
            {runningViews !== null && runningViews !== code["views.py"] && (
              <span className="badge warn">{t("viewsStale")}</span>
            )}{" "}
            <span className="muted">
              {python.state === "ready"
                ? t("python.ready", { seconds: ((python.readyMs ?? 0) / 1000).toFixed(1) })
                : python.state === "failed"
                  ? t("python.failed", { message: python.message ?? "" })
                  : t(`python.${python.state}`)}
            </span>{" "}
            {python.restarts > 0 && (
              <span className="badge warn">
                {t("python.restarted", { count: python.restarts })}
              </span>
            )}
          </div>
        )}
        {/* The editor's box holds its place while Monaco loads. */}
        <Suspense fallback={<p className="muted code-editor">{t("loadingEditor")}</p>}>
          <MonacoEditor
            path={file}
            language={file.endsWith(".py") ? "python" : "html"}
            value={text}
            marks={marks}
            fontSize={presenter ? 20 : 14}
            label={t("editorLabel", { file, keys: keysHint })}
            onChange={(next) => setDraft(file, next)}
            onSave={() => guardPast(save)}
            tabMovesFocus={tabMovesFocus}
            mac={MAC}
            onToggleTabFocus={() => setTabMovesFocus((on) => !on)}
          />
        </Suspense>
        {/* A status: Ctrl+M's change is read out, as Monaco's own toggle would say it. */}
        <p className="hint code-keys" role="status">
          {keysHint}
        </p>
        {marks.length > 0 && (
          <div className="code-problems" role="alert">
            <strong>{t("problems")}</strong>
            <ul>
              {marks.map((m, i) => (
                <li key={i}>
                  {m.warning && (
                    <>
                      <span className="badge warn">{t("warning")}</span>{" "}
                    </>
                  )}
                  <code>{file}</code> {t("line", { line: m.line })}
                  <code>{m.message}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <p className="hint">{t(HELP_KEY[file], { example: "{{ variable }}" })}</p>
      {file === "views.py" && <p className="hint">{t("runViewsHint")}</p>}
    </>
  );
}

import { useEffect, useRef } from "react";
import * as monaco from "monaco-editor/editor/editor.api.js";
import "monaco-editor/languages/definitions/python/register.js";
import "monaco-editor/languages/definitions/html/register.js";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import type { CodeMark } from "../../state/projectCode.ts";

// Monaco's only worker here is the editor's own; Python and HTML need no language worker for highlighting.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface MonacoEditorProps {
  /** One model per file, so each keeps its undo history. */
  path: string;
  language: "python" | "html";
  value: string;
  marks: CodeMark[];
  fontSize: number;
  label: string;
  onChange(text: string): void;
  onSave(): void;
  /** Tab moves focus instead of indenting. */
  tabMovesFocus: boolean;
  /** Ctrl+M, or Ctrl+Shift+M where `mac`: as Monaco's own "Tab moves focus" toggle is bound. */
  mac: boolean;
  onToggleTabFocus(): void;
}

/** Monaco, loaded on demand (this module is its own chunk), with the problems of the file marked. */
export default function MonacoEditor({
  path,
  language,
  value,
  marks,
  fontSize,
  label,
  onChange,
  onSave,
  tabMovesFocus,
  mac,
  onToggleTabFocus,
}: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const handlers = useRef({ onChange, onSave, onToggleTabFocus });
  handlers.current = { onChange, onSave, onToggleTabFocus };

  useEffect(() => {
    const e = monaco.editor.create(host.current!, {
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 4,
      ariaLabel: label,
      fontSize,
    });
    e.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => handlers.current.onSave());
    e.onDidChangeModelContent(() => handlers.current.onChange(e.getValue()));
    // Monaco's own toggle (editor.api.js leaves out its contribution) keeps its state where the
    // public API cannot read it, so the hint could not follow: this one sets the editor's option.
    e.addCommand(
      mac
        ? monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM
        : monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM,
      () => handlers.current.onToggleTabFocus(),
    );
    const leave = escapeThenTabLeaves(host.current!);
    e.onDidBlurEditorWidget(leave.disarm);
    editor.current = e;
    return () => {
      leave.dispose();
      e.dispose();
    };
    // Created once: the effects below update it in place.
  }, []);

  useEffect(() => {
    const uri = monaco.Uri.parse(`file:///${path}`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, language, uri);
    if (model.getValue() !== value) model.setValue(value);
    editor.current?.setModel(model);
  }, [path, language, value]);

  useEffect(() => {
    editor.current?.updateOptions({ fontSize, ariaLabel: label, tabFocusMode: tabMovesFocus });
  }, [fontSize, label, tabMovesFocus]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      "session-lab",
      marks.map((m) => ({
        severity: m.warning ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
        message: m.message,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.line,
        endColumn: model.getLineMaxColumn(Math.min(m.line, model.getLineCount())),
      })),
    );
    // Bring the first problem into view, so the learner sees where it is.
    if (marks.length) editor.current?.revealLineInCenterIfOutsideViewport(marks[0].line);
  }, [marks, path]);

  return <div ref={host} className="code-editor" />;
}

/**
 * Tab indents, so Tab alone cannot leave the editor (WCAG 2.1.2, no keyboard trap): an Escape
 * that Monaco did not use (to close a widget or drop a selection) lets the next Tab or Shift+Tab
 * go to the browser, which moves focus on. Any other key keeps Tab indenting.
 */
function escapeThenTabLeaves(host: HTMLElement) {
  let armed = false;
  // Bubbling, after Monaco's own listener on the same node: an Escape it used is defaultPrevented,
  // and one during an input method's composition cancels that.
  const onEscape = (ev: KeyboardEvent) => {
    if (ev.key === "Escape" && !ev.defaultPrevented && !ev.isComposing) armed = true;
  };
  // Capturing, before Monaco sees the key: a Tab kept from it is the browser's to move focus.
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === "Tab" && armed) ev.stopPropagation();
    else if (ev.key !== "Shift") armed = false;
  };
  host.addEventListener("keydown", onEscape);
  host.addEventListener("keydown", onKey, true);
  return {
    disarm: () => void (armed = false),
    dispose: () => {
      host.removeEventListener("keydown", onEscape);
      host.removeEventListener("keydown", onKey, true);
    },
  };
}

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
}: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const handlers = useRef({ onChange, onSave });
  handlers.current = { onChange, onSave };

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
    editor.current = e;
    return () => e.dispose();
    // Created once: the effects below update it in place.
  }, []);

  useEffect(() => {
    const uri = monaco.Uri.parse(`file:///${path}`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, language, uri);
    if (model.getValue() !== value) model.setValue(value);
    editor.current?.setModel(model);
  }, [path, language, value]);

  useEffect(() => {
    editor.current?.updateOptions({ fontSize, ariaLabel: label });
  }, [fontSize, label]);

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

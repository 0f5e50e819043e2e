/// <reference lib="webworker" />
import { loadPyodide, type PyodideInterface } from "pyodide";
import { DJANGO_SHIM_PY } from "./djangoShimPy.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";

/**
 * CPython (Pyodide) in a worker, so an endless loop in a view never freezes
 * the page: the page can terminate this worker and start another. Each
 * request.session call from Python becomes a message to the page, whose
 * answer resolves the Promise that Python's run_sync is waiting on.
 */
const post = (m: FromWorker) => self.postMessage(m);
let current = 0;
let nextCall = 0;
const pending = new Map<number, (result: string) => void>();

function bridge(kind: "session" | "render", op: string, args: string): Promise<string> {
  const callId = ++nextCall;
  post({ type: "bridge", id: current, callId, kind, op, args });
  return new Promise((resolve) => pending.set(callId, resolve));
}

async function start(): Promise<PyodideInterface> {
  const pyodide = await loadPyodide({ indexURL: new URL("/pyodide/", self.location.origin).href });
  pyodide.registerJsModule("session_bridge", {
    call: (op: string, args: string) => bridge("session", op, args),
    render: (template: string, context: string) => bridge("render", template, context),
  });
  pyodide.runPython(DJANGO_SHIM_PY, { filename: "django_shim.py" });
  return pyodide;
}

const ready = start().then(
  (py) => {
    post({ type: "ready" });
    return py;
  },
  (e: unknown) => {
    post({ type: "fatal", message: e instanceof Error ? e.message : String(e) });
    throw e;
  },
);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === "bridge-result") {
    pending.get(msg.callId)?.(msg.result);
    pending.delete(msg.callId);
    return;
  }
  const py = await ready;
  if (msg.type === "load") {
    const outcome = JSON.parse(py.globals.get("_load_views")(msg.source));
    post(outcome.ok ? { type: "loaded" } : { type: "load-error", error: outcome });
    return;
  }
  current = msg.id;
  const handle = py.globals.get("_handle");
  const out: string = await handle.callPromising(msg.view, JSON.stringify(msg.request));
  post({ type: "done", id: msg.id, result: JSON.parse(out) });
};

import { internalServerErrorRecord } from "../internalServerErrorRecord.ts";
import { contextFromPython } from "./contextFromPython.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import type { HttpRequest } from "../http/HttpRequest.ts";
import { HttpResponse } from "../http/HttpResponse.ts";
import type { View, ViewEnv } from "../views/View.ts";
import type {
  FromWorker,
  PyException,
  PyRequestData,
  PyResponseData,
  ToWorker,
} from "./protocol.ts";
import { sessionBridge } from "./sessionBridge.ts";
import { technical500 } from "./technical500.ts";
export type PythonEvent =
  | { type: "starting" }
  | { type: "ready"; ms: number }
  | { type: "restarted"; reason: string }
  | { type: "failed"; message: string };

interface Inflight {
  request: HttpRequest;
  env: ViewEnv;
  resolve(result: PyResponseData | PyException): void;
}

const isException = (r: PyResponseData | PyException): r is PyException => "exception" in r;

/**
 * The learner's views.py, run by CPython in a worker. A view that does not
 * return within `timeoutMs` is stopped by terminating the worker; the next
 * request starts a fresh Python process (reported as a restart).
 */
export class PythonViews {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private loading: ((m: FromWorker) => void) | null = null;
  private readonly inflight = new Map<number, Inflight>();
  private nextId = 0;
  private source = "";
  /** The source the current worker has loaded (a restart loads it again). */
  private loadedSource: string | null = null;

  constructor(
    private readonly createWorker: () => Worker,
    private readonly onEvent: (e: PythonEvent) => void = () => {},
    private readonly timeoutMs = 5000,
  ) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const began = performance.now();
    this.onEvent({ type: "starting" });
    const worker = this.createWorker();
    this.worker = worker;
    this.loadedSource = null;
    this.ready = new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === "ready") {
          this.onEvent({ type: "ready", ms: performance.now() - began });
          resolve();
        } else if (m.type === "fatal") {
          this.onEvent({ type: "failed", message: m.message });
          this.stop();
          reject(new Error(m.message));
        } else this.receive(m);
      };
      worker.onerror = (e) => {
        this.onEvent({ type: "failed", message: e.message });
        this.stop();
        reject(new Error(e.message || "the Python worker could not start"));
      };
    });
    return this.ready;
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    this.loadedSource = null;
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private receive(m: FromWorker): void {
    if (m.type === "loaded" || m.type === "load-error") {
      this.loading?.(m);
      return;
    }
    if (m.type === "done") {
      this.inflight.get(m.id)?.resolve(m.result);
      this.inflight.delete(m.id);
      return;
    }
    if (m.type === "bridge") void this.answer(m);
  }

  private async answer(m: Extract<FromWorker, { type: "bridge" }>): Promise<void> {
    const call = this.inflight.get(m.id);
    let result: string;
    if (!call) result = JSON.stringify({ error: "RuntimeError", message: "the request is over" });
    else if (m.kind === "session")
      result = await sessionBridge(call.request.session!, call.env.ctx, m.op, m.args);
    else {
      try {
        const html = call.env.render(call.request, m.op, contextFromPython(m.args)).content;
        result = JSON.stringify({ html });
      } catch (e) {
        const name =
          e instanceof PythonError ? e.pythonName : e instanceof Error ? e.name : "Error";
        result = JSON.stringify({
          error: name,
          message: e instanceof Error ? e.message : String(e),
        });
      }
    }
    this.post({ type: "bridge-result", callId: m.callId, result });
  }

  /** The source to load before the next request (after a reload or a restart). */
  setSource(source: string): void {
    this.source = source;
  }

  /**
   * Loads views.py (starting Python if needed) and answers with it from then
   * on; returns the error that stops it from loading (and keeps the previous
   * views), or null.
   */
  async load(source: string): Promise<PyException | null> {
    await this.start();
    const outcome = await new Promise<FromWorker>((resolve) => {
      this.loading = resolve;
      this.post({ type: "load", source });
    });
    this.loading = null;
    // A views.py that does not load changes nothing: the worker keeps the module it had.
    if (outcome.type === "load-error") return outcome.error;
    this.source = source;
    this.loadedSource = source;
    return null;
  }

  /** The Django view `name` of views.py, for the server's URL table. */
  view(name: string): View {
    return async (request, env) => {
      if (this.loadedSource !== this.source) {
        const error = await this.load(this.source);
        if (error) return this.errorPage(error, request, env);
      }
      const id = ++this.nextId;
      const data: PyRequestData = {
        method: request.method,
        path: request.path,
        GET: request.GET.keys().flatMap((k) =>
          request.GET.getlist(k).map((v): [string, string] => [k, v]),
        ),
        POST: request.POST.keys().flatMap((k) =>
          request.POST.getlist(k).map((v): [string, string] => [k, v]),
        ),
        COOKIES: [...request.COOKIES],
        META: request.META,
        headers: [...request.headers].filter(([k]) => !k.toLowerCase().startsWith("x-session-lab")),
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const result = await new Promise<PyResponseData | PyException>((resolve) => {
        this.inflight.set(id, { request, env, resolve });
        timer = setTimeout(() => {
          this.inflight.delete(id);
          this.stop();
          const seconds = this.timeoutMs / 1000;
          this.onEvent({ type: "restarted", reason: `${name} did not return within ${seconds} s` });
          resolve({
            exception: "TimeoutError",
            message: `The view ${name}() did not return within ${seconds} seconds (an endless loop?). The Python process was stopped and will be restarted for the next request.`,
            frames: [],
          });
        }, this.timeoutMs);
        this.post({ type: "call", id, view: name, request: data });
      });
      clearTimeout(timer);
      if (isException(result)) return this.errorPage(result, request, env);
      const response = new HttpResponse(result.content, result.status);
      for (const [k, v] of result.headers) response.setHeader(k, v);
      return response;
    };
  }

  /** Django's technical 500 page for a view that raised, logged as its handler logs it. */
  private errorPage(error: PyException, request: HttpRequest, env: ViewEnv): HttpResponse {
    env.ctx.logger.log(internalServerErrorRecord(request.path, error.exception, error.message));
    const url = `${request.scheme}://${request.META.HTTP_HOST}${request.path}`;
    const response = new HttpResponse(
      technical500(error, { method: request.method, url }, this.source),
      500,
    );
    response.logged = true;
    return response;
  }

  terminate(): void {
    this.stop();
  }
}

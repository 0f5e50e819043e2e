/**
 * In-page instruments for the playground part of `npm run bench` (bench/ui.ts).
 * Bundled with esbuild and installed with page.addInitScript, so it runs at
 * document start in every page of a bench context, before the app's own
 * scripts. Driven through window.uiProbe. Every time here is the page's own
 * performance.now() (milliseconds since navigation start).
 *
 * It only reads the DOM and clicks what a learner would click. It wraps
 * window.fetch (to time the playground's exchange through the service worker,
 * and to capture one exchange for the floor page) and counts IndexedDB
 * transactions; the wrappers add a counter increment, nothing else.
 */
import { batches, sessionRows } from "../rows.ts";
import { nextFrame, quietBeforeClick } from "./pause.ts";

/** The playground's simulated exchange path (src/server/msw/sessionLabHandlers.ts). */
const EXCHANGE_PATH = "/__session_lab__/http";

const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector);

/**
 * Resolves with performance.now() as soon as `cond()` holds: checked now, after
 * every DOM mutation of the page (MutationObserver: right after the commit that
 * made it true, before paint), and, with `frames`, on every animation frame
 * (for iframes, whose DOM the observer does not see). Asking for frames makes
 * the page render one each vsync, which a timed step must not pay for.
 */
function waitFor(
  cond: () => boolean,
  timeoutMs: number,
  what: string,
  { frames = true }: { frames?: boolean } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    let frame = 0;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearInterval(interval);
      if (ok) resolve(performance.now());
      else reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    };
    const check = () => {
      if (done) return;
      let ok = false;
      try {
        ok = cond();
      } catch {
        ok = false;
      }
      if (ok) finish(true);
    };
    const observer = new MutationObserver(check);
    const onFrame = () => {
      check();
      if (!done && frames) frame = requestAnimationFrame(onFrame);
    };
    // Hidden or throttled pages get few frames: poll too.
    const interval = setInterval(check, 25);
    const timer = setTimeout(() => finish(false), timeoutMs);
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    if (frames) frame = requestAnimationFrame(onFrame);
    check();
  });
}

/** Types into a React-controlled input as a learner would (native setter, then an input event). */
function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

function buttonByText(text: string, root: ParentNode = document): HTMLButtonElement | null {
  for (const b of root.querySelectorAll<HTMLButtonElement>("button"))
    if (b.textContent?.trim() === text) return b;
  return null;
}

/** The count in the timeline head: "N steps · showing the present" (0 when there are none). */
function timelineSteps(): number {
  const status = $('[data-testid="timeline-panel"] .panel-head [role="status"]');
  const m = /^(\d+) steps? /.exec(status?.textContent?.trim() ?? "");
  return m ? Number(m[1]) : 0;
}

const isReady = () =>
  $('.app[aria-busy="false"]') !== null && $('[data-testid="timeline-panel"]') !== null;

function frameDoc(): { frame: HTMLIFrameElement; doc: Document } | null {
  const frame = $<HTMLIFrameElement>('[data-testid="browser-panel"] iframe');
  const doc = frame?.contentDocument;
  return frame && doc ? { frame, doc } : null;
}

// ---------------------------------------------------------------------------
// 1. Cold load: from navigation start to the app ready with its timeline panel.

let readyAt: number | null = null;
if (typeof document !== "undefined" && location.pathname === "/") {
  void waitFor(isReady, 600_000, "the app").then(
    (t) => (readyAt = t),
    () => undefined,
  );
}

/** When this page's files arrived (resource timing), by file-name prefix. */
function resourceEnds(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
    const name = new URL(e.name).pathname.split("/").pop() ?? "";
    const key = /^(index|bootPlayground|browser)-.*\.js$/.exec(name)?.[1] ?? name;
    if (/^(index|bootPlayground|browser|mockServiceWorker\.js)$/.test(key))
      out[key] = Math.max(out[key] ?? 0, e.responseEnd);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Exchange timing through the service worker: window.fetch, wrapped.

// IndexedDB, counted: transactions (by mode), and when the app's last save (the
// readwrite transaction over its timeline store) completed.

const idbCount = { tx: 0, readwrite: 0, savedAt: 0 };
const saveWaiters = new Set<() => void>();
/** performance.now() when the first save completing after `after` completed. */
function savedAfter(after: number, timeoutMs: number): Promise<number> {
  if (idbCount.savedAt > after) return Promise.resolve(idbCount.savedAt);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      saveWaiters.delete(done);
      reject(new Error(`no save within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      saveWaiters.delete(done);
      resolve(idbCount.savedAt);
    };
    saveWaiters.add(done);
  });
}
if (typeof IDBDatabase !== "undefined") {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase["transaction"]>
  ) {
    idbCount.tx++;
    if (args[1] === "readwrite") idbCount.readwrite++;
    const tx = transaction.apply(this, args);
    const stores = typeof args[0] === "string" ? [args[0]] : [...args[0]];
    if (args[1] === "readwrite" && stores.includes("timeline"))
      tx.addEventListener("complete", () => {
        idbCount.savedAt = performance.now();
        for (const done of [...saveWaiters]) done();
      });
    return tx;
  };
}

const exchanges: number[] = [];
let capture = false;
let captured: { request: string; response: string } | null = null;
if (typeof window !== "undefined") {
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(EXCHANGE_PATH)) return realFetch(input, init);
    const t0 = performance.now();
    const response = await realFetch(input, init);
    exchanges.push(performance.now() - t0);
    if (capture && typeof init?.body === "string") {
      captured = { request: init.body, response: await response.clone().text() };
      capture = false;
    }
    return response;
  };
}

export interface StepTiming {
  /** Click → the timeline shows the new step and the store panel the new value (DOM committed). */
  visible: number;
  /** Click → the first animation frame after that (painted). */
  painted: number;
  /** Click → the step saved (the app's save transaction complete; it waits for a paint). */
  cycle: number;
  /** The exchange through the service worker (fetch → response headers); null without one. */
  exchange: number | null;
  /** IndexedDB transactions the page opened from the click to the step saved, and how many were readwrite. */
  idb_tx: number;
  idb_readwrite: number;
}

// ---------------------------------------------------------------------------
// IndexedDB, raw: the app's database, as src/adapters/openSessionLabDb.ts lays it out.

/**
 * Opens an existing database; or, with `create`, creates it with
 * django_session as src/adapters/openSessionLabDb.ts lays it out.
 */
function openRaw(name: string, create = false): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = create ? indexedDB.open(name, 1) : indexedDB.open(name);
    req.onupgradeneeded = () => {
      req.result.createObjectStore("django_session", { keyPath: ["expire_date", "session_key"] });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("transaction aborted"));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const uiProbe = {
  isReady,
  readyAt: () => readyAt,
  resourceEnds,
  timelineSteps,
  hasNoServiceWorkerNotice: () => $('[data-testid="no-service-worker"]') !== null,
  isSecureContext: () => window.isSecureContext,
  /** The virtual clock, read from the toolbar (YYYY-MM-DD HH:MM:SS UTC). */
  virtualNow(): number {
    const m = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC/.exec($("header")?.textContent ?? "");
    if (!m) throw new Error("no virtual clock in the toolbar");
    return Date.parse(`${m[1]}T${m[2]}Z`);
  },
  exchangeCount: () => exchanges.length,
  captureNextExchange() {
    capture = true;
    captured = null;
  },
  captured: () => captured,

  /**
   * 3. One Operations step: request.session[key] = value with Run. The value
   * is typed first (untimed, up to its frame painted); the clock runs from just before the click. The
   * store panel must show the new value — or, over a table too big to
   * snapshot, its paged table with `expectRows` rows.
   */
  async step(value: string, timeoutMs = 30_000, expectRows?: number): Promise<StepTiming> {
    const form = $<HTMLFormElement>('[data-testid="ops-panel"] form.ops-editor');
    const input = form && $<HTMLInputElement>("input.ops-value", form);
    const run = form && $<HTMLButtonElement>("button.primary", form);
    if (!form || !input || !run) throw new Error("no request.session[key] = value form with Run");
    // The op's Python line quotes it as Python does ('…'); the store panel as JSON ("…").
    const pyQuoted = `'${value}'`;
    const jsonQuoted = JSON.stringify(value);
    typeInto(input, value);
    await waitFor(
      () => !run.disabled && ($(".ops-python", form)?.textContent ?? "").includes(pyQuoted),
      timeoutMs,
      "the op editor to take the value and Run to be enabled",
    );
    // The typing's own render is not the step's: its frame paints before the clock starts.
    await quietBeforeClick();
    // Run is disabled while the playground is busy (a slow start over a big table, say): a
    // click on it then would do nothing.
    await waitFor(() => !run.disabled, timeoutMs, "Run to be enabled");
    const before = timelineSteps();
    const seenExchanges = exchanges.length;
    const tx0 = idbCount.tx;
    const rw0 = idbCount.readwrite;
    const t0 = performance.now();
    performance.mark("sl:click");
    run.click();
    const visible = await waitFor(
      () =>
        timelineSteps() === before + 1 &&
        (expectRows === undefined
          ? ($('[data-testid="store-panel"] tbody')?.textContent ?? "").includes(jsonQuoted)
          : uiProbe.storeTableRows() === expectRows) &&
        $('[data-testid="cookies-panel"] table tbody tr') !== null,
      timeoutMs,
      `step ${before + 1} in the timeline, store and cookie panels`,
      // All three are in the page's own DOM: the observer sees them.
      { frames: false },
    );
    const painted = await nextFrame();
    const cycle = await savedAfter(t0, timeoutMs);
    return {
      visible: visible - t0,
      painted: Math.max(painted, visible) - t0,
      cycle: cycle - t0,
      exchange: exchanges.length > seenExchanges ? exchanges[exchanges.length - 1] : null,
      idb_tx: idbCount.tx - tx0,
      idb_readwrite: idbCount.readwrite - rw0,
    };
  },

  /** The playground's IndexedDB record of its own state (timeline, …): its size as JSON. */
  async labStateChars(dbName = "session-lab"): Promise<number> {
    const db = await openRaw(dbName);
    try {
      const value = await request(
        db.transaction("lab_state").objectStore("lab_state").get("current"),
      );
      return JSON.stringify(value ?? null).length;
    } finally {
      db.close();
    }
  },

  /** session_data of some row of django_session (a real one, encoded by the app). */
  async someSessionData(dbName = "session-lab"): Promise<string> {
    const db = await openRaw(dbName);
    try {
      const store = db.transaction("django_session").objectStore("django_session");
      const cursor = await request(store.openCursor());
      if (!cursor) throw new Error("django_session is empty");
      return (cursor.value as { session_data: string }).session_data;
    } finally {
      db.close();
    }
  },

  /**
   * 6. Adds `count` rows to django_session (bench/rows.ts: even rows expired
   * before `nowMs`, odd rows live after it), `batchSize` per transaction.
   * `expiredOnly` adds just the expired ones (after a clear: the same rows back).
   */
  async seed(
    count: number,
    batchSize: number,
    nowMs: number,
    data: string,
    expiredOnly = false,
    dbName = "session-lab",
  ): Promise<{ ms: number; rows: number }> {
    const db = await openRaw(dbName, dbName !== "session-lab");
    try {
      const t0 = performance.now();
      let rows = sessionRows(count, data, nowMs) as Iterable<{ expire_date: number }>;
      if (expiredOnly) rows = [...rows].filter((r) => r.expire_date < nowMs);
      for (const batch of batches(rows, batchSize)) {
        const tx = db.transaction("django_session", "readwrite");
        const store = tx.objectStore("django_session");
        for (const row of batch) store.put(row);
        await done(tx);
      }
      const ms = performance.now() - t0;
      const total = await request(
        db.transaction("django_session").objectStore("django_session").count(),
      );
      return { ms, rows: total };
    } finally {
      db.close();
    }
  },

  async countRows(dbName = "session-lab"): Promise<number> {
    const db = await openRaw(dbName);
    try {
      return await request(db.transaction("django_session").objectStore("django_session").count());
    } finally {
      db.close();
    }
  },

  /** The adapter's clearsessions, alone: one delete over [expire_date, session_key] < [now]. */
  async rawClear(nowMs: number, dbName = "session-lab"): Promise<{ ms: number; left: number }> {
    const db = await openRaw(dbName);
    try {
      const t0 = performance.now();
      const tx = db.transaction("django_session", "readwrite");
      tx.objectStore("django_session").delete(IDBKeyRange.upperBound([nowMs], true));
      await done(tx);
      const ms = performance.now() - t0;
      const left = await request(
        db.transaction("django_session").objectStore("django_session").count(),
      );
      return { ms, left };
    } finally {
      db.close();
    }
  },

  /** Deletes a database the probe created (not the app's). */
  dropDb(name: string): Promise<void> {
    if (name === "session-lab") throw new Error("not the app's database");
    return new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
  },

  /** Scrolls the store panel back to its top and waits until its rows are loaded. */
  async scrollStoreTop(timeoutMs = 60_000): Promise<void> {
    const scroller = $('[data-testid="store-panel"] .panel-body');
    if (scroller) scroller.scrollTop = 0;
    await nextFrame();
    await waitFor(() => uiProbe.loadingRows() === 0, timeoutMs, "the top rows");
  },

  /** Rows of the store panel's windowed table still showing "Loading…". */
  loadingRows(): number {
    let n = 0;
    for (const td of document.querySelectorAll('[data-testid="store-panel"] tbody td[colspan]'))
      if (td.closest("tr:not(.spacer)")) n++;
    return n;
  },

  /** aria-rowcount of the store panel's windowed table, minus its header row (0 without one). */
  storeTableRows(): number {
    const table = $('[data-testid="store-panel"] table.windowed[aria-rowcount]');
    return table ? Number(table.getAttribute("aria-rowcount")) - 1 : 0;
  },

  /**
   * 6a. Scrolls the store panel from top to bottom over `durationMs`, one
   * step per animation frame, recording every frame interval; then how long
   * the rows at the bottom take to stop saying "Loading…".
   */
  async scrollStore(durationMs: number): Promise<{
    frames: number[];
    scrolled_px: number;
    loading_at_end: number;
    bottom_filled_ms: number | null;
  }> {
    const scroller = $('[data-testid="store-panel"] .panel-body');
    if (!scroller) throw new Error("no store panel");
    scroller.scrollTop = 0;
    await nextFrame();
    const max = scroller.scrollHeight - scroller.clientHeight;
    const frames: number[] = [];
    let last = await nextFrame();
    const t0 = last;
    for (;;) {
      const p = Math.min(1, (last - t0) / durationMs);
      scroller.scrollTop = p * max;
      const now = await nextFrame();
      frames.push(now - last);
      last = now;
      if (p >= 1) break;
    }
    const loading = uiProbe.loadingRows();
    const t1 = performance.now();
    let filled: number | null = null;
    try {
      filled = (await waitFor(() => uiProbe.loadingRows() === 0, 60_000, "rows")) - t1;
    } catch {
      filled = null;
    }
    return {
      frames,
      scrolled_px: max,
      loading_at_end: loading,
      bottom_filled_ms: filled,
    };
  },

  /**
   * 6b. Types `clearsessions` into the manage.py console and submits it:
   * times submit → the timeline shows the new step, and → the command's
   * output (with its effect line) shown.
   */
  async clearsessionsUi(timeoutMs = 120_000): Promise<{
    timeline_ms: number;
    output_ms: number;
    output: string;
  }> {
    const input = $<HTMLInputElement>('[data-testid="manage-panel"] input.term-input');
    const form = input?.form;
    if (!input || !form) throw new Error("no manage.py console input");
    typeInto(input, "clearsessions");
    await waitFor(() => input.value === "clearsessions", 5_000, "the console input");
    const entries = () => document.querySelectorAll('[data-testid="manage-panel"] .term-entry');
    const before = entries().length;
    const steps = timelineSteps();
    const t0 = performance.now();
    form.requestSubmit();
    const timelineAt = waitFor(() => timelineSteps() === steps + 1, timeoutMs, "the timeline");
    const outputAt = await waitFor(
      () => entries().length === before + 1 && $(".term-effect", entries()[before]) !== null,
      timeoutMs,
      "the clearsessions output",
    );
    return {
      timeline_ms: (await timelineAt) - t0,
      output_ms: outputAt - t0,
      output: entries()[before].textContent ?? "",
    };
  },

  /** The views.py status line of the Code tab. */
  pythonStatus: () => $('[data-testid="python-status"]')?.textContent ?? "",

  /**
   * 7. Run my views, then load `path` in the simulated browser as soon as
   * Python says ready; times the click → ready, and → the page frame showing
   * a new page with the login form (every path ends there for a visitor who
   * is not logged in).
   */
  async runViewsThenLoad(
    path: string,
    timeoutMs = 180_000,
  ): Promise<{ ready_ms: number; response_ms: number; load_ms: number; status: string }> {
    const run = $<HTMLButtonElement>('[data-testid="run-views"]');
    if (!run) throw new Error("no Run my views button (is the Code tab open on views.py?)");
    const oldFrame = frameDoc()?.frame ?? null;
    const steps = timelineSteps();
    const ready = () =>
      /runs your views\.py as Python[\s\S]*ready/.test(uiProbe.pythonStatus()) && !run.disabled;
    const t0 = performance.now();
    run.click();
    // A cold start shows "starting…" first; a warm one stays ready.
    if (ready()) await nextFrame();
    const readyAt = await waitFor(ready, timeoutMs, "Python ready");
    const link =
      buttonByText(`Open ${path}`) ??
      buttonByText(path, $('[data-testid="browser-panel"] nav') ?? document);
    if (!link) throw new Error(`no button to open ${path}`);
    const t1 = performance.now();
    link.click();
    const shown = await waitFor(
      () => {
        const f = frameDoc();
        return (
          f !== null &&
          f.frame !== oldFrame &&
          timelineSteps() > steps &&
          f.doc.querySelector('input[name="user"]') !== null
        );
      },
      timeoutMs,
      `the page for ${path}`,
    );
    return {
      ready_ms: readyAt - t0,
      load_ms: shown - t1,
      response_ms: shown - t0,
      status: uiProbe.pythonStatus(),
    };
  },
};

export type UiProbe = typeof uiProbe;

(globalThis as unknown as { uiProbe: UiProbe }).uiProbe = uiProbe;

import { createStore, type StoreApi } from "zustand/vanilla";
import type { StoredCookie } from "../browser/cookieJar.ts";
import { applySettings, DEFAULT_SETTINGS, type Settings } from "../engine/conf/settings.ts";
import { SettingsError } from "../engine/conf/SettingsError.ts";
import { jsonStringify } from "../engine/python/jsonStringify.ts";
import type { Hmac, LogRecord } from "../engine/ports.ts";
import type { Problem } from "../engine/problem/Problem.ts";
import type { SessionRow, SessionTable } from "../engine/storage/SessionTable.ts";
import type { SimFile, SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import { memoryFileSystem } from "../engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../engine/storage/memorySessionTable.ts";
import { oneAtATime } from "../adapters/oneAtATime.ts";
import { freshSeed, type SeededRandomState } from "../adapters/seededRandom.ts";
import { parseScenario } from "../scenario/parseScenario.ts";
import { ScenarioError } from "../scenario/ScenarioError.ts";
import { handEditParams, handEditProblem } from "../browser/handEditProblem.ts";
import { actingBrowser } from "./actingBrowser.ts";
import { cookieRefFor } from "./cookieRefFor.ts";
import {
  DEFAULT_BROWSER,
  type EditCookieStep,
  type RequestStep,
  type Step,
} from "../scenario/Scenario.ts";
import type { DjangoServer } from "../server/DjangoServer.ts";
import { SimulationFailure } from "../server/SimulationFailure.ts";
import { dbEntry, storeSnapshot, type StoreEntry } from "../server/storeSnapshot.ts";
import { header, type Transport, type WireRequest, type WireResponse } from "../server/wire.ts";
import { OP_SIGNATURES, type Op } from "../server/views/ops.ts";
import { Lab, STORE_SNAPSHOT_LIMIT, type LabDeps, type LabSnapshot } from "./Lab.ts";
import type { StepOutcome } from "../scenario/ScenarioRunner.ts";
import { VIEW_FOR_PATH } from "../server/python/defaultViewsPy.ts";
import {
  DEFAULT_CODE,
  isEditedCode,
  type CodeFile,
  type CodeMark,
  type ProjectCode,
} from "./projectCode.ts";
import type { PythonEvent } from "../server/python/PythonViews.ts";
import type { PyException } from "../server/python/protocol.ts";
import type { View } from "../server/views/View.ts";
import { settingsFromPy } from "../server/settingsPy/settingsFromPy.ts";
import { settingsPyFor } from "../server/settingsPy/settingsPyFor.ts";
import { compileTemplate } from "../server/template/compileTemplate.ts";
import { TemplateSyntaxError } from "../server/template/TemplateSyntaxError.ts";
import type { TimelineEntry } from "./TimelineEntry.ts";
import { asTimelineLeavesIt, freshProfile, profileFromTimeline } from "./profileFromTimeline.ts";
import { scenarioFromHash, shareLink } from "./shareLink.ts";

/** The key a new playground signs with; an exported scenario carries it. */
export const DEMO_SECRET_KEY = "django-insecure-session-lab-demo-key";

export interface BrowserProfile {
  name: string;
  /** Closed browsers have dropped their session cookies; a navigation reopens them. */
  open: boolean;
  origin: string;
  /** Paths visited (page loads), with a position for back / forward. */
  history: string[];
  index: number;
}

/** The learner's views.py in CPython (a Pyodide worker in the browser). */
export interface PythonRuntime {
  setSource(source: string): void;
  load(source: string): Promise<PyException | null>;
  view(name: string): View;
  terminate(): void;
}

export interface PythonStatus {
  state: "off" | "starting" | "ready" | "failed";
  /** Times the Python process was stopped (a view that never returned) and started again. */
  restarts: number;
  /** How long the last start took, in ms. */
  readyMs?: number;
  message?: string;
}

/** Everything the playground persists in IndexedDB besides the django_session table and the files. */
export interface SavedPlayground extends Pick<
  PlaygroundState,
  "start" | "initialSettings" | "seed" | "timeline" | "cursor" | "profiles" | "currentBrowser"
> {
  version: 1;
  lab: LabSnapshot;
  /** Absent in saves made before the code editor. */
  code?: ProjectCode;
  runningViews?: string | null;
}

export interface PlaygroundDeps {
  hmac: Hmac;
  db: SessionTable;
  fs: SimFileSystem;
  transport: (server: DjangoServer) => Transport;
  /**
   * How an import's trial run reaches the server it runs on, which is not
   * the playground's own (`transport` leads there). Default: straight to
   * server.handle, as headless runs go.
   */
  trialTransport?: (server: DjangoServer) => Transport;
  load(): Promise<SavedPlayground | undefined>;
  /** Saves the state; timeline entries before `entriesFrom` are unchanged since the last save. */
  save(state: SavedPlayground, entriesFrom: number): Promise<void>;
  /**
   * An import's result: django_session's rows, the session files and the saved state, all
   * replacing what was there in one go, or none of them. Absent (memory storage): written
   * one after another.
   */
  replaceAll?(
    rows: SessionRow[],
    files: [string, SimFile][],
    state: SavedPlayground,
  ): Promise<void>;
  /** Resolves once what was just set is on screen; saves wait for it (default: the next task). */
  afterRender?: () => Promise<void>;
  /** "now" for a brand-new playground (the virtual clock starts there). */
  wallClock?: () => number;
  /** CPython for views.py; absent where there is none (Node). */
  python?: (onEvent: (e: PythonEvent) => void) => PythonRuntime;
  /** Whether the learner has edits not yet applied (the Settings and Code tabs' drafts). */
  unappliedEdits?: (state: PlaygroundState) => boolean;
}

/**
 * A problem for the learner: the app's own wording by key (the UI translates
 * it), with the technical detail: a refused scenario or setting as a
 * `problem` the UI translates too, anything else as its message came.
 */
export interface Notice {
  key:
    | "error"
    | "notSaved"
    | "pythonUnavailable"
    | "pythonFailed"
    | "opsNotAPage"
    | "shareDamaged"
    | "shareRefused"
    | "simulationFailed";
  detail?: string;
  /** Where in the scenario ("" for none) and what is wrong, when it is one of the known problems. */
  problem?: Problem & { where: string };
}

const errorNotice = (e: unknown): Notice => ({
  key: e instanceof SimulationFailure ? "simulationFailed" : "error",
  detail: e instanceof Error ? e.message : String(e),
  ...(e instanceof ScenarioError ? { problem: { ...e.problem, where: e.where } } : {}),
  ...(e instanceof SettingsError ? { problem: { ...e.problem, where: "" } } : {}),
});

export interface PlaygroundState {
  phase: "loading" | "ready";
  start: number;
  initialSettings: Record<string, unknown>;
  seed: SeededRandomState;
  timeline: TimelineEntry[];
  /** The step being looked at; null = the present. */
  cursor: number | null;
  profiles: BrowserProfile[];
  currentBrowser: string;
  /** The live state (after the last step). */
  now: number;
  settings: Settings;
  store: StoreEntry[];
  storeRows: number;
  jars: Record<string, StoredCookie[]>;
  busy: boolean;
  /** The last problem to show the learner (bad import, refused setting…), or null. */
  notice: Notice | null;
  code: ProjectCode;
  codeErrors: Partial<Record<CodeFile, CodeMark[]>>;
  /** The views.py source the site runs as Python, or null while the built-in views answer. */
  runningViews: string | null;
  python: PythonStatus;
  /**
   * A share link's scenario waiting for the learner's answer: it would replace
   * the steps already here, or it carries views.py, which runs only on a yes.
   */
  pendingShare: string | null;
  /**
   * An import under way: its steps are first tried on a server in memory
   * ("trying", `done` of `total`; "starting" while the Python for a carried
   * views.py starts, before its first step), then the result replaces the playground
   * ("applying", which can no longer be cancelled). `share`: opened from a
   * share link, which has no dialog of its own to show this. Null otherwise.
   */
  importing: {
    phase: "starting" | "trying" | "applying";
    done: number;
    total: number;
    share: boolean;
  } | null;
}

export interface PlaygroundActions {
  init(hash?: string): Promise<void>;
  navigate(
    path: string,
    opts?: { method?: string; form?: Record<string, string>; browser?: string; origin?: string },
  ): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  reload(): Promise<void>;
  runOps(ops: Op[], browser?: string): Promise<TimelineEntry>;
  advance(seconds: number): Promise<void>;
  closeBrowser(name?: string): Promise<void>;
  reopenBrowser(name: string): void;
  addBrowser(name: string): void;
  switchBrowser(name: string): void;
  setOrigin(origin: string, browser?: string): void;
  changeSettings(changes: Record<string, unknown>): Promise<void>;
  restartServer(): Promise<void>;
  manage(command: "clearsessions"): Promise<string>;
  editCookie(edit: {
    browser?: string;
    name: string;
    value: string | null | { cookie: string };
    domain?: string;
    path?: string;
    origin?: string;
  }): Promise<void>;
  select(index: number | null): void;
  stepBack(): void;
  stepForward(): void;
  continueFrom(index: number): Promise<void>;
  reset(): Promise<void>;
  exportScenario(): string;
  /** False when refused (the notice says why) or cancelled through `signal` before it applied. */
  importScenario(text: string, signal?: AbortSignal): Promise<boolean>;
  shareLink(base: string): string;
  dismissNotice(): void;
  /** Saves an edited file: settings.py applies (a settings step) when valid, templates at once. */
  editCode(file: CodeFile, text: string): Promise<void>;
  /** Runs views.py as Python from the next request on; false when it does not load. */
  runViews(): Promise<boolean>;
  /** Puts the tutorial's version of a file back (views.py: the built-in views answer again). */
  restoreCode(file: CodeFile): Promise<void>;
  /** Opens a share link (its URL's hash): at once over an empty playground, else it asks first. */
  openShareLink(hash: string): Promise<void>;
  /** Opens the pending share link, running its views.py. */
  acceptShare(): Promise<void>;
  /** Opens the pending share link without its views.py. */
  declineShare(): Promise<void>;
  /** Leaves the pending share link unopened: the playground stays as it was. */
  keepPlayground(): void;
  /** Stops a share link's scenario while it is tried: nothing changes. */
  cancelShare(): void;
  /** Resolves once everything done so far is saved. */
  saved(): Promise<void>;
  /** Decoded django_session rows in session_key order, for panels over tables too big to snapshot. */
  readStorePage(offset: number, limit: number): Promise<StoreEntry[]>;
}

export type Playground = PlaygroundState & PlaygroundActions;

const MAX_REDIRECTS = 10;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** An import's trial request, straight to its server: a throw is the simulation's failure, as MSW's route reports it. */
async function handleTrial(server: DjangoServer, request: WireRequest): Promise<WireResponse> {
  try {
    return await server.handle(request);
  } catch (e) {
    throw SimulationFailure.of(e);
  }
}

/**
 * The playground's framework-free core (a zustand vanilla store): one Lab,
 * its timeline, the browser profiles, persistence after every step, time
 * travel by seeded replay, and scenario import / export / share links.
 * Actions run one at a time, in order.
 */
export function createPlayground(deps: PlaygroundDeps): StoreApi<Playground> {
  let lab: Lab;
  /** Django's log records of the step under way: each timeline entry keeps its own. */
  let stepLogs: LogRecord[] = [];
  const logger = { log: (record: LogRecord) => void stepLogs.push(record) };
  /** Actions and saves, one at a time, in order. */
  const enqueue = oneAtATime();
  let pending = 0;
  let busyTimer: ReturnType<typeof setTimeout> | undefined;
  /** An action: queued, and shown as busy while slow. */
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    pending++;
    // Only a slow action shows as busy: a quick step should cost one render, not three.
    busyTimer ??= setTimeout(() => store.setState({ busy: true }), 150);
    return enqueue(fn).finally(() => {
      if (--pending === 0) {
        clearTimeout(busyTimer);
        busyTimer = undefined;
        if (store.getState().busy) store.setState({ busy: false });
      }
    });
  };
  let python: PythonRuntime | null = null;
  const getPython = () => {
    python ??= deps.python?.(onPythonEvent) ?? null;
    return python;
  };
  function onPythonEvent(e: PythonEvent) {
    const current = store.getState().python;
    if (e.type === "starting") store.setState({ python: { ...current, state: "starting" } });
    else if (e.type === "ready")
      store.setState({ python: { ...current, state: "ready", readyMs: e.ms } });
    else if (e.type === "restarted") {
      store.setState({
        python: { ...current, state: "off", restarts: current.restarts + 1, message: e.reason },
      });
    } else store.setState({ python: { ...current, state: "failed", message: e.message } });
  }
  /** The paths views.py answers, as Python views, in `py` (by default the playground's Python). */
  const pythonViews = (source: string, py = getPython()): Record<string, View> => {
    if (!py) return {};
    py.setSource(source);
    return Object.fromEntries(
      Object.entries(VIEW_FOR_PATH).map(([path, name]) => [path, py.view(name)]),
    );
  };
  /**
   * A lab over the playground's storage, running the store's code; or, for an import's trial
   * run, over `trial` storage of its own, running `code`.
   */
  const newLab = (
    snapshot: LabSnapshot,
    trial?: {
      storage: Pick<LabDeps, "db" | "fs" | "transport">;
      code: ProjectCode;
      runningViews: string | null;
      python: PythonRuntime | null;
    },
  ) => {
    const { code, runningViews } = trial ?? store.getState();
    const storage = trial?.storage ?? { db: deps.db, fs: deps.fs, transport: deps.transport };
    const py = trial ? trial.python : getPython();
    return new Lab({ hmac: deps.hmac, logger, ...storage }, snapshot, {
      templates: { "login.html": code["login.html"], "backend.html": code["backend.html"] },
      views: runningViews === null ? {} : pythonViews(runningViews, py),
    });
  };

  const store = createStore<Playground>()((set, get) => {
    /** Reads the live state out of the lab into the store. */
    /**
     * The live state after a step, in one update: the step's own trace gives the
     * store (no second snapshot); jars are read from the browsers in memory.
     */
    function liveState(outcome?: StepOutcome): Partial<Playground> {
      const jars: Record<string, StoredCookie[]> = {};
      for (const [name, b] of lab.runner.browsers) jars[name] = b.jar.cookies();
      return {
        now: lab.clock.now(),
        settings: lab.server.settings,
        jars,
        ...(outcome ? { store: outcome.trace.store, storeRows: outcome.storeRows ?? 0 } : {}),
      };
    }

    /** settings.py always says what is in force (unless the learner is mid-edit with an error). */
    function settingsPyInStep(): Partial<Playground> {
      const source = get().code["settings.py"];
      const fromPy = settingsFromPy(source).settings;
      if (!fromPy || JSON.stringify(fromPy) === JSON.stringify(lab.server.settings)) return {};
      return { code: { ...get().code, "settings.py": settingsPyFor(lab.server.settings, source) } };
    }

    /** Reads the live state out of the lab (after a load or a replay). */
    async function refresh(): Promise<void> {
      const rows = await deps.db.count();
      set({
        ...liveState(),
        store: rows > STORE_SNAPSHOT_LIMIT ? [] : await storeSnapshot(lab.server),
        storeRows: rows,
      });
      set(settingsPyInStep());
    }

    /** Timeline entries already saved and unchanged since: a step saves only its own entry. */
    let savedEntries = 0;

    /** The next save, waiting for the screen to show what was just done; null when none is due. */
    let saveDue: Promise<void> | null = null;
    /** Something changed since the last save began. */
    let unsaved = false;

    /**
     * Saves the state to IndexedDB once the learner has seen it: after the
     * next paint, and once for several quick steps. The save takes its turn
     * with the actions, so what it writes is never half a step.
     */
    function persist(): void {
      unsaved = true;
      // A failing wait only means saving sooner; it must not stop saving altogether.
      saveDue ??= (deps.afterRender ?? nextTask)()
        .catch(() => undefined)
        .then(() => {
          saveDue = null;
          return enqueue(save).catch((e: unknown) =>
            set({ notice: { ...errorNotice(e), key: "notSaved" } }),
          );
        });
    }

    async function save(): Promise<void> {
      if (!unsaved) return;
      unsaved = false;
      const s = get();
      const from = Math.min(savedEntries, s.timeline.length);
      await deps
        .save(
          {
            version: 1,
            start: s.start,
            initialSettings: s.initialSettings,
            seed: s.seed,
            timeline: s.timeline,
            cursor: s.cursor,
            profiles: s.profiles,
            currentBrowser: s.currentBrowser,
            lab: lab.snapshot(),
            code: s.code,
            runningViews: s.runningViews,
          },
          from,
        )
        .catch((e: unknown) => {
          unsaved = true;
          throw e;
        });
      savedEntries = s.timeline.length;
    }

    /** Wipes the tables and replays `steps` from the scenario's start with its seed. */
    async function replay(
      start: number,
      initialSettings: Record<string, unknown>,
      seed: SeededRandomState,
      steps: Step[],
    ) {
      await deps.db.clear();
      await deps.fs.clear();
      savedEntries = 0;
      lab = newLab(Lab.initialSnapshot(start, initialSettings, seed));
      const timeline: TimelineEntry[] = [];
      for (const step of steps) timeline.push((await runStep(step)).entry);
      return timeline;
    }

    /** Runs `step` on the lab: its timeline entry, with what Django logged meanwhile. */
    async function runStep(
      step: Step,
      on: Lab = lab,
    ): Promise<{ entry: TimelineEntry; outcome: StepOutcome }> {
      stepLogs = [];
      const outcome = await on.run(step);
      const logs = stepLogs;
      stepLogs = [];
      const entry: TimelineEntry = {
        step,
        trace: outcome.trace,
        ...(outcome.exchange ? { exchange: outcome.exchange } : {}),
        ...(outcome.storeSkipped ? { storeSkipped: true } : {}),
        ...(logs.length ? { logs } : {}),
      };
      return { entry, outcome };
    }

    /** The share link being opened, to cancel. */
    let shareAbort: AbortController | null = null;

    /** The browser in use when the learner went back to a past step: the present gets it back. */
    let browserBeforePast: string | null = null;

    /**
     * Shows step `cursor` (null: the present). A past step is shown in the browser that took
     * it (a request, a hand edit, a close): its page and jar are what that step was about.
     */
    function view(cursor: number | null): void {
      const s = get();
      if (cursor === null) {
        const back = s.cursor !== null ? browserBeforePast : null;
        browserBeforePast = null;
        set({
          cursor: null,
          ...(back && s.profiles.some((p) => p.name === back) ? { currentBrowser: back } : {}),
        });
      } else {
        if (s.cursor === null) browserBeforePast = s.currentBrowser;
        const acting = actingBrowser(s.timeline[cursor].step);
        set({
          cursor,
          ...(acting && s.profiles.some((p) => p.name === acting)
            ? { currentBrowser: acting }
            : {}),
        });
      }
      persist();
    }

    /**
     * Runs `s` as the next step on the present; when looking at the past, first continues from
     * there. `refine` may change it once the later steps are gone, when the browsers are as the
     * step will find them.
     */
    async function step(s: Step, refine?: (s: Step) => Step): Promise<TimelineEntry> {
      const { cursor, timeline } = get();
      // The acting browser's profile is the action's own (a page load opens it): not reconciled.
      const acting = "request" in s ? s.request.browser : undefined;
      if (cursor !== null && cursor < timeline.length - 1) await truncateTo(cursor, acting);
      if (refine) s = refine(s);
      // Acting from a past step continues in the browser on show there; a step selected while
      // this one runs does not take the present to its browser.
      browserBeforePast = null;
      const shown = get().currentBrowser;
      const { entry, outcome } = await runStep(s);
      set({
        timeline: [...get().timeline, entry],
        cursor: null,
        currentBrowser: shown,
        ...liveState(outcome),
      });
      if ("settings" in s) set(settingsPyInStep());
      persist();
      return entry;
    }

    /**
     * Keeps the steps up to `index` (replayed), and each browser open or closed as that step
     * left it, a closed one with no pages to go back to, as closeBrowser leaves it; but for
     * `acting`, whose profile the action taken from there has set itself.
     */
    async function truncateTo(index: number, acting?: string): Promise<void> {
      const s = get();
      const kept = s.timeline.slice(0, index + 1);
      const timeline = await replay(
        s.start,
        s.initialSettings,
        s.seed,
        kept.map((e) => e.step),
      );
      const profiles = get().profiles.map((p) =>
        p.name === acting ? p : asTimelineLeavesIt(timeline, p),
      );
      set({ timeline, cursor: null, profiles });
      await refresh();
    }

    const profile = (name = get().currentBrowser) =>
      get().profiles.find((p) => p.name === name) ?? freshProfile(name);
    const putProfile = (p: BrowserProfile) => {
      const current = get().profiles.find((x) => x.name === p.name);
      // Unchanged: no new array, so nothing re-renders.
      if (current && JSON.stringify(current) === JSON.stringify(p)) return;
      const others = get().profiles.filter((x) => x.name !== p.name);
      const profiles = get().profiles.some((x) => x.name === p.name)
        ? get().profiles.map((x) => (x.name === p.name ? p : x))
        : [...others, p];
      set({ profiles });
    };

    /** A page load: the request, then its redirects as a real browser follows them (each a step). */
    async function load(
      browser: string,
      origin: string,
      path: string,
      method = "GET",
      form?: Record<string, string>,
    ) {
      putProfile({ ...profile(browser), open: true, origin });
      let entry = await step({
        request: { browser, method, origin, path, ...(form ? { form } : {}) },
      });
      for (let i = 0; i < MAX_REDIRECTS; i++) {
        const location = entry.exchange && header(entry.exchange.response.headers, "location");
        const status = entry.exchange?.response.status ?? 0;
        if (!location || status < 300 || status >= 400) break;
        const next = new URL(location, entry.exchange!.request.url);
        entry = await step({
          request: {
            browser,
            method: "GET",
            origin: next.origin,
            path: next.pathname + next.search,
          },
        });
      }
      const finalUrl = new URL(entry.exchange!.request.url);
      return finalUrl.pathname + finalUrl.search;
    }

    function visit(browser: string, finalPath: string) {
      const p = profile(browser);
      const history = [...p.history.slice(0, p.index + 1), finalPath];
      putProfile({ ...p, history, index: history.length - 1 });
    }

    const guard = (fn: () => Promise<void>) => async () => {
      try {
        await fn();
      } catch (e) {
        set({ notice: errorNotice(e) });
      }
    };

    return {
      phase: "loading",
      start: 0,
      initialSettings: { SECRET_KEY: DEMO_SECRET_KEY },
      seed: [0, 0, 0, 0],
      timeline: [],
      cursor: null,
      profiles: [freshProfile(DEFAULT_BROWSER)],
      currentBrowser: DEFAULT_BROWSER,
      now: 0,
      settings: applySettings(DEFAULT_SETTINGS, { SECRET_KEY: DEMO_SECRET_KEY }),
      store: [],
      storeRows: 0,
      jars: {},
      busy: false,
      notice: null,
      code: DEFAULT_CODE,
      codeErrors: {},
      runningViews: null,
      python: { state: "off", restarts: 0 },
      pendingShare: null,
      importing: null,

      init: (hash) =>
        serial(async () => {
          const saved = await deps.load().catch(() => undefined);
          if (saved?.version === 1) {
            set({
              ...saved,
              code: saved.code ?? DEFAULT_CODE,
              runningViews: saved.runningViews ?? null,
            });
            try {
              lab = newLab(saved.lab);
            } catch {
              set({
                timeline: await replay(
                  saved.start,
                  saved.initialSettings,
                  saved.seed,
                  saved.timeline.map((e) => e.step),
                ),
              });
            }
          } else {
            const start = Math.floor((deps.wallClock ?? Date.now)() / 1000) * 1000;
            const seed = freshSeed();
            set({ start, seed });
            lab = newLab(Lab.initialSnapshot(start, get().initialSettings, seed));
          }
          await refresh();
          // Ready once the live state is read (over a big table, its keys take a moment).
          set({ phase: "ready" });
          if (hash) await receiveShare(hash);
        }),

      openShareLink: (hash) => serial(() => receiveShare(hash)),

      navigate: (path, opts = {}) =>
        serial(
          guard(async () => {
            const browser = opts.browser ?? get().currentBrowser;
            const origin = opts.origin ?? profile(browser).origin;
            if (new URL(origin + path).pathname === "/ops/") {
              set({ notice: { key: "opsNotAPage" } });
              return;
            }
            const finalPath = await load(browser, origin, path, opts.method, opts.form);
            visit(browser, finalPath);
            persist();
          }),
        ),

      back: () =>
        serial(
          guard(async () => {
            const p = profile();
            if (p.index <= 0) return;
            await load(p.name, p.origin, p.history[p.index - 1]);
            putProfile({ ...profile(p.name), index: p.index - 1 });
            persist();
          }),
        ),

      forward: () =>
        serial(
          guard(async () => {
            const p = profile();
            if (p.index >= p.history.length - 1) return;
            await load(p.name, p.origin, p.history[p.index + 1]);
            putProfile({ ...profile(p.name), index: p.index + 1 });
            persist();
          }),
        ),

      reload: () =>
        serial(
          guard(async () => {
            const p = profile();
            if (p.index < 0) return;
            await load(p.name, p.origin, p.history[p.index]);
            persist();
          }),
        ),

      runOps: (ops, browser) =>
        serial(async () => {
          const name = browser ?? get().currentBrowser;
          putProfile({ ...profile(name), open: true });
          const origin = profile(name).origin;
          return step(
            { request: { browser: name, method: "POST", origin, path: "/ops/", ops } },
            // A session key typed for exists() or delete() that a browser holds: its reference.
            (s) => {
              const r = (s as { request: RequestStep }).request;
              const cookieName = get().settings.SESSION_COOKIE_NAME;
              const refer = (arg: unknown) =>
                (typeof arg === "string" &&
                  cookieRefFor(arg, cookieName, `${origin}/ops/`, lab.runner.browsers)) ||
                arg;
              const refined = r.ops!.map(([op, ...args]): Op => [
                op,
                ...args.map((arg, i) =>
                  OP_SIGNATURES[op].args[i] === "keyOrNull" ? refer(arg) : arg,
                ),
              ]);
              return { request: { ...r, ops: refined } };
            },
          );
        }),

      advance: (seconds) => serial(guard(async () => void (await step({ advance: seconds })))),

      closeBrowser: (name) =>
        serial(
          guard(async () => {
            const target = name ?? get().currentBrowser;
            await step({ close_browser: target });
            putProfile({ ...profile(target), open: false, history: [], index: -1 });
            persist();
          }),
        ),

      reopenBrowser: (name) => {
        putProfile({ ...profile(name), open: true });
        persist();
      },

      addBrowser: (name) => {
        const clean = name.trim();
        if (!clean || get().profiles.some((p) => p.name === clean)) return;
        putProfile(freshProfile(clean));
        set({ currentBrowser: clean });
        persist();
      },

      switchBrowser: (name) => {
        set({ currentBrowser: name });
        persist();
      },

      setOrigin: (origin, browser) => {
        putProfile({ ...profile(browser), origin });
        persist();
      },

      changeSettings: (changes) =>
        serial(
          guard(async () => {
            applySettings(lab.server.settings, changes);
            await step({ settings: changes });
          }),
        ),

      restartServer: () => serial(guard(async () => void (await step({ restart_server: true })))),

      manage: (command) => serial(async () => (await step({ manage: command })).trace.output ?? ""),

      editCookie: (edit) =>
        serial(
          guard(async () => {
            // The same refusal a scenario's edit_cookie gets: no step a re-import would refuse.
            if (typeof edit.value === "string") {
              const problem = handEditProblem(edit.name, edit.value);
              if (problem)
                throw ScenarioError.of("", problem, handEditParams(edit.name, edit.value));
            }
            const browser = edit.browser ?? get().currentBrowser;
            const origin = edit.origin ?? profile(edit.browser).origin;
            const url = origin + (edit.path ?? "/");
            await step(
              {
                edit_cookie: {
                  browser,
                  name: edit.name,
                  value: edit.value,
                  origin,
                  ...(edit.domain !== undefined ? { domain: edit.domain } : {}),
                  ...(edit.path !== undefined ? { path: edit.path } : {}),
                },
              },
              // A value another browser holds (a pasted session key): the format's reference.
              (s) => {
                const e = (s as { edit_cookie: EditCookieStep }).edit_cookie;
                if (typeof e.value !== "string") return s;
                const ref = cookieRefFor(e.value, e.name, url, lab.runner.browsers, browser);
                return ref ? { edit_cookie: { ...e, value: ref } } : s;
              },
            );
          }),
        ),

      select: (index) => {
        const last = get().timeline.length - 1;
        view(index === null || index >= last ? null : Math.max(0, index));
      },
      stepBack: () => {
        const { cursor, timeline } = get();
        const at = cursor ?? timeline.length - 1;
        if (at > 0) view(at - 1);
      },
      stepForward: () => {
        const { cursor, timeline } = get();
        if (cursor === null) return;
        view(cursor + 1 >= timeline.length - 1 ? null : cursor + 1);
      },

      continueFrom: (index) =>
        serial(
          guard(async () => {
            await truncateTo(index);
            persist();
          }),
        ),

      reset: () =>
        serial(async () => {
          const start = Math.floor((deps.wallClock ?? Date.now)() / 1000) * 1000;
          const seed = freshSeed();
          const initialSettings = { SECRET_KEY: DEMO_SECRET_KEY };
          set({
            start,
            seed,
            initialSettings,
            cursor: null,
            profiles: [freshProfile(DEFAULT_BROWSER)],
            currentBrowser: DEFAULT_BROWSER,
            notice: null,
          });
          set({ timeline: await replay(start, initialSettings, seed, []) });
          await refresh();
          persist();
        }),

      exportScenario: () => {
        const s = get();
        // jsonStringify: a dict value keeps its key order (see pyJsonLoads).
        return jsonStringify(
          {
            name: "Session Lab",
            start: new Date(s.start).toISOString().replace(".000Z", "Z"),
            settings: { SECRET_KEY: DEMO_SECRET_KEY, ...s.initialSettings },
            ...(exportedCode(s) ? { code: exportedCode(s) } : {}),
            steps: s.timeline.map((e) => e.step),
          },
          2,
        );
      },

      importScenario: (text, signal) => serial(() => importText(text, true, "error", signal)),

      shareLink: (base) => shareLink(base, get().exportScenario()),

      dismissNotice: () => set({ notice: null }),

      editCode: (file, text) =>
        serial(
          guard(async () => {
            // Saving settings.py at a past step continues from it (the learner was asked): go back
            // to it first, so the file is read over that step's settings, and a file that matches
            // them still leaves the server running what the file says.
            const { cursor } = get();
            if (file === "settings.py" && cursor !== null) await truncateTo(cursor);
            set({ code: { ...get().code, [file]: text } });
            let marks: CodeMark[] = [];
            if (file === "settings.py") {
              const read = settingsFromPy(text);
              marks = [
                ...read.errors,
                ...read.warnings.map((w): CodeMark => ({ ...w, warning: true })),
              ];
              if (read.settings) {
                const current = lab.server.settings as unknown as Record<string, unknown>;
                const diff = Object.fromEntries(
                  Object.entries(read.settings).filter(
                    ([k, v]) => JSON.stringify(current[k]) !== JSON.stringify(v),
                  ),
                );
                if (Object.keys(diff).length) await step({ settings: diff });
              }
            } else if (file === "login.html" || file === "backend.html") {
              try {
                compileTemplate(text);
              } catch (e) {
                if (!(e instanceof TemplateSyntaxError)) throw e;
                marks = [{ line: e.line, column: 1, message: `TemplateSyntaxError: ${e.message}` }];
              }
              // Applied even when broken: Django would answer with the template error too.
              lab.server.templates[file] = text;
            }
            set({ codeErrors: { ...get().codeErrors, [file]: marks } });
            persist();
          }),
        ),

      runViews: () =>
        serial(async () => {
          const py = getPython();
          if (!py) {
            set({ notice: { key: "pythonUnavailable" } });
            return false;
          }
          const source = get().code["views.py"];
          let error: PyException | null;
          try {
            error = await py.load(source);
          } catch (e) {
            set({ notice: { ...errorNotice(e), key: "pythonFailed" } });
            return false;
          }
          if (error) {
            const where = error.frames.at(-1);
            set({
              codeErrors: {
                ...get().codeErrors,
                "views.py": [
                  {
                    line: where?.line ?? 1,
                    column: where?.column ?? 1,
                    message: `${error.exception}: ${error.message}`,
                  },
                ],
              },
            });
            return false;
          }
          Object.assign(lab.server.viewOverrides, pythonViews(source));
          set({ runningViews: source, codeErrors: { ...get().codeErrors, "views.py": [] } });
          persist();
          return true;
        }),

      restoreCode: async (file) => {
        if (file !== "views.py") return get().editCode(file, DEFAULT_CODE[file]);
        await serial(async () => {
          for (const path of Object.keys(VIEW_FOR_PATH)) delete lab.server.viewOverrides[path];
          set({
            code: { ...get().code, "views.py": DEFAULT_CODE["views.py"] },
            runningViews: null,
            codeErrors: { ...get().codeErrors, "views.py": [] },
          });
          persist();
        });
      },

      acceptShare: () =>
        serial(async () => {
          const text = get().pendingShare;
          set({ pendingShare: null });
          if (text) await openShared(text, true);
        }),

      declineShare: () =>
        serial(async () => {
          const text = get().pendingShare;
          set({ pendingShare: null });
          if (text) await openShared(text, false);
        }),

      keepPlayground: () => set({ pendingShare: null }),

      cancelShare: () => shareAbort?.abort(),

      saved: async () => {
        // The actions queued so far first: each asks for a save when it ends.
        await enqueue(async () => {});
        while (saveDue) await saveDue;
      },

      readStorePage: async (offset, limit) => {
        const ctx = lab.server.ctx;
        return Promise.all((await deps.db.page(offset, limit)).map((row) => dbEntry(ctx, row)));
      },
    };

    /** The edited files an export carries: views.py when it runs, templates when changed. */
    function exportedCode(s: PlaygroundState): Record<string, string> | null {
      const out: Record<string, string> = {};
      if (s.runningViews !== null) out["views.py"] = s.runningViews;
      for (const file of ["login.html", "backend.html"] as const)
        if (s.code[file] !== DEFAULT_CODE[file]) out[file] = s.code[file];
      return Object.keys(out).length ? out : null;
    }

    function carriesViews(text: string): boolean {
      try {
        const doc = JSON.parse(text) as { code?: Record<string, unknown> };
        return typeof doc.code?.["views.py"] === "string";
      } catch {
        return false;
      }
    }

    /**
     * A share link's scenario: opened at once over an empty playground; over
     * steps or edited code it would replace, or carrying views.py, it waits
     * for the learner's answer.
     */
    async function receiveShare(hash: string): Promise<void> {
      let shared;
      try {
        shared = scenarioFromHash(hash);
      } catch {
        set({ notice: { key: "shareDamaged" } });
        return;
      }
      if (shared === null) return;
      const { timeline, code } = get();
      if (
        timeline.length > 0 ||
        isEditedCode(code) ||
        deps.unappliedEdits?.(get()) ||
        carriesViews(shared)
      )
        set({ pendingShare: shared });
      else await openShared(shared, false);
    }

    async function openShared(text: string, allowViews: boolean): Promise<void> {
      shareAbort = new AbortController();
      try {
        await importText(text, allowViews, "shareRefused", shareAbort.signal, true);
      } finally {
        shareAbort = null;
      }
    }

    /**
     * Checks everything first: a bad scenario changes nothing. The scenario is
     * parsed, then run whole on a server of its own over memory storage (a
     * trial that `signal` can cancel between steps); only a run that got to
     * its end replaces the playground: the tables take its rows and files, and
     * its timeline is the new one. A step that cannot run (an error in a
     * carried views.py, say) refuses the import, saying which step.
     * `allowViews`: run a carried views.py. `refusedKey`: the notice that says
     * why a scenario was refused (with the parser's detail).
     */
    async function importText(
      text: string,
      allowViews: boolean,
      refusedKey: Notice["key"] = "error",
      signal?: AbortSignal,
      share = false,
    ): Promise<boolean> {
      let scenario;
      try {
        scenario = parseScenario(text, get().start);
      } catch (e) {
        set({ notice: { ...errorNotice(e), key: refusedKey } });
        return false;
      }
      const views = allowViews ? scenario.code?.["views.py"] : undefined;
      const code: ProjectCode = {
        ...DEFAULT_CODE,
        "views.py": views ?? DEFAULT_CODE["views.py"],
        "login.html": scenario.code?.["login.html"] ?? DEFAULT_CODE["login.html"],
        "backend.html": scenario.code?.["backend.html"] ?? DEFAULT_CODE["backend.html"],
      };
      const runningViews = views ?? null;
      const seed = freshSeed();
      // A carried views.py runs in a Python of its own while it is tried: the learner's (its
      // module's globals, what it imported) is left alone unless the import applies, when the
      // trial's Python, in the state the steps left it, becomes the playground's.
      const pythonBefore = get().python;
      const trialPython = runningViews === null ? null : (deps.python?.(onPythonEvent) ?? null);
      const dropTrialPython = () => {
        trialPython?.terminate();
        if (trialPython) set({ python: pythonBefore });
      };
      const trial = newLab(Lab.initialSnapshot(scenario.start, scenario.settings, seed), {
        storage: {
          db: memorySessionTable(),
          fs: memoryFileSystem(),
          transport: deps.trialTransport ?? ((server) => (request) => handleTrial(server, request)),
        },
        code,
        runningViews,
        python: trialPython,
      });
      const total = scenario.steps.length;
      const timeline: TimelineEntry[] = [];
      // Cancel stops at once, even inside a step (Python starting takes seconds): the step left
      // running belongs to the trial, which is dropped.
      const stopped = new Promise<"stopped">((resolve) => {
        if (signal?.aborted) resolve("stopped");
        signal?.addEventListener("abort", () => resolve("stopped"), { once: true });
      });
      let shown = 0;
      let failed = false;
      try {
        if (trialPython && runningViews !== null) {
          // Started before the steps and said at once: the first start alone takes seconds. The
          // outcome is not read here: a views.py that does not load fails its first request,
          // which reports it as any failing step does.
          set({ importing: { phase: "starting", done: 0, total, share } });
          await Promise.race([trialPython.load(runningViews), stopped]);
        }
        for (const step of scenario.steps) {
          if (signal?.aborted) break;
          const ran = await Promise.race([runStep(step, trial), stopped]);
          if (ran === "stopped") break;
          timeline.push(ran.entry);
          // A long import says how far it got, a few times a second, not at every step.
          if (performance.now() - shown > 100) {
            shown = performance.now();
            set({ importing: { phase: "trying", done: timeline.length, total, share } });
            await nextTask();
          }
        }
      } catch (e) {
        failed = true;
        const where = `steps[${timeline.length}]`;
        const notice = errorNotice(e);
        set({
          notice: notice.problem
            ? { ...notice, key: refusedKey, problem: { ...notice.problem, where } }
            : { key: refusedKey, detail: `${where}: ${notice.detail}` },
        });
      } finally {
        set({ importing: null });
      }
      if (failed || signal?.aborted) {
        dropTrialPython();
        return false;
      }

      // Applying: no longer cancelled. The tables and the saved state take the trial's final
      // state together, so a failure (a quota) or a closed page leaves the old playground whole.
      const names = [...new Set([DEFAULT_BROWSER, ...trial.runner.browsers.keys()])];
      const next = {
        start: scenario.start,
        initialSettings: scenario.settings,
        seed,
        timeline,
        cursor: null,
        profiles: names.map((name) => profileFromTimeline(timeline, name)),
        // The format has no "current browser": the one the last step was taken in is where the
        // learner who exported it was looking.
        currentBrowser:
          timeline.map((e) => actingBrowser(e.step)).findLast((b) => b !== undefined) ??
          DEFAULT_BROWSER,
        code,
        runningViews,
      };
      const snapshot = trial.snapshot();
      set({ importing: { phase: "applying", done: total, total, share } });
      try {
        const rows = await trial.server.ctx.db.all();
        const files = await trial.server.ctx.fs.all();
        const state: SavedPlayground = { version: 1, ...next, lab: snapshot };
        if (deps.replaceAll) await deps.replaceAll(rows, files, state);
        else {
          await deps.db.clear();
          await deps.fs.clear();
          for (const row of rows) await deps.db.insert(row);
          for (const [path, file] of files) await deps.fs.write(path, file, "create");
          await deps.save(state, 0);
        }
      } catch (e) {
        dropTrialPython();
        set({ notice: { ...errorNotice(e), key: refusedKey } });
        return false;
      } finally {
        set({ importing: null });
      }
      if (trialPython) {
        python?.terminate();
        python = trialPython;
      }
      savedEntries = timeline.length;
      set({ ...next, codeErrors: {}, notice: null });
      lab = newLab(snapshot);
      await refresh();
      return true;
    }
  });
  return store;
}

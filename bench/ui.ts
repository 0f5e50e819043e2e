/**
 * The playground's own figures for `npm run bench`, in headless Chromium
 * (Debian's, via tests/e2e/support/launchChromium.ts): the app built once with
 * Vite's build() into a temporary directory and served by preview() on
 * 127.0.0.1, next to a tiny "transport floor" page (bench/page/floor.html).
 *
 *   1. cold load to interactive, fresh context each time;
 *   2. initial / after-start / on-demand JavaScript, gzipped (bench/uiBundle.ts);
 *   3. one Operations step's round trip in the UI, and 4. the floor under it;
 *   5. the same two with no service worker (http://lab.test, not a secure context);
 *   6. 100,000 stored sessions: scrolling the store panel, clearsessions;
 *   7. views.py as Python: Run my views → first response, cold and warm.
 *
 * Times are taken inside the pages (performance.now(), bench/page/uiProbe.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { launchChromium } from "../tests/e2e/support/launchChromium.ts";
import type { Skipped } from "./django.ts";
import type { FloorBench } from "./page/floorBench.ts";
import type { StepTiming, UiProbe } from "./page/uiProbe.ts";
import { percentile } from "./stats.ts";
import { measureBundle, type BundleResult } from "./uiBundle.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PAGE_DIR = fileURLToPath(new URL("page/", import.meta.url));
/** Where the floor page is built, inside the app's output (so the same preview server serves it). */
const FLOOR_DIR = "__bench_floor__";
const INSECURE_HOST = "lab.test";

/** A workload that ran but did not do what it claims (wrong rows left, a missing notice…). */
export class BenchCheckFailed extends Error {}

export interface Distribution {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
  };
}

export interface ColdLoad {
  /** Navigation start → .app[aria-busy="false"] and the timeline panel in the DOM, per load. */
  ready_ms: Distribution;
  samples_ms: number[];
  /** Median responseEnd of the files on the way (ms after navigation start). */
  files_loaded_ms: Record<string, number>;
}

export interface StepsResult {
  transport: "service-worker" | "direct";
  url: string;
  warmup: number;
  /** Click → the timeline shows the new step and the store/cookie panels its state. */
  visible_ms: Distribution;
  /** Click → the next animation frame after that. */
  painted_ms: Distribution;
  /** Click → the step saved in IndexedDB (the save waits for a paint, and no longer holds up the next step). */
  cycle_ms: Distribution;
  /** The service worker exchange alone (fetch → response headers), when there is one. */
  exchange_ms: Distribution | null;
  /** Medians of visible_ms over the first and the last 20 measured steps (does it grow?). */
  first20_p50_ms: number;
  last20_p50_ms: number;
  /** IndexedDB transactions per step (click → saved), mean; and of those, readwrite. */
  idb_tx_per_step: number;
  idb_readwrite_per_step: number;
  /** The playground's saved state (lab_state "current") as JSON after the run, in characters. */
  lab_state_chars: number;
  /** Load of this page to ready (one sample). */
  load_ms: number;
}

export interface FloorResult {
  transport: "service-worker" | "direct";
  url: string;
  warmup: number;
  request_chars: number;
  response_chars: number;
  /**
   * Each exchange after the same quiet as a step's click (the figure the steps are read against).
   * Until the eleventh session the floor was `exchange_ms`, its exchanges back to back.
   */
  paced_ms: Distribution;
  /** Each exchange as soon as the last one ended. */
  back_to_back_ms: Distribution;
}

export interface BigTableResult {
  rows: number;
  expired: number;
  seed_ms: number;
  reload_ms: number;
  /** The first step after the reload (its store is paged, not snapshotted). */
  step_ms: StepTiming;
  scroll: {
    duration_ms: number;
    scrolled_px: number;
    frames: number;
    frame_ms: Distribution;
    frames_over_50ms: number;
    /** Rows still "Loading…" when the scroll reached the bottom, and how long until they filled. */
    loading_at_end: number;
    bottom_filled_ms: number | null;
  };
  clearsessions: {
    /** Submit in the manage.py console → the timeline shows the new step. */
    timeline_ms: number;
    /** Submit → the command's output and effect line shown. */
    output_ms: number;
    output: string;
    deleted: number;
    /**
     * The same range delete the adapter does, alone, in the same browser
     * context: on a fresh database with the same rows (seeded in seed_ms).
     */
    idb_delete_ms: number;
    idb_delete_seed_ms: number;
  };
}

export interface PythonResult {
  /** First Run my views in a fresh context: click → status "ready", → /login/ shows its form. */
  cold: { ready_ms: number; response_ms: number; load_ms: number };
  /** Run my views again (Python running) → /backend/ answered (redirected to the login form). */
  warm: { ready_ms: number; response_ms: number; load_ms: number };
  /** "started in N s" of the status line. */
  started_in_s: number | null;
  status: string;
}

type Section<T> = T | Skipped;

export interface UiResult {
  chromium: string;
  build_ms: number;
  url: string;
  bundle: Section<BundleResult>;
  cold_load: Section<ColdLoad>;
  steps_sw: Section<StepsResult>;
  floor_sw: Section<FloorResult>;
  steps_direct: Section<StepsResult>;
  floor_direct: Section<FloorResult>;
  big_table: Section<BigTableResult>;
  python: Section<PythonResult>;
  /** Errors the app's pages threw (pageerror), by section. */
  page_errors: Record<string, string[]>;
  /** Checks that failed: a workload that did not do what it claims. */
  failed_checks: string[];
}

export interface UiOptions {
  coldLoads: number;
  steps: number;
  stepWarmup: number;
  floorWarmup: number;
  rows: number;
  scrollMs: number;
}

type Win = { uiProbe: UiProbe; floorBench: FloorBench };

async function bundleProbe(): Promise<string> {
  const out = await esbuild({
    entryPoints: [join(PAGE_DIR, "uiProbe.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

const message = (e: unknown) => (e instanceof Error ? e.message.split("\n")[0] : String(e));

/**
 * Builds the app and the floor page, serves them, and runs every UI workload
 * in one Chromium (each in its own fresh context). `say` prints progress.
 */
export async function benchUi(
  opts: UiOptions,
  say: (line: string) => void,
): Promise<UiResult | Skipped> {
  const work = mkdtempSync(join(tmpdir(), "session-lab-bench-ui-"));
  const outDir = join(work, "app");
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    const t0 = performance.now();
    try {
      await build({
        root: ROOT,
        logLevel: "error",
        build: { outDir, emptyOutDir: true },
      });
      await build({
        root: PAGE_DIR,
        configFile: false,
        base: `/${FLOOR_DIR}/`,
        logLevel: "error",
        publicDir: false,
        build: {
          outDir: join(outDir, FLOOR_DIR),
          emptyOutDir: true,
          rolldownOptions: { input: join(PAGE_DIR, "floor.html") },
        },
      });
    } catch (e) {
      return { skipped: `vite build failed: ${message(e)}` };
    }
    const build_ms = performance.now() - t0;
    say(`  built the app and the floor page in ${(build_ms / 1000).toFixed(1)} s`);

    server = await preview({
      root: ROOT,
      logLevel: "error",
      build: { outDir },
      // lab.test reaches this server through Chromium's host-resolver rule; Vite refuses unknown hosts.
      preview: {
        host: "127.0.0.1",
        port: 4190,
        strictPort: false,
        open: false,
        allowedHosts: [INSECURE_HOST],
      },
    });
    const { port } = server.httpServer.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/`;
    const insecureBase = `http://${INSECURE_HOST}:${port}/`;
    try {
      browser = await launchChromium([
        `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1:${port}`,
      ]);
    } catch (e) {
      return { skipped: `Chromium did not start: ${message(e)}` };
    }
    const probe = await bundleProbe();
    const run = new UiRun(browser, probe, opts, say);

    const bundle = run.section("bundle", async () => measureBundle(outDir, [FLOOR_DIR]));
    const result: UiResult = {
      chromium: `Chromium ${browser.version()}`,
      build_ms,
      url: base,
      bundle: await bundle,
      cold_load: await run.section("cold load", () => run.coldLoads(base)),
      steps_sw: { skipped: "not run" },
      floor_sw: { skipped: "not run" },
      steps_direct: { skipped: "not run" },
      floor_direct: { skipped: "not run" },
      big_table: { skipped: "not run" },
      python: { skipped: "not run" },
      page_errors: run.pageErrors,
      failed_checks: run.failedChecks,
    };
    const sw = await run.section("steps beside the floor, service worker", () =>
      run.steps(base, "service-worker"),
    );
    if ("steps" in sw) [result.steps_sw, result.floor_sw] = [sw.steps, sw.floor];
    else [result.steps_sw, result.floor_sw] = [sw, sw];
    const direct = await run.section("steps beside the floor, no service worker", () =>
      run.steps(insecureBase, "direct"),
    );
    if ("steps" in direct)
      [result.steps_direct, result.floor_direct] = [direct.steps, direct.floor];
    else [result.steps_direct, result.floor_direct] = [direct, direct];
    result.big_table = await run.section(`${opts.rows.toLocaleString("en")} sessions`, () =>
      run.bigTable(base),
    );
    result.python = await run.section("views.py as Python", () => run.python(base));
    return result;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

/** Steps (and floor exchanges) per block when the two alternate. */
const STEP_BLOCK = 50;

interface FloorPage {
  result: Omit<FloorResult, "paced_ms" | "back_to_back_ms">;
  run(count: number, paced: boolean): Promise<number[]>;
  close(): Promise<void>;
}

/** What the app really sends and answers for one step, replayed by the floor page. */
interface Payload {
  request: string;
  response: string;
}

class UiRun {
  readonly pageErrors: Record<string, string[]> = {};
  readonly failedChecks: string[] = [];
  payload: Payload | null = null;
  private current = "";

  constructor(
    private readonly browser: Browser,
    private readonly probe: string,
    private readonly opts: UiOptions,
    private readonly say: (line: string) => void,
  ) {}

  /** Runs one workload; a failure becomes a skipped section (a failed check is also recorded). */
  async section<T>(name: string, body: () => Promise<T>): Promise<T | Skipped> {
    this.current = name;
    process.stdout.write(`  ${name} … `);
    const t0 = performance.now();
    try {
      const out = await body();
      process.stdout.write(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      return out;
    } catch (e) {
      process.stdout.write(`failed after ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      this.say(`    ${message(e)}`);
      if (e instanceof BenchCheckFailed) this.failedChecks.push(`${name}: ${e.message}`);
      return { skipped: `failed: ${message(e)}` };
    }
  }

  private check(ok: boolean, what: string): void {
    if (!ok) throw new BenchCheckFailed(what);
  }

  private async context(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      locale: "en",
      viewport: { width: 1280, height: 720 },
    });
    await context.addInitScript({ content: this.probe });
    const page = await context.newPage();
    const section = this.current;
    page.on("pageerror", (e) => (this.pageErrors[section] ??= []).push(e.message));
    return { context, page };
  }

  /** Opens the app and waits until it is interactive; returns navigation start → ready (ms). */
  private async openApp(page: Page, url: string): Promise<number> {
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      () => (window as unknown as Win).uiProbe.readyAt(),
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  }

  async coldLoads(url: string): Promise<ColdLoad> {
    const samples: number[] = [];
    const files: Record<string, number[]> = {};
    for (let i = 0; i < this.opts.coldLoads; i++) {
      const { context, page } = await this.context();
      try {
        samples.push(await this.openApp(page, url));
        const ends = await page.evaluate(() => (window as unknown as Win).uiProbe.resourceEnds());
        for (const [k, v] of Object.entries(ends)) (files[k] ??= []).push(v);
      } finally {
        await context.close();
      }
    }
    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    return {
      ready_ms: distribution(samples),
      samples_ms: samples,
      files_loaded_ms: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, median(v)])),
    };
  }

  private async openOps(page: Page): Promise<void> {
    await page.getByRole("tab", { name: "Operations" }).click();
    await page.locator('[data-testid="ops-panel"] form.ops-editor input.ops-value').waitFor();
  }

  private step(page: Page, value: string, expectRows?: number): Promise<StepTiming> {
    return page.evaluate(
      ([v, rows]) => (window as unknown as Win).uiProbe.step(v, 60_000, rows ?? undefined),
      [value, expectRows ?? null] as const,
    );
  }

  /**
   * The steps and the floor under them, in alternating blocks of
   * STEP_BLOCK (the floor page open beside the app in its own context), so
   * that both see the same machine: on a shared VM the floor alone moves by
   * a quarter from one minute to the next.
   */
  async steps(
    url: string,
    transport: "service-worker" | "direct",
  ): Promise<{ steps: StepsResult; floor: FloorResult | Skipped }> {
    const { context, page } = await this.context();
    let floor: FloorPage | null = null;
    try {
      const load_ms = await this.openApp(page, url);
      const notice = await page.evaluate(() =>
        (window as unknown as Win).uiProbe.hasNoServiceWorkerNotice(),
      );
      if (transport === "direct") {
        this.check(notice, `no data-testid="no-service-worker" notice at ${url}`);
        const secure = await page.evaluate(() =>
          (window as unknown as Win).uiProbe.isSecureContext(),
        );
        this.check(!secure, `${url} is a secure context`);
      } else this.check(!notice, `the no-service-worker notice shows at ${url}`);
      await this.openOps(page);
      const timings: StepTiming[] = [];
      const { stepWarmup, steps: count } = this.opts;
      const total = stepWarmup + count;
      for (let i = 0; i < stepWarmup; i++) {
        // The floor replays the app's own exchange: the last warm-up step's.
        if (i === stepWarmup - 1 && transport === "service-worker")
          await page.evaluate(() => (window as unknown as Win).uiProbe.captureNextExchange());
        await this.step(page, `s${i}x`);
      }
      if (transport === "service-worker")
        this.payload = await page.evaluate(() => (window as unknown as Win).uiProbe.captured());
      if (this.payload) floor = await this.openFloor(url, transport, this.payload);
      const floorTimes: number[] = [];
      const backToBack: number[] = [];
      for (let done = 0; done < count;) {
        const block = Math.min(STEP_BLOCK, count - done);
        for (let i = 0; i < block; i++)
          timings.push(await this.step(page, `s${stepWarmup + done + i}x`));
        if (floor) {
          floorTimes.push(...(await floor.run(block, true)));
          backToBack.push(...(await floor.run(block, false)));
        }
        done += block;
      }
      const steps = await page.evaluate(() => (window as unknown as Win).uiProbe.timelineSteps());
      this.check(steps === total, `the timeline shows ${steps} steps, not ${total}`);
      const visibility = await page.evaluate(() => document.visibilityState);
      this.check(visibility === "visible", `the app's page was ${visibility} beside the floor's`);
      if (transport === "service-worker") {
        const exchanges = await page.evaluate(() =>
          (window as unknown as Win).uiProbe.exchangeCount(),
        );
        this.check(exchanges === total, `${exchanges} exchanges went through fetch, not ${total}`);
      }
      const visible = timings.map((t) => t.visible);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const exchange = timings.flatMap((t) => (t.exchange === null ? [] : [t.exchange]));
      const stepsResult: StepsResult = {
        transport,
        url,
        warmup: this.opts.stepWarmup,
        visible_ms: distribution(visible),
        painted_ms: distribution(timings.map((t) => t.painted)),
        cycle_ms: distribution(timings.map((t) => t.cycle)),
        exchange_ms: exchange.length ? distribution(exchange) : null,
        first20_p50_ms: distribution(visible.slice(0, 20)).p50,
        idb_tx_per_step: mean(timings.map((t) => t.idb_tx)),
        idb_readwrite_per_step: mean(timings.map((t) => t.idb_readwrite)),
        last20_p50_ms: distribution(visible.slice(-20)).p50,
        lab_state_chars: await page.evaluate(() =>
          (window as unknown as Win).uiProbe.labStateChars(),
        ),
        load_ms,
      };
      return {
        steps: stepsResult,
        floor: floor
          ? {
              ...floor.result,
              paced_ms: distribution(floorTimes),
              back_to_back_ms: distribution(backToBack),
            }
          : { skipped: "no exchange captured" },
      };
    } finally {
      await floor?.close();
      await context.close();
    }
  }

  /** The floor page, started and warmed up, in its own context; `run(n)` times n exchanges. */
  private async openFloor(
    base: string,
    transport: "service-worker" | "direct",
    payload: Payload,
  ): Promise<FloorPage> {
    const { context, page } = await this.context();
    const url = `${base}${FLOOR_DIR}/floor.html`;
    await page.goto(url);
    await page.waitForFunction(() => "floorBench" in window);
    const mode: "sw" | "direct" = transport === "service-worker" ? "sw" : "direct";
    const started = await page.evaluate(
      (m) => (window as unknown as Win).floorBench.start(m),
      mode,
    );
    this.check(
      started.secure === (transport === "service-worker"),
      `the floor page at ${url} is${started.secure ? "" : " not"} a secure context`,
    );
    const run = (count: number, warmup: number, paced: boolean) =>
      page.evaluate(
        ([n, w, req, res, p]) => (window as unknown as Win).floorBench.run(n, w, req, res, p),
        [count, warmup, payload.request, payload.response, paced] as const,
      );
    await run(0, this.opts.floorWarmup, false);
    return {
      result: {
        transport,
        url,
        warmup: this.opts.floorWarmup,
        request_chars: payload.request.length,
        response_chars: payload.response.length,
      },
      run: (count, paced) => run(count, 0, paced),
      close: () => context.close(),
    };
  }

  async bigTable(url: string): Promise<BigTableResult> {
    const rows = this.opts.rows;
    const { context, page } = await this.context();
    try {
      await this.openApp(page, url);
      await this.openOps(page);
      // One real step first: its session_data is what every seeded row carries.
      await this.step(page, "seed");
      const data = await page.evaluate(() => (window as unknown as Win).uiProbe.someSessionData());
      const now = await page.evaluate(() => (window as unknown as Win).uiProbe.virtualNow());
      const seeded = await page.evaluate(
        ([n, d, t]) => (window as unknown as Win).uiProbe.seed(n, 10_000, t, d),
        [rows, data, now] as const,
      );
      this.check(seeded.rows === rows + 1, `seeded ${seeded.rows - 1} rows, not ${rows}`);
      const expired = rows - Math.floor(rows / 2);

      const t0 = performance.now();
      await page.reload({ waitUntil: "commit" });
      await page.waitForFunction(() => (window as unknown as Win).uiProbe.readyAt(), undefined, {
        timeout: 120_000,
        polling: 50,
      });
      const reload_ms = performance.now() - t0;
      await this.openOps(page);
      // A step over the big table: its store is not snapshotted, the panel pages the live table.
      const step_ms = await this.step(page, "big", rows + 1);
      await page.waitForFunction(
        () => (window as unknown as Win).uiProbe.loadingRows() === 0,
        undefined,
        { timeout: 30_000 },
      );
      const scroll = await page.evaluate(
        (ms) => (window as unknown as Win).uiProbe.scrollStore(ms),
        this.opts.scrollMs,
      );
      const frame_ms = distribution(scroll.frames);
      // Back to the top, its rows loaded, before clearsessions: otherwise its readwrite
      // transaction waits behind the reads the scroll left running.
      await page.evaluate(() => (window as unknown as Win).uiProbe.scrollStoreTop());
      await page.getByRole("tab", { name: "manage.py" }).click();
      await page.locator('[data-testid="manage-panel"] input.term-input').waitFor();
      const clear = await page.evaluate(() => (window as unknown as Win).uiProbe.clearsessionsUi());
      const left = await page.evaluate(() => (window as unknown as Win).uiProbe.countRows());
      const deleted = rows + 1 - left;
      this.check(deleted === expired, `clearsessions left ${left} rows, deleted ${deleted}`);
      // The same delete alone, in the same context: a fresh database with the same rows.
      const RAW = "session-lab-bench-raw";
      const fresh = await page.evaluate(
        ([n, d, t, name]) => (window as unknown as Win).uiProbe.seed(n, 10_000, t, d, false, name),
        [rows, data, now, RAW] as const,
      );
      this.check(fresh.rows === rows, `seeded ${fresh.rows} rows in ${RAW}, not ${rows}`);
      const raw = await page.evaluate(
        ([t, name]) => (window as unknown as Win).uiProbe.rawClear(t, name),
        [now, RAW] as const,
      );
      this.check(raw.left === rows - expired, `the raw delete left ${raw.left} rows`);
      await page.evaluate((name) => (window as unknown as Win).uiProbe.dropDb(name), RAW);

      return {
        rows,
        expired,
        seed_ms: seeded.ms,
        reload_ms,
        step_ms,
        scroll: {
          duration_ms: this.opts.scrollMs,
          scrolled_px: scroll.scrolled_px,
          frames: scroll.frames.length,
          frame_ms,
          frames_over_50ms: scroll.frames.filter((f) => f > 50).length,
          loading_at_end: scroll.loading_at_end,
          bottom_filled_ms: scroll.bottom_filled_ms,
        },
        clearsessions: {
          timeline_ms: clear.timeline_ms,
          output_ms: clear.output_ms,
          output: clear.output.trim(),
          deleted,
          idb_delete_ms: raw.ms,
          idb_delete_seed_ms: fresh.ms,
        },
      };
    } finally {
      await context.close();
    }
  }

  async python(url: string): Promise<PythonResult> {
    const { context, page } = await this.context();
    try {
      await this.openApp(page, url);
      await page.getByRole("tab", { name: "Code" }).click();
      await page.locator('[data-testid="run-views"]').waitFor();
      // The editor is a lazy chunk: let it finish loading so that it does not compete with Python.
      await page.locator(".code-editor .monaco-editor").waitFor({ timeout: 60_000 });
      const cold = await page.evaluate(() =>
        (window as unknown as Win).uiProbe.runViewsThenLoad("/login/"),
      );
      const warm = await page.evaluate(() =>
        (window as unknown as Win).uiProbe.runViewsThenLoad("/backend/"),
      );
      const m = /started in ([\d.]+) s/.exec(warm.status);
      const pick = (r: typeof cold) => ({
        ready_ms: r.ready_ms,
        response_ms: r.response_ms,
        load_ms: r.load_ms,
      });
      return {
        cold: pick(cold),
        warm: pick(warm),
        started_in_s: m ? Number(m[1]) : null,
        status: warm.status.replace(/\s+/g, " ").trim(),
      };
    } finally {
      await context.close();
    }
  }
}

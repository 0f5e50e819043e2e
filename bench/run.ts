/**
 * `npm run bench`: Session Lab against real Django 5.2, on this machine.
 * A benchmark, not a test: it prints what it measured and exits 0 however
 * slow things are (it exits 1 only if a workload did not do what it claims).
 *
 *   npm run bench [-- --requests 2000 --warmup 300 --rows 100000 --no-django --no-chromium]
 *
 * Workloads, one after the other (never in parallel: this is a 2-core box):
 *   1. POST /ops/ [["set","k","v"],["get","k"]] on the db engine, one browser,
 *      through the CLI's wiring (bench/requests.ts).
 *   2. manage.py clearsessions over ROWS db sessions, half expired: memory
 *      table, and the IndexedDB adapter on fake-indexeddb (bench/clearsessions.ts).
 *   3. The same two on real Django 5.2 + SQLite (bench/django_bench.py).
 *   4. clearsessions on Chromium's real IndexedDB, and row-by-row deletion
 *      for comparison (bench/chromium.ts, bench/page/idbBench.ts).
 *   5. The playground itself, built by Vite and served by vite preview, in
 *      headless Chromium (bench/ui.ts; skip with --no-ui): cold load, bundle
 *      sizes, one UI step against the bare MSW + IndexedDB floor (with and
 *      without a service worker), ROWS stored sessions (scrolling,
 *      clearsessions), views.py as Python.
 * Writes everything to bench/results/latest.json.
 */
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, release, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchChromium, type ChromiumResult } from "./chromium.ts";
import { benchFakeIndexedDbClear, benchMemoryClear } from "./clearsessions.ts";
import { benchDjango, type DjangoResult, type Skipped } from "./django.ts";
import { benchNodeRequests, OPS } from "./requests.ts";
import type { LatencySummary } from "./stats.ts";
import { benchUi, type UiResult } from "./ui.ts";
import { stepRatios, uiReport } from "./uiReport.ts";

const { values: argv } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    warmup: { type: "string", default: "300" },
    rows: { type: "string", default: "100000" },
    "no-django": { type: "boolean", default: false },
    "no-chromium": { type: "boolean", default: false },
    "no-ui": { type: "boolean", default: false },
    "ui-steps": { type: "string", default: "200" },
    "ui-loads": { type: "string", default: "5" },
  },
});
const REQUESTS = Number(argv.requests);
const WARMUP = Number(argv.warmup);
const ROWS = Number(argv.rows);
const UI_STEPS = Number(argv["ui-steps"]);
const UI_LOADS = Number(argv["ui-loads"]);
/** Seeding fake-indexeddb or Chromium past this stops early, with a note, to keep the run short. */
const SEED_BUDGET_MS = 40_000;
/** The Chromium row-by-row delete stops here and is scaled up (its full run is ~45-60 s for 100k rows). */
const ONE_BY_ONE_BUDGET_MS = 45_000;

const n = (x: number) => x.toLocaleString("en");
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const latency = (s: LatencySummary) => `${s.rps.toFixed(0)} req/s ${ms(s.p50_ms)}/${ms(s.p95_ms)}`;
const isSkipped = (r: unknown): r is Skipped =>
  typeof r === "object" && r !== null && "skipped" in r;
const say = (line = "") => process.stdout.write(`${line}\n`);

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  process.stdout.write(`  ${label} … `);
  const t = performance.now();
  const result = await run();
  process.stdout.write(`done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  return result;
}

function isWritableDir(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** JSON as `prettier --write` would leave it, so `npm run format:check` stays green after a run. */
async function prettyJson(file: string, value: unknown): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import("prettier");
    const options = await prettier.resolveConfig(file);
    return await prettier.format(text, { ...options, filepath: file });
  } catch {
    return text;
  }
}

interface Ratio {
  value: number;
  text: string;
}

/** ours/Django, and what it means. `higherIsBetter`: a throughput (else a duration). */
function ratio(ours: number, django: number, higherIsBetter: boolean): Ratio {
  const value = ours / django;
  const factor = higherIsBetter ? value : 1 / value;
  const words = factor >= 1 ? `${factor.toFixed(1)}x faster` : `${(1 / factor).toFixed(1)}x slower`;
  return { value, text: `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)} (${words})` };
}

const loadAverage = () => loadavg().map((x) => Number(x.toFixed(2)));

async function main(): Promise<number> {
  const started = performance.now();
  const loadAtStart = loadAverage();
  const cpu = cpus();
  say(
    `Session Lab bench: Node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim() ?? "?"}, ${platform()} ${release()}`,
  );
  say(
    `POST /ops/ ${JSON.stringify(OPS)}: ${n(WARMUP)} warm-up + ${n(REQUESTS)} measured requests; clearsessions: ${n(ROWS)} rows, half expired`,
  );
  say(
    `Load average (1, 5, 15 min) at start: ${loadAtStart.join(", ")} (the machine is shared: figures move with it)`,
  );
  say();

  say("Node (tsx):");
  const requests = await timed(
    "requests, CLI wiring (runScenario + MSW directTransport + memory table)",
    () => benchNodeRequests(REQUESTS, WARMUP),
  );
  const memory = await timed("clearsessions, memory table", () => benchMemoryClear(ROWS));
  const fakeIdb = await timed("clearsessions, IndexedDB adapter on fake-indexeddb", () =>
    benchFakeIndexedDbClear(ROWS, SEED_BUDGET_MS),
  );

  say("Django:");
  // Twice: the SQLite file on the real disk (an fsync'd commit per session save), then on tmpfs
  // (Django's own cost). The WSGIHandler-only loop runs on tmpfs only: on disk it is the same fsyncs.
  const TMPFS = "/dev/shm";
  const djangoDisk: DjangoResult | Skipped = argv["no-django"]
    ? { skipped: "--no-django" }
    : await timed(`bench/django_bench.py, SQLite file on disk (${tmpdir()})`, () =>
        benchDjango(REQUESTS, WARMUP, ROWS, { handler: false }),
      );
  if (isSkipped(djangoDisk)) say(`  skipped: ${djangoDisk.skipped}`);
  const djangoTmpfs: DjangoResult | Skipped = isSkipped(djangoDisk)
    ? djangoDisk
    : !isWritableDir(TMPFS)
      ? { skipped: `${TMPFS} is not a writable directory` }
      : await timed(`bench/django_bench.py, SQLite file on tmpfs (${TMPFS})`, () =>
          benchDjango(REQUESTS, WARMUP, ROWS, { dbDir: TMPFS }),
        );
  if (isSkipped(djangoTmpfs) && !isSkipped(djangoDisk)) say(`  skipped: ${djangoTmpfs.skipped}`);

  say("Chromium:");
  let chromium: ChromiumResult | Skipped;
  if (argv["no-chromium"]) chromium = { skipped: "--no-chromium" };
  else {
    try {
      chromium = await timed(
        `headless, real IndexedDB (seed, clear, restore, row by row <= ${ONE_BY_ONE_BUDGET_MS / 1000} s)`,
        () => benchChromium(ROWS, SEED_BUDGET_MS, ONE_BY_ONE_BUDGET_MS),
      );
    } catch (e) {
      chromium = {
        skipped: `failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
      };
    }
  }
  if (isSkipped(chromium)) say(`  skipped: ${chromium.skipped}`);

  say("Playground in Chromium (built app, vite preview):");
  let ui: UiResult | Skipped;
  if (argv["no-ui"]) ui = { skipped: "--no-ui" };
  else {
    try {
      ui = await benchUi(
        {
          coldLoads: UI_LOADS,
          steps: UI_STEPS,
          stepWarmup: 5,
          floorWarmup: 20,
          rows: ROWS,
          scrollMs: 2000,
        },
        say,
      );
    } catch (e) {
      ui = { skipped: `failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
    }
  }
  if (isSkipped(ui)) say(`  skipped: ${ui.skipped}`);

  // ---- where the Node request time goes ----
  const step = requests.cli_step.mean_ms;
  const exchange = requests.exchange.mean_ms;
  const server = requests.server.mean_ms;
  say();
  say(
    `Node request, mean ${ms(step)} ms: DjangoServer.handle ${ms(server)} ms, MSW (JSON both ways) ${ms(exchange - server)} ms, SimBrowser + trace entry ${ms(step - exchange)} ms`,
  );
  for (const [label, r] of [
    ["fake-indexeddb", fakeIdb],
    ["Chromium", isSkipped(chromium) ? {} : chromium],
  ] as const) {
    if ("note" in r && r.note) say(`Note (${label}): ${r.note}`);
  }

  // ---- the table ----
  const djs = [djangoDisk, djangoTmpfs].map((d) => (isSkipped(d) ? null : d));
  const ch = isSkipped(chromium) ? null : chromium;
  type Row = {
    key: string;
    label: string;
    ours: string;
    django: string[];
    ratios: (Ratio | null)[];
  };
  const requestRow = (
    key: string,
    label: string,
    ours: LatencySummary,
    theirs: (d: DjangoResult) => LatencySummary | null,
  ): Row => {
    const t = djs.map((d) => (d ? theirs(d) : null));
    return {
      key,
      label,
      ours: latency(ours),
      django: t.map((x) => (x ? latency(x) : "-")),
      ratios: t.map((x) => (x ? ratio(ours.rps, x.rps, true) : null)),
    };
  };
  const clearRow = (
    key: string,
    label: string,
    r: { rows: number; clear_ms: number; measured_ms?: number },
  ): Row => ({
    key,
    label: `${label} (${n(r.rows / 1000)}k)`,
    ours: r.measured_ms === undefined ? `${ms(r.clear_ms)} ms` : `~${ms(r.clear_ms)} ms (scaled)`,
    django: djs.map((d) => (d ? `${ms(d.clear_expired.clear_ms)} ms` : "-")),
    ratios: djs.map((d) => (d ? ratio(r.clear_ms, d.clear_expired.clear_ms, false) : null)),
  });
  const table: Row[] = [
    requestRow(
      "requests_cli_step_vs_client",
      "POST /ops/: CLI step | test Client",
      requests.cli_step,
      (d) => d.requests_client,
    ),
    requestRow(
      "requests_server_vs_wsgi_handler",
      "POST /ops/: server.handle | WSGIHandler",
      requests.server,
      (d) => d.requests_handler,
    ),
    clearRow("clear_memory", "clearsessions: Node, memory table", memory),
    clearRow("clear_fake_indexeddb", "clearsessions: Node, fake-indexeddb", fakeIdb),
    ...(ch
      ? [
          clearRow(
            "clear_chromium_key_range",
            "clearsessions: Chromium IDB, key range",
            ch.key_range,
          ),
          clearRow(
            "delete_chromium_one_by_one",
            "row by row: Chromium IDB, key order",
            ch.one_by_one,
          ),
        ]
      : []),
  ];
  const header = [
    "workload",
    "ours",
    djs[0] ? `Django ${djs[0].django}, disk` : "Django, disk",
    "Django, tmpfs",
    "ours/Django disk",
    "ours/Django tmpfs",
  ];
  const cells = table.map((r) => [
    r.label,
    r.ours,
    ...r.django,
    ...r.ratios.map((x) => x?.text ?? "-"),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  say();
  say(line(header));
  for (const c of cells) say(line(c));
  say(
    `(requests: req/s, p50/p95 latency in ms; ratio = ours req/s / Django req/s. clearsessions: ms; ratio = ours ms / Django ms. Django clears ${djs[0] ? n(djs[0].clear_expired.rows) : "-"} rows.)`,
  );
  const keyLoad = ch?.key_range.key_load_ms;
  if (keyLoad !== undefined)
    say(
      `(Chromium key range: the adapter's copy of the keys was loaded first, in ${ms(keyLoad)} ms, and is not in the figure: the playground loads it once, when it opens.)`,
    );

  if (!isSkipped(ui)) {
    say();
    const clearMs = (d: DjangoResult | null) => d?.clear_expired.clear_ms ?? null;
    for (const l of uiReport(ui, {
      django_disk_ms: clearMs(djs[0]),
      django_tmpfs_ms: clearMs(djs[1]),
      chromium_on_disk_ms: ch?.key_range.clear_ms ?? null,
    }))
      say(l);
  }
  const loadAtEnd = loadAverage();
  say();
  say(`Load average (1, 5, 15 min) at end: ${loadAtEnd.join(", ")}`);

  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${platform()} ${release()} ${arch()}`,
      cpus: cpu.length,
      cpu_model: cpu[0]?.model.trim() ?? null,
    },
    params: {
      requests: REQUESTS,
      warmup: WARMUP,
      rows: ROWS,
      ops: OPS,
      seed_budget_ms: SEED_BUDGET_MS,
      ui_steps: UI_STEPS,
      ui_cold_loads: UI_LOADS,
    },
    load_average: { start: loadAtStart, end: loadAtEnd },
    node: { requests, clearsessions: { memory, fake_indexeddb: fakeIdb } },
    django: { disk: djangoDisk, tmpfs: djangoTmpfs },
    chromium,
    ui,
    ratios: {
      vs_django_disk: Object.fromEntries(table.map((r) => [r.key, r.ratios[0]?.value ?? null])),
      vs_django_tmpfs: Object.fromEntries(table.map((r) => [r.key, r.ratios[1]?.value ?? null])),
      ui_step_vs_floor: isSkipped(ui) ? null : stepRatios(ui),
    },
    duration_s: (performance.now() - started) / 1000,
  };
  const dir = fileURLToPath(new URL("results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}latest.json`, await prettyJson(`${dir}latest.json`, results));
  say();
  say(`Wrote bench/results/latest.json (whole run ${results.duration_s.toFixed(0)} s).`);
  // A UI workload that did not do what it claims (not a slow one) fails the run.
  return !isSkipped(ui) && ui.failed_checks.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(
      `bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exit(1);
  },
);

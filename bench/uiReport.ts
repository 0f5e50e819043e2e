import type { Skipped } from "./django.ts";
import type { Distribution, FloorResult, StepsResult, UiResult } from "./ui.ts";

/** Targets the playground's figures are read against (printed next to them, never enforced). */
export const UI_TARGETS = {
  initial_js_gzip_bytes: 200_000,
  step_vs_floor_p50: 1.5,
  step_vs_floor_p95: 2,
} as const;

/** The same run's clearsessions figures on the reference side, for the 100k comparison. */
export interface ClearReferences {
  django_disk_ms: number | null;
  django_tmpfs_ms: number | null;
  /** bench/chromium.ts: the adapter's key-range delete, persistent on-disk profile. */
  chromium_on_disk_ms: number | null;
}

interface Ratio {
  p50: number;
  p95: number;
  /** Against the floor's exchanges sent back to back, none after a pause: for comparison. */
  back_to_back_p50: number;
}

export interface UiRatios {
  sw: Ratio | null;
  direct: Ratio | null;
}

const isSkipped = (r: unknown): r is Skipped =>
  typeof r === "object" && r !== null && "skipped" in r;

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const dist = (d: Distribution) => `p50 ${ms(d.p50)} / p95 ${ms(d.p95)} ms`;

export function stepRatios(ui: UiResult): UiRatios {
  const pair = (steps: StepsResult | Skipped, floor: FloorResult | Skipped) =>
    isSkipped(steps) || isSkipped(floor)
      ? null
      : {
          p50: steps.visible_ms.p50 / floor.paced_ms.p50,
          p95: steps.visible_ms.p95 / floor.paced_ms.p95,
          back_to_back_p50: steps.visible_ms.p50 / floor.back_to_back_ms.p50,
        };
  return { sw: pair(ui.steps_sw, ui.floor_sw), direct: pair(ui.steps_direct, ui.floor_direct) };
}

/** The playground's table: figure, measured, target, verdict; then notes. */
export function uiReport(ui: UiResult, refs: ClearReferences): string[] {
  type Row = [figure: string, measured: string, target: string, verdict: string];
  const rows: Row[] = [];
  const notes: string[] = [];
  const skip = (figure: string, r: Skipped) => rows.push([figure, r.skipped, "", ""]);
  const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

  const b = ui.bundle;
  if (isSkipped(b)) skip("bundle sizes", b);
  else {
    rows.push([
      "initial JS, gzip -9 (entry + modulepreload)",
      `${kb(b.initial_js.gzip9)} (gzip -6 ${kb(b.initial_js.gzip6)}; raw ${kb(b.initial_js.bytes)})`,
      `<= ${kb(UI_TARGETS.initial_js_gzip_bytes)}`,
      verdict(b.initial_js.gzip9 <= UI_TARGETS.initial_js_gzip_bytes),
    ]);
    rows.push([
      "  right after start, gzip -9",
      `${kb(b.after_start_js.gzip9)} (raw ${kb(b.after_start_js.bytes)})`,
      "",
      "",
    ]);
    rows.push([
      "  loaded on demand, gzip -9",
      `${mb(b.on_demand.gzip9)} (raw ${mb(b.on_demand.bytes)})`,
      "",
      "",
    ]);
    const list = (files: { file: string; gzip9: number }[]) =>
      files.map((f) => `${f.file} ${kb(f.gzip9)}`).join(", ");
    notes.push(`initial JS: ${list(b.initial_js.files)}; initial CSS ${kb(b.initial_css.gzip9)}`);
    notes.push(`right after start: ${list(b.after_start_js.files)}`);
    notes.push(
      `on demand: ${list([...b.on_demand.files].sort((x, y) => y.gzip9 - x.gzip9).slice(0, 6))}, …`,
    );
  }

  const c = ui.cold_load;
  if (isSkipped(c)) skip("cold load to interactive", c);
  else {
    rows.push([
      `cold load to interactive (${c.ready_ms.n} fresh contexts)`,
      `median ${ms(c.ready_ms.p50)} ms, max ${ms(c.ready_ms.max)} ms`,
      "",
      "",
    ]);
    notes.push(
      `cold load, median ms after navigation start when each file had arrived: ${Object.entries(
        c.files_loaded_ms,
      )
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(", ")}`,
    );
  }

  const ratios = stepRatios(ui);
  for (const [label, steps, floor, ratio] of [
    ["service worker", ui.steps_sw, ui.floor_sw, ratios.sw],
    ["no service worker", ui.steps_direct, ui.floor_direct, ratios.direct],
  ] as const) {
    if (isSkipped(steps)) skip(`one step in the UI, ${label}`, steps);
    else {
      rows.push([
        `one step in the UI, ${label} (${steps.visible_ms.n})`,
        dist(steps.visible_ms),
        "",
        "",
      ]);
      notes.push(
        `step, ${label}: click → painted ${dist(steps.painted_ms)}; click → saved ${dist(steps.cycle_ms)}` +
          (steps.exchange_ms ? `; the exchange alone (fetch) ${dist(steps.exchange_ms)}` : "") +
          `; ${steps.idb_tx_per_step.toFixed(1)} IndexedDB transactions from the click to saved (${steps.idb_readwrite_per_step.toFixed(1)} readwrite: django_session's before the step shows, the app's own save after the paint; the floor: 1); median of the first 20 ${ms(steps.first20_p50_ms)} ms, of the last 20 ${ms(steps.last20_p50_ms)} ms; saved state after the run ${kb(steps.lab_state_chars)} of JSON; page load ${ms(steps.load_ms)} ms`,
      );
    }
    if (isSkipped(floor)) skip(`transport floor, ${label}`, floor);
    else {
      rows.push([
        `transport floor, ${label} (${floor.paced_ms.n}, each after a click's quiet)`,
        dist(floor.paced_ms),
        "",
        "",
      ]);
      rows.push([
        `  the same back to back (${floor.back_to_back_ms.n})`,
        dist(floor.back_to_back_ms),
        "",
        "",
      ]);
    }
    if (ratio) {
      rows.push([
        `  step / paced floor, ${label}`,
        `p50 ${ratio.p50.toFixed(2)}x / p95 ${ratio.p95.toFixed(2)}x`,
        `p50 <= ${UI_TARGETS.step_vs_floor_p50}x / p95 <= ${UI_TARGETS.step_vs_floor_p95}x`,
        `${verdict(ratio.p50 <= UI_TARGETS.step_vs_floor_p50)} / ${verdict(ratio.p95 <= UI_TARGETS.step_vs_floor_p95)}`,
      ]);
      rows.push([
        `  step / back-to-back floor, ${label}`,
        `p50 ${ratio.back_to_back_p50.toFixed(2)}x`,
        "",
        "",
      ]);
    }
  }
  if (!isSkipped(ui.floor_sw))
    notes.push(
      `floor: a POST of ${ui.floor_sw.request_chars} chars answered with ${ui.floor_sw.response_chars} chars of JSON (one real exchange of the app, replayed), the handler doing one IndexedDB readwrite transaction (get + put); ${ui.floor_sw.warmup} warm-up requests; each measured exchange starts from the same quiet as a step's click (two frames and a task), and the same number again back to back`,
    );

  const t = ui.big_table;
  if (isSkipped(t)) skip("stored sessions", t);
  else {
    const n = t.rows.toLocaleString("en");
    const s = t.scroll;
    rows.push([
      `${n} sessions: scroll the store panel (${(s.duration_ms / 1000).toFixed(0)} s)`,
      `frames p50 ${ms(s.frame_ms.p50)} / p95 ${ms(s.frame_ms.p95)} / max ${ms(s.frame_ms.max)} ms, ${s.frames_over_50ms} of ${s.frames} over 50 ms`,
      "",
      "",
    ]);
    rows.push([
      `${n} sessions: clearsessions in manage.py`,
      `${ms(t.clearsessions.output_ms)} ms to the output (timeline ${ms(t.clearsessions.timeline_ms)} ms)`,
      "",
      "",
    ]);
    rows.push([
      `  the IndexedDB range delete alone`,
      `${ms(t.clearsessions.idb_delete_ms)} ms (same context: in-memory profile, fresh database)`,
      "",
      "",
    ]);
    const ref = (x: number | null) => (x === null ? "-" : `${ms(x)} ms`);
    rows.push([
      `  Django clear_expired, ${n} rows`,
      `SQLite on disk ${ref(refs.django_disk_ms)}, tmpfs ${ref(refs.django_tmpfs_ms)}`,
      "",
      "",
    ]);
    rows.push(["  Chromium IDB, on-disk profile (above)", ref(refs.chromium_on_disk_ms), "", ""]);
    notes.push(
      `${n} sessions: seeded in ${ms(t.seed_ms)} ms (${t.expired.toLocaleString("en")} expired), reload to ready ${ms(t.reload_ms)} ms, the first step after it ${ms(t.step_ms.visible)} ms (saved after ${ms(t.step_ms.cycle)} ms); at the bottom of the scroll ${s.loading_at_end} rows said Loading… and filled in ${s.bottom_filled_ms === null ? "(not within 60 s)" : `${ms(s.bottom_filled_ms)} ms`}; clearsessions deleted ${t.clearsessions.deleted.toLocaleString("en")} rows`,
    );
  }

  const p = ui.python;
  if (isSkipped(p)) skip("views.py as Python", p);
  else {
    rows.push([
      "views.py, cold: Run my views → /login/ answered",
      `${ms(p.cold.response_ms)} ms (ready after ${ms(p.cold.ready_ms)} ms, then the page ${ms(p.cold.load_ms)} ms)`,
      "",
      "",
    ]);
    rows.push([
      "views.py, warm: Run my views → /backend/ answered",
      `${ms(p.warm.response_ms)} ms (ready after ${ms(p.warm.ready_ms)} ms, then the page ${ms(p.warm.load_ms)} ms)`,
      "",
      "",
    ]);
    rows.push([
      "  Python's start, as the status line says",
      p.started_in_s === null ? "-" : `${p.started_in_s.toFixed(1)} s`,
      "",
      "",
    ]);
  }

  const header: Row = ["playground (headless Chromium)", "measured", "target", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: Row) =>
    r
      .map((x, i) => x.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const out = [line(header), ...rows.map(line)];
  out.push(
    `(${ui.chromium}; the app built by Vite in ${(ui.build_ms / 1000).toFixed(1)} s, served by vite preview; every time taken in the page with performance.now(). KB = 1,000 bytes.)`,
  );
  for (const note of notes) out.push(`- ${note}`);
  for (const [section, errors] of Object.entries(ui.page_errors))
    out.push(`- page errors in "${section}": ${errors.slice(0, 3).join(" | ")}`);
  for (const failed of ui.failed_checks) out.push(`- FAILED CHECK: ${failed}`);
  return out;
}

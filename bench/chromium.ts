import { CHROMIUM_ARGS } from "../tests/e2e/support/launchChromium.ts";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Skipped } from "./django.ts";
import type { IdbBench, PageTiming } from "./page/idbBench.ts";

export interface ChromiumClear {
  rows: number;
  deleted: number;
  seed_ms: number;
  clear_ms: number;
  /** Set when the run was cut short: clear_ms is then measured_ms scaled up to every expired row. */
  measured_ms?: number;
  /**
   * The adapter's first look at the table (one getAllKeys), timed before the
   * clear and not in clear_ms: the playground pays it once, when it opens.
   */
  key_load_ms?: number;
}

export interface ChromiumResult {
  chromium: string;
  /** clearsessions through the adapter: one delete over the [expire_date, session_key] key range. */
  key_range: ChromiumClear;
  /** Deleting the expired rows one by one, in session_key order. */
  one_by_one: ChromiumClear;
  note?: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function findChromium(): string | Skipped {
  try {
    return execFileSync("bash", [join(ROOT, "scripts/findChromium.sh")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? "").trim();
    return { skipped: stderr.split("\n").pop() || "no Chromium found" };
  }
}

/** "Chromium 156.0.8078.108" (the user agent reduces the version to 156.0.0.0). */
function chromiumVersion(executablePath: string): string | undefined {
  try {
    const out = execFileSync(executablePath, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return /\S+ [\d.]+/.exec(out)?.[0];
  } catch {
    return undefined;
  }
}

async function bundlePage(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL("page/idbBench.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

// page.evaluate serializes its callback: keep these single expressions on window.idbBench.
type Win = { idbBench: IdbBench };
const call = {
  open: (page: Page, name: string) =>
    page.evaluate((n) => (window as unknown as Win).idbBench.open(n), name),
  seed: (page: Page, count: number, batch: number, budget: number, restoreExpired = false) =>
    page.evaluate(([c, b, t, r]) => (window as unknown as Win).idbBench.seed(c, b, t, r), [
      count,
      batch,
      budget,
      restoreExpired,
    ] as const),
  clear: (page: Page) => page.evaluate(() => (window as unknown as Win).idbBench.clearsessions()),
  oneByOne: (page: Page, budget: number) =>
    page.evaluate((b) => (window as unknown as Win).idbBench.deleteOneByOne(b), budget),
};

function result(
  seed: PageTiming,
  clear: PageTiming & { complete?: boolean; keys_ms?: number },
): ChromiumClear {
  const expired = seed.rows - Math.floor(seed.rows / 2);
  const deleted = clear.rows - clear.remaining;
  const out: ChromiumClear = { rows: clear.rows, deleted, seed_ms: seed.ms, clear_ms: clear.ms };
  if (clear.keys_ms !== undefined) out.key_load_ms = clear.keys_ms;
  if (clear.complete === false && deleted > 0)
    return { ...out, clear_ms: (clear.ms * expired) / deleted, measured_ms: clear.ms };
  if (deleted !== expired) throw new Error(`expected ${expired} rows deleted, found ${deleted}`);
  return out;
}

/**
 * Headless Chromium with a persistent (on-disk) profile, a page served from
 * 127.0.0.1, rows seeded in batches inside the page, only the deletes timed.
 */
export async function benchChromium(
  count: number,
  seedBudgetMs: number,
  oneByOneBudgetMs: number,
): Promise<ChromiumResult | Skipped> {
  const executablePath = findChromium();
  if (typeof executablePath !== "string") return executablePath;
  const js = await bundlePage();
  const html = `<!doctype html><meta charset="utf-8"><title>idb bench</title><script type="module" src="/idbBench.js"></script>`;
  const http = createServer((req, res) => {
    if (req.url === "/") res.writeHead(200, { "content-type": "text/html" }).end(html);
    else if (req.url === "/idbBench.js")
      res.writeHead(200, { "content-type": "text/javascript" }).end(js);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), "session-lab-bench-chromium-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => "idbBench" in window);
    const userAgent = await page.evaluate(() => (window as unknown as Win).idbBench.userAgent());
    await call.open(page, "session-lab-bench");

    const seed1 = await call.seed(page, count, 5000, seedBudgetMs);
    const keyRange = result(seed1, await call.clear(page));
    // Put the deleted half back (the live half is still there): the same rows again.
    const seed2 = await call.seed(page, seed1.rows, 5000, Infinity, true);
    if (seed2.rows !== seed1.rows)
      throw new Error(`reseeded ${seed2.rows} rows, not ${seed1.rows}`);
    const oneByOne = result(seed2, await call.oneByOne(page, oneByOneBudgetMs));
    const out: ChromiumResult = {
      chromium: chromiumVersion(executablePath) ?? userAgent,
      key_range: keyRange,
      one_by_one: oneByOne,
    };
    const notes = [];
    if (seed1.rows < count)
      notes.push(
        `seeded ${seed1.rows.toLocaleString("en")} of ${count.toLocaleString("en")} rows (seeding budget ${seedBudgetMs / 1000} s)`,
      );
    if (oneByOne.measured_ms !== undefined)
      notes.push(
        `row-by-row stopped at its ${oneByOneBudgetMs / 1000} s budget after ${oneByOne.deleted.toLocaleString("en")} deletions; its figure is scaled up to all ${(seed2.rows - Math.floor(seed2.rows / 2)).toLocaleString("en")}`,
      );
    if (notes.length) out.note = notes.join("; ");
    return out;
  } finally {
    await context?.close();
    await new Promise((resolve) => http.close(resolve));
    rmSync(profile, { recursive: true, force: true });
  }
}

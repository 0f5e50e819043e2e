import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ClearResult, LatencySummary } from "./stats.ts";

export interface DjangoResult {
  django: string;
  python: string;
  sqlite: string;
  db_path: string;
  /** django.test.Client: the client's cookie handling plus the whole handler. */
  requests_client: LatencySummary;
  /** WSGIHandler(environ) alone, the cookie header set by hand; null when not run. */
  requests_handler: LatencySummary | null;
  clear_expired: ClearResult;
}

export type Skipped = { skipped: string };

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PYTHON = `${ROOT}.venv/bin/python`;
const SCRIPT = fileURLToPath(new URL("django_bench.py", import.meta.url));

/**
 * Runs bench/django_bench.py with the project's .venv, its SQLite file in a
 * temporary directory under `dbDir` (default: the system temp dir), with or
 * without the WSGIHandler-only loop (default: with); skipped
 * (with the reason) when it cannot run.
 */
export function benchDjango(
  requests: number,
  warmup: number,
  rows: number,
  options: { dbDir?: string; handler?: boolean } = {},
): Promise<DjangoResult | Skipped> {
  if (!existsSync(PYTHON)) return Promise.resolve({ skipped: `${PYTHON} not found` });
  const args = [SCRIPT, "--requests", `${requests}`, "--warmup", `${warmup}`, "--rows", `${rows}`];
  if (options.dbDir) args.push("--db-dir", options.dbDir);
  if (options.handler === false) args.push("--no-handler");
  return new Promise((resolve) => {
    execFile(
      PYTHON,
      args,
      { cwd: ROOT, maxBuffer: 16 << 20, timeout: 180_000 },
      (error, stdout, stderr) => {
        if (error) {
          const why = stderr.trim().split("\n").pop() || error.message;
          resolve({ skipped: `django_bench.py failed: ${why}` });
          return;
        }
        try {
          resolve(JSON.parse(stdout) as DjangoResult);
        } catch {
          resolve({ skipped: `django_bench.py printed no JSON: ${stdout.slice(0, 200)}` });
        }
      },
    );
  });
}

/** Latency figures of one measured loop. */
export interface LatencySummary {
  requests: number;
  total_ms: number;
  rps: number;
  mean_ms: number;
  p50_ms: number;
  p95_ms: number;
}

/** Nearest-rank percentile of an ascending list (bench/django_bench.py uses the same rule). */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((sorted.length * p) / 100));
  return sorted[rank - 1];
}

export function summarize(latenciesMs: readonly number[], totalMs: number): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    total_ms: totalMs,
    rps: sorted.length / (totalMs / 1000),
    mean_ms: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    p50_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
  };
}

/** One timed clearsessions run. */
export interface ClearResult {
  rows: number;
  deleted: number;
  seed_ms: number;
  clear_ms: number;
}

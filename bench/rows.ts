import type { SessionRow } from "../src/engine/storage/SessionTable.ts";

/**
 * Seed rows for the clearsessions workloads, shared by Node and the Chromium
 * page (no Node imports here). Deterministic: the same seed gives the same
 * rows everywhere. Even rows expired 1 s to 30 days before `nowMs`, odd rows
 * live 1 min to 14 days after it, so exactly half of any even count expires,
 * interleaved in key order and in insertion order.
 */

/** The virtual "now" of every Node and Chromium workload. */
export const BENCH_NOW = Date.UTC(2026, 0, 1);
export const BENCH_SECRET_KEY = "bench-secret-key-0123456789";

const KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const DAY = 86_400_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

export function* sessionRows(
  count: number,
  sessionData: string,
  nowMs = BENCH_NOW,
  seed = 1,
): Generator<SessionRow> {
  const rand = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    let key = "";
    for (let j = 0; j < 32; j++) key += KEY_CHARS[Math.floor(rand() * KEY_CHARS.length)];
    const expire_date =
      i % 2 === 0
        ? nowMs - 1000 - Math.floor(rand() * 30 * DAY)
        : nowMs + 60_000 + Math.floor(rand() * 14 * DAY);
    yield { session_key: key, session_data: sessionData, expire_date };
  }
}

/** Rows in arrays of at most `size`, for batched inserts. */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

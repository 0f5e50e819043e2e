import { isPyFloat } from "../python/pyFloat.ts";
import type { Clock } from "../ports.ts";
import type { CacheConfig } from "../conf/settings.ts";
import { PythonError } from "../python/PythonError.ts";
import { isPyOpaque } from "../python/pyOpaque.ts";
import { pyTypeName } from "../python/pyTypeName.ts";

/**
 * One LocMemCache LOCATION: the process-wide dicts Django keeps per name.
 * A JS Map only appends, so the END of `entries` is the most recently used
 * end (Django's "front"), and culling takes from the beginning.
 */
export class LocMemStore {
  readonly entries = new Map<string, unknown>();
  /** Absolute expiry in epoch ms; null = never. */
  readonly expires = new Map<string, number | null>();

  clear(): void {
    this.entries.clear();
    this.expires.clear();
  }

  /**
   * LocMemCache._has_expired: past its expiry at `now`, or with no expiry
   * recorded at all (a set whose timeout raised stores the value but not that).
   */
  hasExpired(key: string, now: number): boolean {
    const exp = this.expires.has(key) ? this.expires.get(key)! : -1;
    return exp !== null && exp <= now;
  }
}

/** Django's default key function with KEY_PREFIX "" and VERSION 1. */
export const makeCacheKey = (key: string) => `:1:${key}`;

/**
 * django.core.cache.backends.locmem.LocMemCache: values are copied in and out
 * (Django pickles them), expiry is lazy, and `set`/`add` cull before writing
 * whenever the store is full — even when overwriting a key.
 */
export class LocMemCache {
  constructor(
    private readonly store: LocMemStore,
    private readonly config: CacheConfig,
    private readonly clock: Clock,
  ) {}

  private backendTimeout(timeout: number | null | undefined): number | null {
    let t: unknown = timeout === undefined ? this.config.TIMEOUT : timeout;
    // Django turns 0 into -1 so that it means "expire now", not "never".
    if (t === 0 || (isPyFloat(t) && t.valueOf() === 0)) t = -1;
    if (t === null) return null;
    // `time.time() + timeout`: a bool counts as 0 or 1; anything else not a number is a
    // TypeError, raised after the entry is stored (it then counts as expired), as in Django.
    if (typeof t === "boolean" || isPyFloat(t)) t = Number(t);
    if (typeof t !== "number") {
      throw new PythonError(
        "TypeError",
        `unsupported operand type(s) for +: 'float' and '${pyTypeName(t)}'`,
      );
    }
    return this.clock.now() + t * 1000;
  }

  private hasExpired(key: string): boolean {
    return this.store.hasExpired(key, this.clock.now());
  }

  private touchFront(key: string, value: unknown): void {
    this.store.entries.delete(key);
    this.store.entries.set(key, value);
  }

  private cull(): void {
    const freq = this.config.OPTIONS.CULL_FREQUENCY;
    if (freq === 0) {
      this.store.clear();
      return;
    }
    let count = Math.floor(this.store.entries.size / freq);
    for (const key of this.store.entries.keys()) {
      if (count-- <= 0) break;
      this.store.entries.delete(key);
      this.store.expires.delete(key);
    }
  }

  private write(key: string, value: unknown, timeout: number | null | undefined): void {
    const object = learnerObjectIn(value);
    if (object !== null) {
      throw new PythonError(
        "NotImplementedError",
        `Session Lab's cache cannot pickle a ${object} object: Django's locmem cache would pickle it and give the next request an equal copy, but this playground keeps only JSON's values and datetime, timedelta, set, frozenset, bytes, bytearray and Decimal between requests`,
      );
    }
    if (this.store.entries.size >= this.config.OPTIONS.MAX_ENTRIES) this.cull();
    this.touchFront(key, structuredClone(value));
    this.store.expires.set(key, this.backendTimeout(timeout));
  }

  get(rawKey: string): unknown {
    const key = makeCacheKey(rawKey);
    if (this.hasExpired(key)) {
      this.delete(rawKey);
      return undefined;
    }
    const value = this.store.entries.get(key);
    this.touchFront(key, value);
    return structuredClone(value);
  }

  set(rawKey: string, value: unknown, timeout?: number | null): void {
    this.write(makeCacheKey(rawKey), value, timeout);
  }

  add(rawKey: string, value: unknown, timeout?: number | null): boolean {
    const key = makeCacheKey(rawKey);
    if (!this.hasExpired(key)) return false;
    this.write(key, value, timeout);
    return true;
  }

  /** `key in cache`: expiry-checked, and no LRU bump. */
  has(rawKey: string): boolean {
    const key = makeCacheKey(rawKey);
    if (this.hasExpired(key)) {
      this.delete(rawKey);
      return false;
    }
    return true;
  }

  delete(rawKey: string): boolean {
    const key = makeCacheKey(rawKey);
    const had = this.store.entries.delete(key);
    this.store.expires.delete(key);
    return had;
  }
}

/**
 * The type name of an object of the learner's own (a view run as Python put
 * it in the session) anywhere in a value, else null. Django's cache pickles
 * it; the playground has no pickle, and a stand-in for it would come back
 * to the next request as something else.
 */
function learnerObjectIn(value: unknown): string | null {
  if (isPyOpaque(value)) return value.pyOpaque === "object" ? String(value.value) : null;
  const items = Array.isArray(value)
    ? value
    : value instanceof Map
      ? [...value.values()]
      : typeof value === "object" && value !== null && !isPyFloat(value)
        ? Object.values(value)
        : [];
  for (const item of items) {
    const found = learnerObjectIn(item);
    if (found !== null) return found;
  }
  return null;
}

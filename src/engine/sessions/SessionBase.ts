import { isPyFloat } from "../python/pyFloat.ts";
import { truthy } from "../python/truthy.ts";
import { EXPIRY_KEY } from "./expiryKey.ts";
import type { EngineContext } from "../EngineContext.ts";
import { dictUpdatePairs } from "../python/dictUpdatePairs.ts";
import { pyDictFromJson } from "../python/pyDictFromJson.ts";
import { keyError, PythonError } from "../python/PythonError.ts";
import {
  aware,
  inDateRange,
  timedeltaMs,
  fromisoformat,
  isoformat,
  isPyDateTime,
  subtract,
  type PyDateTime,
} from "../python/pyDateTime.ts";
import { dumps, loads } from "../signing/signing.ts";
import { BadSignature } from "../signing/BadSignature.ts";

export type SessionData = Map<string, unknown>;

export const VALID_KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
export const TEST_COOKIE_NAME = "testcookie";
export const TEST_COOKIE_VALUE = "worked";

/** What set_expiry accepts: seconds, null, a datetime, or a timedelta in seconds. */
export type ExpiryValue = number | null | PyDateTime | { timedelta: number };

/** The `modification`/`expiry` keyword arguments of get_expiry_age/date. */
export interface ExpiryOptions {
  modification?: PyDateTime;
  expiry?: unknown;
}

/** Decoded session data (pyDictFromJson's Map for a JSON object) as the session's dict. */
function toDataMap(decoded: unknown): SessionData {
  // Only a JSON object can be a session; anything else is treated like undecodable data.
  return decoded instanceof Map ? (decoded as SessionData) : new Map();
}

/**
 * django.contrib.sessions.backends.base.SessionBase: all of the behaviour —
 * lazy loading, the accessed/modified flags, expiry, keys — lives here and the
 * backends stay thin, as in Django. Every method that may load is async,
 * because loading reads storage; a Python view calls them synchronously
 * through Pyodide's run_sync.
 */
export abstract class SessionBase {
  accessed = false;
  modified = false;
  #sessionKey: string | null = null;
  /** Absent (undefined) until first access, like Django's _session_cache attribute. */
  protected sessionCache: SessionData | undefined;

  constructor(
    protected readonly ctx: EngineContext,
    sessionKey: string | null = null,
  ) {
    this.setSessionKey(sessionKey);
  }

  /** "django.contrib.sessions." + the class's __qualname__: every built-in store is "SessionStore". */
  get keySalt(): string {
    return "django.contrib.sessions.SessionStore";
  }

  // --- keys ---------------------------------------------------------------

  /** Read-only, never loads, never marks accessed. */
  get sessionKey(): string | null {
    return this.#sessionKey;
  }

  /** Django's _session_key setter: anything falsy or shorter than 8 becomes None. */
  protected setSessionKey(value: string | null): void {
    this.#sessionKey = value && value.length >= 8 ? value : null;
  }

  protected async getNewSessionKey(): Promise<string> {
    for (;;) {
      let key = "";
      for (let i = 0; i < 32; i++)
        key += VALID_KEY_CHARS[this.ctx.random.below(VALID_KEY_CHARS.length)];
      if (!(await this.exists(key))) return key;
    }
  }

  protected async getOrCreateSessionKey(): Promise<string> {
    if (this.#sessionKey === null) this.#sessionKey = await this.getNewSessionKey();
    return this.#sessionKey;
  }

  // --- loading ------------------------------------------------------------

  /** Django's _get_session: marks accessed, loads on first use. */
  protected async session(noLoad = false): Promise<SessionData> {
    this.accessed = true;
    if (this.sessionCache === undefined) {
      const loaded = this.sessionKey === null || noLoad ? new Map() : await this.load();
      // load() may have created a session (file engine) and set the cache itself;
      // Django then overwrites it with load()'s return value, and so do we.
      this.sessionCache = loaded;
    }
    return this.sessionCache;
  }

  /** The current data without loading: for panels that must not disturb the flags. */
  peek(): SessionData | undefined {
    return this.sessionCache;
  }

  // --- dict API -------------------------------------------------------------

  async contains(key: string): Promise<boolean> {
    return (await this.session()).has(key);
  }

  async getItem(key: string): Promise<unknown> {
    const data = await this.session();
    if (!data.has(key)) throw keyError(key);
    return data.get(key);
  }

  async setItem(key: string, value: unknown): Promise<void> {
    (await this.session()).set(key, value);
    this.modified = true;
  }

  async delItem(key: string): Promise<void> {
    const data = await this.session();
    if (!data.has(key)) throw keyError(key);
    data.delete(key);
    this.modified = true;
  }

  async get(key: string, fallback: unknown = null): Promise<unknown> {
    const data = await this.session();
    return data.has(key) ? data.get(key) : fallback;
  }

  /** pop(key) when `fallback` is omitted (undefined), pop(key, fallback) otherwise. */
  async pop(key: string, fallback?: unknown): Promise<unknown> {
    // Django: `self.modified = self.modified or key in self._session`. Python reads
    // self.modified before `in` loads the session, so a load that creates a new one (and
    // marks it modified) is overwritten: a pop of a missing key leaves it unmodified.
    const wasModified = this.modified;
    const data = await this.session();
    this.modified = wasModified || data.has(key);
    if (data.has(key)) {
      const value = data.get(key);
      data.delete(key);
      return value;
    }
    if (fallback === undefined) throw keyError(key);
    return fallback;
  }

  async setdefault(key: string, value: unknown): Promise<unknown> {
    const data = await this.session();
    if (data.has(key)) return data.get(key);
    this.modified = true;
    data.set(key, value);
    return value;
  }

  /** update(dict_): `arg` as Python's dict.update takes it (a dict, or pairs); loaded first, as Django does. */
  async update(arg: unknown): Promise<void> {
    const data = await this.session();
    for (const [k, v] of dictUpdatePairs(arg)) data.set(k, v);
    this.modified = true;
  }

  async keys(): Promise<string[]> {
    return [...(await this.session()).keys()];
  }

  async values(): Promise<unknown[]> {
    return [...(await this.session()).values()];
  }

  async items(): Promise<[string, unknown][]> {
    return [...(await this.session()).entries()];
  }

  /** Does not load: the data is about to be emptied anyway. */
  clear(): void {
    this.sessionCache = new Map();
    this.accessed = true;
    this.modified = true;
  }

  /** No key and nothing (or never anything) loaded. */
  isEmpty(): boolean {
    return (
      this.#sessionKey === null && (this.sessionCache === undefined || this.sessionCache.size === 0)
    );
  }

  // --- test cookie ----------------------------------------------------------

  setTestCookie(): Promise<void> {
    return this.setItem(TEST_COOKIE_NAME, TEST_COOKIE_VALUE);
  }

  async testCookieWorked(): Promise<boolean> {
    return (await this.get(TEST_COOKIE_NAME)) === TEST_COOKIE_VALUE;
  }

  deleteTestCookie(): Promise<void> {
    return this.delItem(TEST_COOKIE_NAME);
  }

  // --- encoding -------------------------------------------------------------

  protected signingKeys() {
    return { hmac: this.ctx.hmac, secretKey: this.ctx.settings.SECRET_KEY };
  }

  encode(data: SessionData): Promise<string> {
    return dumps(data, {
      ...this.signingKeys(),
      salt: this.keySalt,
      nowMs: this.ctx.clock.now(),
      compress: true,
    });
  }

  /** Never throws: a bad signature is logged as Django logs it, any other failure is silent. */
  async decode(sessionData: string): Promise<SessionData> {
    try {
      return toDataMap(
        await loads(sessionData, {
          ...this.signingKeys(),
          salt: this.keySalt,
          nowMs: this.ctx.clock.now(),
          parse: pyDictFromJson,
        }),
      );
    } catch (e) {
      if (e instanceof BadSignature) {
        this.ctx.logger.log({
          logger: "django.security.SuspiciousSession",
          level: "WARNING",
          message: "Session data corrupted",
        });
      }
      return new Map();
    }
  }

  // --- expiry ---------------------------------------------------------------

  protected now(): PyDateTime {
    return aware(this.ctx.clock.now());
  }

  getSessionCookieAge(): number {
    return this.ctx.settings.SESSION_COOKIE_AGE;
  }

  private async expiryArgs(opts: ExpiryOptions): Promise<[PyDateTime, unknown]> {
    const modification = opts.modification ?? this.now();
    const expiry = "expiry" in opts ? opts.expiry : await this.get(EXPIRY_KEY);
    return [modification, expiry];
  }

  /** Seconds left; an int expiry is returned as is (not relative to modification). */
  async getExpiryAge(opts: ExpiryOptions = {}): Promise<unknown> {
    const [modification, raw] = await this.expiryArgs(opts);
    if (!truthy(raw)) return this.getSessionCookieAge();
    if (typeof raw !== "string" && !isPyDateTime(raw)) return raw;
    const expiry = typeof raw === "string" ? fromisoformat(raw) : raw;
    // delta.days * 86400 + delta.seconds: whole seconds, floored toward -infinity.
    return Math.floor(subtract(expiry, modification) / 1000);
  }

  async getExpiryDate(opts: ExpiryOptions = {}): Promise<PyDateTime> {
    const [modification, raw] = await this.expiryArgs(opts);
    if (isPyDateTime(raw)) return raw;
    if (typeof raw === "string") return fromisoformat(raw);
    const stored = truthy(raw) ? raw : this.getSessionCookieAge();
    const seconds = isPyFloat(stored) ? stored.valueOf() : stored;
    if (typeof seconds !== "number" && typeof seconds !== "boolean") {
      throw new PythonError("TypeError", "unsupported type for timedelta seconds component");
    }
    return {
      epochMs: inDateRange(modification.epochMs + timedeltaMs(Number(seconds))),
      offsetMinutes: modification.offsetMinutes,
    };
  }

  async setExpiry(value: ExpiryValue): Promise<void> {
    if (value === null) {
      try {
        await this.delItem(EXPIRY_KEY);
      } catch (e) {
        if (!(e instanceof PythonError && e.pythonName === "KeyError")) throw e;
      }
      return;
    }
    let stored: unknown = value;
    if (typeof value === "object" && "timedelta" in value) {
      stored = isoformat(aware(inDateRange(this.ctx.clock.now() + timedeltaMs(value.timedelta))));
    } else if (isPyDateTime(value)) {
      stored = isoformat(value);
    }
    await this.setItem(EXPIRY_KEY, stored);
  }

  async getExpireAtBrowserClose(): Promise<boolean> {
    const expiry = await this.get(EXPIRY_KEY);
    if (expiry === null) return this.ctx.settings.SESSION_EXPIRE_AT_BROWSER_CLOSE;
    // Python: 0 == 0, 0.0 == 0 and False == 0.
    return expiry === 0 || expiry === false || (isPyFloat(expiry) && expiry.valueOf() === 0);
  }

  // --- lifecycle --------------------------------------------------------------

  async flush(): Promise<void> {
    this.clear();
    await this.delete();
    this.setSessionKey(null);
  }

  async cycleKey(): Promise<void> {
    const data = await this.session();
    const key = this.sessionKey;
    await this.create();
    this.sessionCache = data;
    if (key) await this.delete(key);
  }

  // --- the backend contract -------------------------------------------------

  abstract exists(sessionKey: string | null): Promise<boolean>;
  abstract create(): Promise<void>;
  abstract save(mustCreate?: boolean): Promise<void>;
  abstract delete(sessionKey?: string | null): Promise<void>;
  abstract load(): Promise<SessionData>;
}

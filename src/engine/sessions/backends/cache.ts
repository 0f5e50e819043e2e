import type { EngineContext } from "../../EngineContext.ts";
import type { LocMemCache } from "../../cache/locMemCache.ts";
import { PythonError } from "../../python/PythonError.ts";
import { SessionBase, type SessionData } from "../SessionBase.ts";
import { CreateError, UpdateError } from "../errors.ts";

export const CACHE_KEY_PREFIX = "django.contrib.sessions.cache";

/** django.contrib.sessions.backends.cache: the dict itself in a cache entry. */
export class CacheSessionStore extends SessionBase {
  protected readonly cache: LocMemCache;
  protected readonly cacheKeyPrefix: string = CACHE_KEY_PREFIX;

  constructor(ctx: EngineContext, sessionKey: string | null = null) {
    super(ctx, sessionKey);
    this.cache = ctx.caches.cache(ctx.settings, ctx.settings.SESSION_CACHE_ALIAS);
  }

  protected async cacheKey(): Promise<string> {
    return this.cacheKeyPrefix + (await this.getOrCreateSessionKey());
  }

  async load(): Promise<SessionData> {
    const data = this.cache.get(await this.cacheKey());
    if (data !== undefined && data !== null) return data as SessionData;
    this.setSessionKey(null);
    return new Map();
  }

  async create(): Promise<void> {
    for (let i = 0; i < 10000; i++) {
      this.setSessionKey(await this.getNewSessionKey());
      try {
        await this.save(true);
      } catch (e) {
        if (e instanceof CreateError) continue;
        throw e;
      }
      this.modified = true;
      return;
    }
    throw new PythonError(
      "RuntimeError",
      "Unable to create a new session key. It is likely that the cache is unavailable.",
    );
  }

  async save(mustCreate = false): Promise<void> {
    if (this.sessionKey === null) return this.create();
    const key = await this.cacheKey();
    let write: "add" | "set";
    if (mustCreate) write = "add";
    else if (this.cache.get(key) !== undefined) write = "set";
    else throw new UpdateError();
    const data = await this.session(mustCreate);
    const timeout = (await this.getExpiryAge()) as number;
    if (write === "add") {
      if (!this.cache.add(key, data, timeout)) throw new CreateError();
    } else {
      this.cache.set(key, data, timeout);
    }
  }

  async exists(sessionKey: string | null): Promise<boolean> {
    return Boolean(sessionKey) && this.cache.has(this.cacheKeyPrefix + sessionKey);
  }

  async delete(sessionKey: string | null = null): Promise<void> {
    const key = sessionKey ?? this.sessionKey;
    if (key === null) return;
    this.cache.delete(this.cacheKeyPrefix + key);
  }

  /** Nothing to do: the cache expires its own entries. */
  static async clearExpired(_ctx: EngineContext): Promise<void> {}
}

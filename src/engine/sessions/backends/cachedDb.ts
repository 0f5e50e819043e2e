import type { EngineContext } from "../../EngineContext.ts";
import type { LocMemCache } from "../../cache/locMemCache.ts";
import { DbSessionStore } from "./db.ts";
import type { SessionData } from "../SessionBase.ts";

export const CACHED_DB_KEY_PREFIX = "django.contrib.sessions.cached_db";

/** django.contrib.sessions.backends.cached_db: write-through cache over the db engine. */
export class CachedDbSessionStore extends DbSessionStore {
  private readonly cache: LocMemCache;

  constructor(ctx: EngineContext, sessionKey: string | null = null) {
    super(ctx, sessionKey);
    this.cache = ctx.caches.cache(ctx.settings, ctx.settings.SESSION_CACHE_ALIAS);
  }

  private async cacheKey(): Promise<string> {
    return CACHED_DB_KEY_PREFIX + (await this.getOrCreateSessionKey());
  }

  override async load(): Promise<SessionData> {
    const cached = this.cache.get(await this.cacheKey());
    if (cached !== undefined && cached !== null) return cached as SessionData;
    const row = await this.getSessionFromDb();
    if (!row) return new Map();
    const data = await this.decode(row.session_data);
    // Cached for what is left of the row's life.
    const timeout = (await this.getExpiryAge({
      expiry: { epochMs: row.expire_date, offsetMinutes: 0 },
    })) as number;
    this.cache.set(await this.cacheKey(), data, timeout);
    return data;
  }

  override async exists(sessionKey: string | null): Promise<boolean> {
    return (
      (Boolean(sessionKey) && this.cache.has(CACHED_DB_KEY_PREFIX + sessionKey)) ||
      super.exists(sessionKey)
    );
  }

  override async save(mustCreate = false): Promise<void> {
    await super.save(mustCreate);
    // Django logs and swallows any error of the cache write: an expiry age it cannot
    // compute (a naive datetime) or a timeout the cache cannot use.
    try {
      this.cache.set(
        await this.cacheKey(),
        await this.session(),
        (await this.getExpiryAge()) as number,
      );
    } catch (e) {
      this.ctx.logger.log({
        logger: "django.contrib.sessions",
        level: "ERROR",
        message:
          "Error saving to cache (<django.core.cache.backends.locmem.LocMemCache object>)\n" +
          (e instanceof Error ? `${e.name}: ${e.message}` : String(e)),
      });
    }
  }

  override async delete(sessionKey: string | null = null): Promise<void> {
    await super.delete(sessionKey);
    const key = sessionKey ?? this.sessionKey;
    if (key === null) return;
    this.cache.delete(CACHED_DB_KEY_PREFIX + key);
  }

  override async flush(): Promise<void> {
    this.clear();
    await this.delete(this.sessionKey);
    this.setSessionKey(null);
  }
}

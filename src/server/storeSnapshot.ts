import { loads } from "../engine/signing/signing.ts";
import { isoUtc } from "../engine/python/pyDateTime.ts";
import { makeCacheKey } from "../engine/cache/locMemCache.ts";
import { CACHE_KEY_PREFIX } from "../engine/sessions/backends/cache.ts";
import { CACHED_DB_KEY_PREFIX } from "../engine/sessions/backends/cachedDb.ts";
import { splitPath } from "../engine/storage/SimFileSystem.ts";
import type { DjangoServer } from "./DjangoServer.ts";
import type { EngineContext } from "../engine/EngineContext.ts";
import type { SessionRow } from "../engine/storage/SessionTable.ts";

/** One stored session, as the trace and the store panel show it. */
export interface StoreEntry {
  backend: "db" | "cache" | "file";
  key: string;
  /** The decoded dict; null when it does not verify with the current SECRET_KEY. */
  data: Record<string, unknown> | null;
  /** expire_date (db) or the cache entry's expiry (cache), ISO UTC; null for files and never-expiring entries. */
  expires: string | null;
  /** The encoded string as stored; null for cache entries, which hold the dict itself. */
  raw: string | null;
}

const SESSION_SALT = "django.contrib.sessions.SessionStore";

/** session_data decoded with the current SECRET_KEY; null when it does not verify or is not a dict. */
export async function decodeSessionData(
  ctx: EngineContext,
  raw: string,
): Promise<Record<string, unknown> | null> {
  try {
    const data = await loads(raw, {
      hmac: ctx.hmac,
      secretKey: ctx.settings.SECRET_KEY,
      salt: SESSION_SALT,
      nowMs: ctx.clock.now(),
    });
    return typeof data === "object" && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** One django_session row as the store shows it. */
export async function dbEntry(ctx: EngineContext, row: SessionRow): Promise<StoreEntry> {
  return {
    backend: "db",
    key: row.session_key,
    data: await decodeSessionData(ctx, row.session_data),
    expires: isoUtc(row.expire_date),
    raw: row.session_data,
  };
}

const objectOf = (data: unknown) =>
  data instanceof Map ? Object.fromEntries(data) : (data as Record<string, unknown>);

/**
 * Every session the server holds, across all backends, sorted by backend then
 * key: the rows of django_session, live local-memory cache entries under the
 * session prefixes, and files named with SESSION_COOKIE_NAME.
 */
export async function storeSnapshot(server: DjangoServer): Promise<StoreEntry[]> {
  const { ctx } = server;
  const entries: StoreEntry[] = [];
  for (const row of await ctx.db.all()) entries.push(await dbEntry(ctx, row));
  const now = ctx.clock.now();
  const prefixes = [makeCacheKey(CACHED_DB_KEY_PREFIX), makeCacheKey(CACHE_KEY_PREFIX)];
  for (const store of server.cacheRegistry.stores.values()) {
    for (const [cacheKey, value] of store.entries) {
      const prefix = prefixes.find((p) => cacheKey.startsWith(p));
      const exp = store.expires.get(cacheKey) ?? null;
      if (!prefix || (exp !== null && exp <= now)) continue;
      entries.push({
        backend: "cache",
        key: cacheKey.slice(prefix.length),
        data: objectOf(value),
        expires: exp === null ? null : isoUtc(exp),
        raw: null,
      });
    }
  }
  const filePrefix = ctx.settings.SESSION_COOKIE_NAME;
  for (const [path, file] of await ctx.fs.all()) {
    const name = splitPath(path)[1];
    if (!name.startsWith(filePrefix)) continue;
    entries.push({
      backend: "file",
      key: name.slice(filePrefix.length),
      data: await decodeSessionData(ctx, file.content),
      expires: null,
      raw: file.content,
    });
  }
  const order = { cache: 0, db: 1, file: 2 };
  return entries.sort(
    (a, b) => order[a.backend] - order[b.backend] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

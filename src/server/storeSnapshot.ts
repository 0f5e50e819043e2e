import { loads } from "../engine/signing/signing.ts";
import { plainIfOrdered, type PyDict } from "../engine/python/plainIfOrdered.ts";
import { isPyFloat } from "../engine/python/pyFloat.ts";
import { pyJsonLoads } from "../engine/python/pyJsonLoads.ts";
import { isoUtc } from "../engine/python/pyDateTime.ts";
import { makeCacheKey } from "../engine/cache/locMemCache.ts";
import { CACHE_KEY_PREFIX } from "../engine/sessions/backends/cache.ts";
import { CACHED_DB_KEY_PREFIX } from "../engine/sessions/backends/cachedDb.ts";
import { splitPath } from "../engine/storage/SimFileSystem.ts";
import type { DjangoServer } from "./DjangoServer.ts";
import type { EngineContext } from "../engine/EngineContext.ts";
import type { Hmac } from "../engine/ports.ts";
import type { SessionRow } from "../engine/storage/SessionTable.ts";

/** One stored session, as the trace and the store panel show it. */
export interface StoreEntry {
  backend: "db" | "cache" | "file";
  key: string;
  /** The decoded dict; null when it does not verify with the current SECRET_KEY. */
  data: PyDict | null;
  /** expire_date (db) or the cache entry's expiry (cache), ISO UTC; null for files and never-expiring entries. */
  expires: string | null;
  /** The encoded string as stored; null for cache entries, which hold the dict itself. */
  raw: string | null;
}

const SESSION_SALT = "django.contrib.sessions.SessionStore";

type Decoded = PyDict | null;

/** session_data decoded with the current SECRET_KEY; null when it does not verify or is not a dict. */
export async function decodeSessionData(ctx: EngineContext, raw: string): Promise<Decoded> {
  try {
    const data = await loads(raw, {
      hmac: ctx.hmac,
      secretKey: ctx.settings.SECRET_KEY,
      salt: SESSION_SALT,
      nowMs: ctx.clock.now(),
      parse: pyJsonLoads,
    });
    return typeof data === "object" && data !== null && !Array.isArray(data) && !isPyFloat(data)
      ? (data as PyDict)
      : null;
  } catch {
    return null;
  }
}

/** One django_session row as the store shows it. */
export async function dbEntry(
  ctx: EngineContext,
  row: SessionRow,
  decode = (raw: string) => decodeSessionData(ctx, raw),
): Promise<StoreEntry> {
  return {
    backend: "db",
    key: row.session_key,
    data: await decode(row.session_data),
    expires: isoUtc(row.expire_date),
    raw: row.session_data,
  };
}

/**
 * What the last snapshot decoded, per Hmac (one per playground): a step
 * changes a row or two, and checking every row's signature again on every
 * step costs a Web Crypto call per row. Only SECRET_KEY and the stored string
 * decide the result (no age is checked), so that is the key.
 */
const lastDecoded = new WeakMap<Hmac, { secretKey: string; byRaw: Map<string, Decoded> }>();

/** decodeSessionData for a whole snapshot, reusing the previous snapshot's results. */
function snapshotDecoder(ctx: EngineContext) {
  const { SECRET_KEY: secretKey } = ctx.settings;
  const last = lastDecoded.get(ctx.hmac);
  const previous = last?.secretKey === secretKey ? last.byRaw : new Map<string, Decoded>();
  const byRaw = new Map<string, Decoded>();
  lastDecoded.set(ctx.hmac, { secretKey, byRaw });
  return async (raw: string): Promise<Decoded> => {
    const data = previous.has(raw) ? previous.get(raw)! : await decodeSessionData(ctx, raw);
    byRaw.set(raw, data);
    return data;
  };
}

/** The session's dict as pyJsonLoads gives dicts: a plain object unless that would reorder it. */
const objectOf = (data: unknown): PyDict =>
  data instanceof Map ? plainIfOrdered(data as Map<string, unknown>) : (data as PyDict);

/**
 * Every session the server holds, across all backends, sorted by backend then
 * key: the rows of django_session, live local-memory cache entries under the
 * session prefixes, and files named with SESSION_COOKIE_NAME.
 */
export async function storeSnapshot(server: DjangoServer): Promise<StoreEntry[]> {
  const { ctx } = server;
  const decode = snapshotDecoder(ctx);
  const [rows, files] = await Promise.all([ctx.db.all(), ctx.fs.all()]);
  const entries = await Promise.all(rows.map((row) => dbEntry(ctx, row, decode)));
  const now = ctx.clock.now();
  const prefixes = [makeCacheKey(CACHED_DB_KEY_PREFIX), makeCacheKey(CACHE_KEY_PREFIX)];
  for (const store of server.cacheRegistry.stores.values()) {
    for (const [cacheKey, value] of store.entries) {
      const prefix = prefixes.find((p) => cacheKey.startsWith(p));
      if (!prefix || store.hasExpired(cacheKey, now)) continue;
      const exp = store.expires.get(cacheKey) ?? null;
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
  for (const [path, file] of files) {
    const name = splitPath(path)[1];
    if (!name.startsWith(filePrefix)) continue;
    entries.push({
      backend: "file",
      key: name.slice(filePrefix.length),
      data: await decode(file.content),
      expires: null,
      raw: file.content,
    });
  }
  const order = { cache: 0, db: 1, file: 2 };
  return entries.sort(
    (a, b) => order[a.backend] - order[b.backend] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

import type { EngineContext } from "../EngineContext.ts";
import { engineName, type EngineName } from "../conf/settings.ts";
import type { SessionBase } from "./SessionBase.ts";
import { CacheSessionStore } from "./backends/cache.ts";
import { CachedDbSessionStore } from "./backends/cachedDb.ts";
import { DbSessionStore } from "./backends/db.ts";
import { FileSessionStore } from "./backends/file.ts";
import { SignedCookiesSessionStore } from "./backends/signedCookies.ts";

export interface SessionStoreClass {
  new (ctx: EngineContext, sessionKey?: string | null): SessionBase;
  clearExpired(ctx: EngineContext): Promise<void>;
}

const STORES: Record<EngineName, SessionStoreClass> = {
  db: DbSessionStore,
  cache: CacheSessionStore,
  cached_db: CachedDbSessionStore,
  file: FileSessionStore,
  signed_cookies: SignedCookiesSessionStore,
};

/** import_module(settings.SESSION_ENGINE).SessionStore */
export function sessionStoreFor(ctx: EngineContext): SessionStoreClass {
  return STORES[engineName(ctx.settings)];
}

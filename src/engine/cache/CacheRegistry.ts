import type { Clock } from "../ports.ts";
import type { Settings } from "../conf/settings.ts";
import { LocMemCache, LocMemStore } from "./locMemCache.ts";

/**
 * django.core.cache.caches for local-memory caches: aliases come from
 * settings.CACHES, storage is shared by LOCATION for the life of the server
 * process, and a restart empties it.
 */
export class CacheRegistry {
  readonly stores = new Map<string, LocMemStore>();

  constructor(private readonly clock: Clock) {}

  cache(settings: Settings, alias: string): LocMemCache {
    const config = settings.CACHES[alias];
    if (!config) throw new Error(`The connection '${alias}' doesn't exist.`);
    let store = this.stores.get(config.LOCATION);
    if (!store) {
      store = new LocMemStore();
      this.stores.set(config.LOCATION, store);
    }
    return new LocMemCache(store, config, this.clock);
  }

  restart(): void {
    this.stores.clear();
  }
}

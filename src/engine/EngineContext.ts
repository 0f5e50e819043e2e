import type { CacheRegistry } from "./cache/CacheRegistry.ts";
import type { Settings } from "./conf/settings.ts";
import type { Clock, Hmac, Logger, RandomSource } from "./ports.ts";
import type { SessionTable } from "./storage/SessionTable.ts";
import type { SimFileSystem } from "./storage/SimFileSystem.ts";

/**
 * Everything Django's session code reaches through globals (settings, caches,
 * the database, the disk, the clock, secrets, logging), in one object that a
 * server process owns. Settings are read at call time, as Django reads
 * django.conf.settings.
 */
export interface EngineContext {
  readonly settings: Settings;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly hmac: Hmac;
  readonly logger: Logger;
  readonly db: SessionTable;
  readonly fs: SimFileSystem;
  readonly caches: CacheRegistry;
}

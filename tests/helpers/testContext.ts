import { cryptoRandom } from "../../src/adapters/cryptoRandom.ts";
import { webCryptoHmac } from "../../src/adapters/webCryptoHmac.ts";
import { CacheRegistry } from "../../src/engine/cache/CacheRegistry.ts";
import { VirtualClock } from "../../src/engine/clock.ts";
import { applySettings, DEFAULT_SETTINGS } from "../../src/engine/conf/settings.ts";
import type { EngineContext } from "../../src/engine/EngineContext.ts";
import type { LogRecord } from "../../src/engine/ports.ts";
import { memoryFileSystem } from "../../src/engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../../src/engine/storage/memorySessionTable.ts";

export const START = Date.UTC(2026, 0, 1);
const hmac = webCryptoHmac();

/** A fresh server-side world for engine tests: virtual clock at 2026-01-01, memory storage, real HMAC. */
export function testContext(
  settings: Record<string, unknown> = {},
  overrides: Partial<EngineContext> = {},
) {
  const clock = new VirtualClock(START);
  const logs: LogRecord[] = [];
  const ctx: EngineContext = {
    settings: applySettings(DEFAULT_SETTINGS, { SECRET_KEY: "test-secret", ...settings }),
    clock,
    random: cryptoRandom(),
    hmac,
    logger: { log: (r) => logs.push(r) },
    db: memorySessionTable(),
    fs: memoryFileSystem(),
    caches: new CacheRegistry(clock),
    ...overrides,
  };
  return { ctx, clock, logs };
}

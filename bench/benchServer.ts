import { applySettings, DEFAULT_SETTINGS } from "../src/engine/conf/settings.ts";
import { VirtualClock } from "../src/engine/clock.ts";
import type { Hmac, RandomSource } from "../src/engine/ports.ts";
import { sessionStoreFor } from "../src/engine/sessions/sessionStoreFor.ts";
import { memoryFileSystem } from "../src/engine/storage/memoryFileSystem.ts";
import type { SessionTable } from "../src/engine/storage/SessionTable.ts";
import { DjangoServer } from "../src/server/DjangoServer.ts";
import { BENCH_NOW, BENCH_SECRET_KEY } from "./rows.ts";

/**
 * A server process on the db engine over `db`, at BENCH_NOW, built as
 * runScenario builds one. Browser-safe: the Chromium page uses it too.
 */
export function benchServer(db: SessionTable, hmac: Hmac, random: RandomSource): DjangoServer {
  return new DjangoServer({
    settings: applySettings(DEFAULT_SETTINGS, {
      SECRET_KEY: BENCH_SECRET_KEY,
      SESSION_ENGINE: "django.contrib.sessions.backends.db",
    }),
    clock: new VirtualClock(BENCH_NOW),
    random,
    hmac,
    logger: { log() {} },
    db,
    fs: memoryFileSystem(),
  });
}

/** session_data for {"k": "v"}, encoded by the server's own SessionStore: what a real row holds. */
export function benchSessionData(server: DjangoServer): Promise<string> {
  const Store = sessionStoreFor(server.ctx);
  return new Store(server.ctx).encode(new Map([["k", "v"]]));
}

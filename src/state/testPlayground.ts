import { webCryptoHmac } from "../adapters/webCryptoHmac.ts";
import { memoryFileSystem } from "../engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../engine/storage/memorySessionTable.ts";
import { createPlayground, type PlaygroundDeps } from "./createPlayground.ts";

/**
 * For tests: a real playground core in memory, its clock at 2026-01-01,
 * saving nowhere, started and ready for actions.
 */
export async function testPlayground(overrides: Partial<PlaygroundDeps> = {}) {
  const store = createPlayground({
    hmac: webCryptoHmac(),
    db: memorySessionTable(),
    fs: memoryFileSystem(),
    transport: (server) => (r) => server.handle(r),
    load: async () => undefined,
    save: async () => undefined,
    wallClock: () => Date.UTC(2026, 0, 1),
    ...overrides,
  });
  await store.getState().init();
  return store;
}

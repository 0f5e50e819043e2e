import { cryptoRandom } from "../adapters/cryptoRandom.ts";
import { webCryptoHmac } from "../adapters/webCryptoHmac.ts";
import type { RunOptions } from "../scenario/runScenario.ts";
import { directTransport } from "../server/msw/directTransport.ts";
import { sessionLabHandlers } from "../server/msw/sessionLabHandlers.ts";

/**
 * How the CLI runs a scenario (the bench measures exactly this): Web Crypto
 * HMAC, random keys, requests through MSW's handlers with no service worker,
 * and runScenario's in-memory django_session and disk.
 */
export function cliRunOptions(): RunOptions {
  return {
    hmac: webCryptoHmac(),
    random: cryptoRandom(),
    transport: (server) => directTransport(sessionLabHandlers((r) => server.handle(r))),
  };
}

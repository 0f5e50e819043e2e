import { getResponse, type RequestHandler } from "msw";
import type { Transport, WireResponse } from "../wire.ts";
import { EXCHANGE_PATH } from "./sessionLabHandlers.ts";

/**
 * The same MSW handlers with no service worker: Node (the CLI, tests) and
 * pages served over plain http on a LAN address, where browsers offer none.
 */
export function directTransport(handlers: RequestHandler[], base = "http://localhost"): Transport {
  return async (wire) => {
    const request = new Request(base + EXCHANGE_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(wire),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error("no handler answered the simulated request");
    return (await response.json()) as WireResponse;
  };
}

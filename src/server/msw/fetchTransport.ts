import type { Transport, WireResponse } from "../wire.ts";
import { EXCHANGE_PATH } from "./sessionLabHandlers.ts";
import { simulationFailureOf } from "./simulationFailureOf.ts";

/** Through the page's real fetch, which MSW's service worker intercepts. */
export function fetchTransport(base = ""): Transport {
  return async (wire) => {
    const response = await fetch(base + EXCHANGE_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(wire),
    });
    if (!response.ok) throw await simulationFailureOf(response);
    return (await response.json()) as WireResponse;
  };
}

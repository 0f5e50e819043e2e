import { SimulationFailure } from "../SimulationFailure.ts";
import type { Transport, WireResponse } from "../wire.ts";
import { EXCHANGE_PATH } from "./sessionLabHandlers.ts";

/** Through the page's real fetch, which MSW's service worker intercepts. */
export function fetchTransport(base = ""): Transport {
  return async (wire) => {
    const response = await fetch(base + EXCHANGE_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(wire),
    });
    if (!response.ok) throw new SimulationFailure(await failureOf(response));
    return (await response.json()) as WireResponse;
  };
}

/** MSW answers a handler's exception with a 500 whose JSON body names it. */
async function failureOf(response: Response): Promise<string> {
  try {
    const { name, message } = (await response.json()) as { name?: unknown; message?: unknown };
    if (typeof message === "string") return `${String(name ?? "Error")}: ${message}`;
  } catch {
    // Not MSW's JSON: the status is all there is to say.
  }
  return `HTTP ${response.status} from the simulated server`;
}

import { http } from "msw";
import type { WireRequest, WireResponse } from "../wire.ts";
import { jsonResponse } from "./jsonResponse.ts";

/** Where the page sends a simulated exchange. Same-origin, so a service worker sees it. */
export const EXCHANGE_PATH = "/__session_lab__/http";

function isWireRequest(v: unknown): v is WireRequest {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.method === "string" &&
    typeof r.url === "string" &&
    typeof r.body === "string" &&
    Array.isArray(r.headers) &&
    r.headers.every(
      (h) => Array.isArray(h) && h.length === 2 && h.every((x) => typeof x === "string"),
    )
  );
}

/**
 * The MSW request handlers in front of the simulated Django server.
 * A browser's fetch cannot send a Cookie header, read Set-Cookie, or stop
 * at a redirect, so the whole simulated exchange travels as JSON: the
 * simulated browser's request in the body, the server's response back.
 */
export function sessionLabHandlers(handle: (request: WireRequest) => Promise<WireResponse>) {
  return [
    http.post(`*${EXCHANGE_PATH}`, async ({ request }) => {
      let wire: unknown;
      try {
        wire = await request.json();
      } catch {
        return jsonResponse({ error: "the body must be a JSON exchange" }, 400);
      }
      if (!isWireRequest(wire)) {
        return jsonResponse({ error: "the body must be {method, url, headers, body}" }, 400);
      }
      return jsonResponse(await handle(wire));
    }),
  ];
}

/**
 * The transport floor of `npm run bench` (bench/ui.ts): the playground's kind
 * of exchange — a POST with a JSON body, answered with JSON through an MSW
 * handler — where the handler does only one IndexedDB readwrite transaction
 * (get + put of a small record). Built with Vite (bench/page/floor.html) and
 * served next to the app, so the service worker is the app's own
 * mockServiceWorker.js. Driven through window.floorBench.
 *
 *   mode "sw":     setupWorker(...).start() and the page's fetch, as fetchTransport does;
 *   mode "direct": no worker, the app's own directTransport (msw's getResponse).
 */
import { openDB, type IDBPDatabase } from "idb";
import { http, type RequestHandler } from "msw";
import { directTransport } from "../../src/server/msw/directTransport.ts";
import { jsonResponse } from "../../src/server/msw/jsonResponse.ts";
import { EXCHANGE_PATH } from "../../src/server/msw/sessionLabHandlers.ts";
import type { Transport, WireRequest } from "../../src/server/wire.ts";
import { quietBeforeClick } from "./pause.ts";

const PATH = "/__bench_floor__/http";

let db: IDBPDatabase;
let reply: unknown = {};
let handlers: RequestHandler[] = [];
let mode: "sw" | "direct" = "direct";
let direct: Transport | null = null;
/** The exchange the direct mode sends, parsed once: the app, too, starts from an object. */
let parsed: { body: string; wire: WireRequest } | null = null;

async function exchange(body: string): Promise<unknown> {
  if (mode === "sw") {
    const response = await fetch(PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    if (!response.ok) throw new Error(`the floor handler answered ${response.status}`);
    return response.json();
  }
  if (parsed?.body !== body) parsed = { body, wire: JSON.parse(body) as WireRequest };
  // directTransport serializes the exchange itself, as it does for the app.
  return direct!(parsed.wire);
}

const floorBench = {
  /** Opens the floor's database and installs the handler, with the service worker or without. */
  async start(wanted: "sw" | "direct"): Promise<{ mode: string; secure: boolean }> {
    db = await openDB("bench-floor", 1, {
      upgrade(d) {
        d.createObjectStore("kv");
      },
    });
    handlers = [
      http.post(`*${wanted === "sw" ? PATH : EXCHANGE_PATH}`, async ({ request }) => {
        const wire = (await request.json()) as { url?: unknown };
        if (typeof wire.url !== "string") return jsonResponse({}, 400);
        // The only work: one readwrite transaction, a get and a put of a small record.
        const tx = db.transaction("kv", "readwrite");
        const old = (await tx.store.get("row")) as { n: number } | undefined;
        await tx.store.put({ n: (old?.n ?? 0) + 1, url: wire.url }, "row");
        await tx.done;
        return jsonResponse(reply);
      }),
    ];
    mode = wanted;
    if (wanted === "direct") direct = directTransport(handlers, location.origin);
    if (wanted === "sw") {
      const { setupWorker } = await import("msw/browser");
      await setupWorker(...handlers).start({
        serviceWorker: { url: "/mockServiceWorker.js" },
        onUnhandledRequest: "bypass",
        quiet: true,
      });
    }
    return { mode, secure: window.isSecureContext };
  },

  /**
   * `warmup` then `count` sequential exchanges carrying `requestBody` (a JSON
   * text), each answered with `responseBody` (JSON, re-serialized per
   * request as the app's handler does); the measured durations in ms.
   * `paced`: each exchange starts from the same quiet as a timed step's click
   * (uiProbe.step); otherwise each starts as soon as the last one ended.
   */
  async run(
    count: number,
    warmup: number,
    requestBody: string,
    responseBody: string,
    paced: boolean,
  ): Promise<number[]> {
    reply = JSON.parse(responseBody);
    const out: number[] = [];
    for (let i = 0; i < warmup + count; i++) {
      if (paced) await quietBeforeClick();
      const t0 = performance.now();
      await exchange(requestBody);
      if (i >= warmup) out.push(performance.now() - t0);
    }
    return out;
  },
};

export type FloorBench = typeof floorBench;

(globalThis as unknown as { floorBench: FloorBench }).floorBench = floorBench;

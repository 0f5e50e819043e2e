import { getResponse, type RequestHandler } from "msw";
import type { Transport, WireResponse } from "../wire.ts";
import { EXCHANGE_PATH } from "./sessionLabHandlers.ts";
import { SimulationFailure } from "../SimulationFailure.ts";
import { simulationFailureOf } from "./simulationFailureOf.ts";

const utf8 = new TextEncoder();

/**
 * The body as a one-chunk stream, not a string. MSW clones every request it
 * handles; Chromium clones a string body by registering a Blob with the
 * browser process (a synchronous IPC) and then reads it back through a data
 * pipe: about 0.7 ms a step, and a task hop in which the page may render. A
 * stream body is cloned by a tee in the page's own JavaScript.
 */
function streamOf(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(utf8.encode(text));
      controller.close();
    },
  });
}

let streamBodies: boolean | undefined;
/**
 * Whether a Request takes a stream as its body (Chromium 105+, Node). Elsewhere
 * (Firefox, Safari) the stream would be sent as the text "[object ReadableStream]":
 * those get the string. The test is the one web.dev gives: a runtime that knows
 * stream bodies reads `duplex` and adds no text Content-Type.
 */
function takesStreamBodies(): boolean {
  if (streamBodies === undefined) {
    let duplexRead = false;
    const init = {
      method: "POST",
      body: new ReadableStream(),
      get duplex() {
        duplexRead = true;
        return "half";
      },
    };
    try {
      const textType = new Request("http://localhost/", init).headers.has("content-type");
      streamBodies = duplexRead && !textType;
    } catch {
      streamBodies = false;
    }
  }
  return streamBodies;
}

/**
 * The same MSW handlers with no service worker: Node (the CLI, tests) and
 * pages served over plain http on a LAN address, where browsers offer none.
 */
export function directTransport(handlers: RequestHandler[], base = "http://localhost"): Transport {
  return async (wire) => {
    // duplex is required with a stream body (the Fetch standard's half-duplex
    // upload); TypeScript's DOM types do not list it yet.
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: takesStreamBodies() ? streamOf(JSON.stringify(wire)) : JSON.stringify(wire),
      duplex: "half",
    };
    const request = new Request(base + EXCHANGE_PATH, init);
    let response: Response | undefined;
    try {
      response = await getResponse(handlers, request);
    } catch (e) {
      // What the service worker's path reports as MSW's 500 (see fetchTransport).
      throw SimulationFailure.of(e);
    }
    if (!response) throw new SimulationFailure("no handler answered the simulated request");
    if (!response.ok) throw await simulationFailureOf(response);
    return (await response.json()) as WireResponse;
  };
}

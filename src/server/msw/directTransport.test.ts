import { getResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import type { WireRequest } from "../wire.ts";
import { directTransport } from "./directTransport.ts";
import { SimulationFailure } from "../SimulationFailure.ts";
import { EXCHANGE_PATH, sessionLabHandlers } from "./sessionLabHandlers.ts";

const wire: WireRequest = {
  method: "POST",
  url: "http://testserver/ops/",
  headers: [
    ["cookie", "sessionid=abc"],
    ["content-type", "application/json"],
  ],
  body: JSON.stringify({ ops: [["set", "名前", "値"]] }),
};

describe("directTransport", () => {
  it("hands the whole simulated request to the server and brings its response back", async () => {
    const seen: WireRequest[] = [];
    const transport = directTransport(
      sessionLabHandlers(async (request) => {
        seen.push(request);
        return {
          status: 302,
          headers: [
            ["set-cookie", "a=1; Path=/"],
            ["set-cookie", "b=2; Path=/"],
          ],
          body: "",
        };
      }),
    );
    const response = await transport(wire);
    expect(seen).toEqual([wire]);
    expect(response).toEqual({
      status: 302,
      headers: [
        ["set-cookie", "a=1; Path=/"],
        ["set-cookie", "b=2; Path=/"],
      ],
      body: "",
    });
  });

  it("sends one exchange after another, each with its own body", async () => {
    const transport = directTransport(
      sessionLabHandlers(async (request) => ({ status: 200, headers: [], body: request.url })),
    );
    const urls = ["http://testserver/a/", "http://testserver/b/", "http://testserver/c/"];
    const bodies = [];
    for (const url of urls) bodies.push((await transport({ ...wire, url })).body);
    expect(bodies).toEqual(urls);
  });

  it("sends a string body where a Request would turn a stream into its text (Firefox, Safari)", async () => {
    const Real = globalThis.Request;
    // As such a browser does: `duplex` is never read, and a stream body becomes String(stream).
    class NoStreamBodies extends Real {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        const body = init?.body instanceof ReadableStream ? String(init.body) : init?.body;
        super(input, { method: init?.method, headers: init?.headers, body });
      }
    }
    vi.resetModules();
    vi.stubGlobal("Request", NoStreamBodies);
    try {
      const fresh = await import("./directTransport.ts");
      const seen: WireRequest[] = [];
      const transport = fresh.directTransport(
        sessionLabHandlers(async (request) => {
          seen.push(request);
          return { status: 200, headers: [], body: "ok" };
        }),
      );
      expect((await transport(wire)).body).toBe("ok");
      expect(seen).toEqual([wire]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("fails with a clear error when no handler answers", async () => {
    await expect(directTransport([])(wire)).rejects.toThrow(
      "no handler answered the simulated request",
    );
  });

  it("reports a malformed exchange as a failure of the simulation, as the service worker's path does", async () => {
    const transport = directTransport(
      sessionLabHandlers(async () => ({ status: 200, headers: [], body: "" })),
    );
    const failure = await transport({ url: "http://testserver/" } as WireRequest).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(SimulationFailure);
    expect((failure as Error).message).toBe("the body must be {method, url, headers, body}");
  });

  it("reports a server that throws as a failure of the simulation, naming the error", async () => {
    const transport = directTransport(
      sessionLabHandlers(async () => {
        throw new URIError("URI malformed");
      }),
    );
    const failure = await transport(wire).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SimulationFailure);
    expect((failure as Error).message).toBe("URIError: URI malformed");
  });
});

describe("sessionLabHandlers", () => {
  const handlers = sessionLabHandlers(async () => ({ status: 200, headers: [], body: "" }));
  const post = (body: string) =>
    getResponse(
      handlers,
      new Request(`http://localhost${EXCHANGE_PATH}`, { method: "POST", body }),
    );

  it("answers 400 to a body that is not JSON", async () => {
    const response = await post("{not json");
    expect(response?.status).toBe(400);
    expect(await response?.json()).toEqual({ error: "the body must be a JSON exchange" });
  });

  it("answers 400 to JSON that is not an exchange", async () => {
    const response = await post(JSON.stringify({ method: "GET", url: "/", headers: [[1, 2]] }));
    expect(response?.status).toBe(400);
    expect(await response?.json()).toEqual({
      error: "the body must be {method, url, headers, body}",
    });
  });
});

import { describe, expect, it, vi } from "vitest";
import { SimulationFailure } from "../SimulationFailure.ts";
import type { WireRequest } from "../wire.ts";
import { fetchTransport } from "./fetchTransport.ts";

// The exchange's content does not matter here: the handler fails before reading it.
const wire: WireRequest = { method: "GET", url: "http://testserver/", headers: [], body: "" };

describe("fetchTransport", () => {
  it("reports MSW's 500 for a throwing handler as a failure of the simulation, naming the error", async () => {
    // What setupWorker's page side answers when a handler throws.
    const body = { name: "URIError", message: "URI malformed", stack: "URIError: URI malformed" };
    vi.stubGlobal("fetch", async () => Response.json(body, { status: 500 }));
    try {
      const failure = await fetchTransport("http://localhost")(wire).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(SimulationFailure);
      expect((failure as Error).message).toBe("URIError: URI malformed");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says the status when the failure's body is not MSW's", async () => {
    vi.stubGlobal("fetch", async () => new Response("<h1>Bad gateway</h1>", { status: 502 }));
    try {
      await expect(fetchTransport("http://localhost")(wire)).rejects.toThrow(
        "HTTP 502 from the simulated server",
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

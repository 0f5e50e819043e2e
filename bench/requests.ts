import { parseScenario } from "../src/scenario/parseScenario.ts";
import { runScenario } from "../src/scenario/runScenario.ts";
import type { WireRequest, WireResponse } from "../src/server/wire.ts";
import { cliRunOptions } from "../src/cli/cliRunOptions.ts";
import { BENCH_SECRET_KEY } from "./rows.ts";
import { summarize, type LatencySummary } from "./stats.ts";

export const OPS = [
  ["set", "k", "v"],
  ["get", "k"],
];

export interface NodeRequestsResult {
  warmup: number;
  /** A whole CLI step: SimBrowser, MSW, the server, and the runner's trace entry (store snapshot, jar). */
  cli_step: LatencySummary;
  /** The transport alone: MSW's handler (JSON both ways) around DjangoServer.handle. */
  exchange: LatencySummary;
  /** DjangoServer.handle alone: SessionMiddleware, the /ops/ view, the db engine on the memory table. */
  server: LatencySummary;
}

/**
 * POST /ops/ set+get on the db engine, one browser reusing its cookie, exactly
 * as the CLI runs a scenario: parseScenario, then runScenario with the CLI's
 * options. Instrumentation only wraps what the CLI builds: the transport (its
 * start times give each step's duration, start to next start) and
 * server.handle.
 */
export async function benchNodeRequests(requests: number, warmup: number) {
  const total = warmup + requests;
  const scenario = parseScenario(
    JSON.stringify({
      name: "bench: POST /ops/ set+get",
      start: "2026-01-01T00:00:00Z",
      settings: {
        SECRET_KEY: BENCH_SECRET_KEY,
        SESSION_ENGINE: "django.contrib.sessions.backends.db",
      },
      steps: Array.from({ length: total }, () => ({
        request: { browser: "A", method: "POST", path: "/ops/", ops: OPS },
      })),
    }),
  );
  const options = cliRunOptions();
  const starts: number[] = [];
  const exchangeMs: number[] = [];
  const handleMs: number[] = [];
  const trace = await runScenario(scenario, {
    ...options,
    transport: (server) => {
      const handle = server.handle.bind(server);
      server.handle = async (request: WireRequest): Promise<WireResponse> => {
        const t = performance.now();
        const response = await handle(request);
        handleMs.push(performance.now() - t);
        return response;
      };
      const transport = options.transport!(server);
      return async (request) => {
        const t = performance.now();
        starts.push(t);
        const response = await transport(request);
        exchangeMs.push(performance.now() - t);
        return response;
      };
    },
  });
  const end = performance.now();

  // The workload did what it claims: 200s, [null, "v"], one row, the same session throughout.
  const last = trace.steps[trace.steps.length - 1];
  if (last.status !== 200 || JSON.stringify(last.results) !== '[null,"v"]')
    throw new Error(`unexpected last step: ${JSON.stringify(last).slice(0, 300)}`);
  if (trace.steps.some((s) => s.status !== 200)) throw new Error("a request did not return 200");
  if (last.store.length !== 1) throw new Error(`expected one row, found ${last.store.length}`);
  if (trace.steps[warmup].store[0].key !== last.store[0].key)
    throw new Error("the browser did not keep its session");

  const steps = starts.slice(warmup).map((t, i, a) => (i + 1 < a.length ? a[i + 1] : end) - t);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const exchange = exchangeMs.slice(warmup);
  const server = handleMs.slice(warmup);
  return {
    warmup,
    cli_step: summarize(steps, end - starts[warmup]),
    exchange: summarize(exchange, sum(exchange)),
    server: summarize(server, sum(server)),
  } satisfies NodeRequestsResult;
}

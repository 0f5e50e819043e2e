import { applySettings, DEFAULT_SETTINGS } from "../engine/conf/settings.ts";
import { VirtualClock } from "../engine/clock.ts";
import type { Logger, RandomSource, Hmac } from "../engine/ports.ts";
import { memoryFileSystem } from "../engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../engine/storage/memorySessionTable.ts";
import type { SessionTable } from "../engine/storage/SessionTable.ts";
import type { SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import { DjangoServer } from "../server/DjangoServer.ts";
import type { Transport } from "../server/wire.ts";
import type { Scenario } from "./Scenario.ts";
import { ScenarioError } from "./ScenarioError.ts";
import { ScenarioRunner } from "./ScenarioRunner.ts";
import type { Trace } from "./Trace.ts";

export interface RunOptions {
  hmac: Hmac;
  random: RandomSource;
  logger?: Logger;
  db?: SessionTable;
  fs?: SimFileSystem;
  /** Builds the transport to a server; default: a direct call to server.handle. */
  transport?: (server: DjangoServer) => Transport;
}

/** Runs a whole scenario on a fresh server and fresh browsers, returning its trace. */
export async function runScenario(scenario: Scenario, options: RunOptions): Promise<Trace> {
  const clock = new VirtualClock(scenario.start);
  const server = new DjangoServer({
    settings: applySettings(DEFAULT_SETTINGS, scenario.settings),
    clock,
    random: options.random,
    hmac: options.hmac,
    logger: options.logger ?? { log() {} },
    db: options.db ?? memorySessionTable(),
    fs: options.fs ?? memoryFileSystem(),
  });
  if (scenario.code?.["views.py"] !== undefined) {
    throw ScenarioError.of('code["views.py"]', "headlessViews");
  }
  for (const file of ["login.html", "backend.html"] as const) {
    const text = scenario.code?.[file];
    if (text !== undefined) server.templates[file] = text;
  }
  const transport = options.transport?.(server) ?? ((request) => server.handle(request));
  const runner = new ScenarioRunner({ server, transport, clock });
  const steps = [];
  for (const step of scenario.steps) steps.push((await runner.run(step)).trace);
  return { steps };
}

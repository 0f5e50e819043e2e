import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { jsonStringify } from "../../src/engine/python/jsonStringify.ts";
import { pyJsonLoads } from "../../src/engine/python/pyJsonLoads.ts";
import { normalizeTrace } from "./normalizeTrace.ts";

type Trace = Parameters<typeof normalizeTrace>[0];

/** Each step's results and stored dicts as text, in the order their keys have. */
const pythonValues = (trace: Trace) =>
  trace.steps.map((step) =>
    jsonStringify([
      step.results ?? null,
      ((step.store ?? []) as { data: unknown }[]).map((entry) => entry.data),
    ]),
  );

const run = promisify(execFile);
const here = import.meta.dirname;
const root = join(here, "..", "..");
const scenarios = readdirSync(join(here, "scenarios"))
  .filter((f) => f.endsWith(".json"))
  .sort();

/** Replays each recorded scenario through the CLI, as a learner's file would run, against real Django's trace. */
describe("the CLI replays real Django's traces", () => {
  it("has at least 30 recorded scenarios", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of scenarios) {
    it.concurrent(
      `matches Django 5.2 on ${file}`,
      async () => {
        const { stdout } = await run(
          process.execPath,
          ["--import", "tsx", "src/cli/main.ts", join(here, "scenarios", file)],
          {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        const ours = normalizeTrace(pyJsonLoads(stdout) as Trace);
        const django = normalizeTrace(
          pyJsonLoads(readFileSync(join(here, "traces", file), "utf8")) as Trace,
        );
        expect(ours).toEqual(django);
        // A Python dict keeps its keys' order: so must every value the trace reports.
        expect(pythonValues(ours)).toEqual(pythonValues(django));
      },
      60_000,
    );
  }
});

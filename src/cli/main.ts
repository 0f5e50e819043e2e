import { readFileSync } from "node:fs";
import { jsonStringify } from "../engine/python/jsonStringify.ts";
import { cliRunOptions } from "./cliRunOptions.ts";
import { parseScenario } from "../scenario/parseScenario.ts";
import { runScenario } from "../scenario/runScenario.ts";
import { ScenarioError } from "../scenario/ScenarioError.ts";

/**
 * `npm run -s scenario -- FILE.json` (or `-` for stdin): runs a scenario and
 * prints its trace. A bad scenario exits 2 with one line naming the problem.
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write(
      "usage: npm run -s scenario -- FILE.json   (or - to read standard input)\n",
    );
    return 2;
  }
  const file = args[0];
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    process.stderr.write(
      `${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  const where = file === "-" ? "<stdin>" : file;
  try {
    const scenario = parseScenario(text);
    const trace = await runScenario(scenario, cliRunOptions());
    process.stdout.write(`${jsonStringify(trace, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ScenarioError) {
      process.stderr.write(`${where}: scenario error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// A reader that stops early (`| head`) closes the pipe: the rest of the trace is not wanted, and
// the run ends quietly, as a command killed by SIGPIPE does, not with an EPIPE stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

// exitCode, not process.exit(): a trace written to a pipe is written asynchronously, and exit()
// would cut off what is still buffered (a large trace, piped, used to end mid-line).
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);

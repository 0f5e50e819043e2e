import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "session-lab-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/cli/main.ts ...args` from the project root, as a user would. */
function cli(args: string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

let counter = 0;
/** Writes `text` to a fresh temp file and returns its path. */
function tempFile(text: string): string {
  const file = join(dir, `scenario-${++counter}.json`);
  writeFileSync(file, text);
  return file;
}

const runText = (text: string) => {
  const file = tempFile(text);
  return cli([file]).then((result) => ({ ...result, file }));
};

/** A scenario document with SECRET_KEY set and these steps, merged with `extra` top-level fields. */
const doc = (
  steps: unknown[],
  settings: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) =>
  JSON.stringify({
    start: "2026-01-01T00:00:00Z",
    settings: { SECRET_KEY: "cli-test-secret", ...settings },
    steps,
    ...extra,
  });

/** The one stderr line of a refused scenario; fails the test unless there is exactly one and no stack trace. */
function oneErrorLine(result: CliResult): string {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBe(null);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(/^ {4}at /m);
  expect(result.stderr.endsWith("\n")).toBe(true);
  const lines = result.stderr.slice(0, -1).split("\n");
  expect(lines).toHaveLength(1);
  return lines[0];
}

const TIMEOUT = 60_000;

describe("the scenario CLI on good input", () => {
  it.concurrent(
    "prints a JSON trace and exits 0 for a valid scenario file",
    async () => {
      const result = await runText(
        doc([{ request: { ops: [["set", "k", "v"]] } }, { advance: 60 }]),
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const trace = JSON.parse(result.stdout);
      expect(Object.keys(trace)).toEqual(["steps"]);
      expect(trace.steps).toHaveLength(2);
      expect(trace.steps[0]).toMatchObject({
        kind: "request",
        now: "2026-01-01T00:00:00Z",
        status: 200,
        results: [null],
        accessed: true,
        modified: true,
        vary: "Cookie",
      });
      expect(trace.steps[0].set_cookie[0]).toMatchObject({
        name: "sessionid",
        max_age: 1209600,
        expires: "Thu, 15 Jan 2026 00:00:00 GMT",
      });
      expect(trace.steps[1]).toMatchObject({ kind: "advance", now: "2026-01-01T00:01:00Z" });
      expect(result.stdout.endsWith("}\n")).toBe(true);
    },
    TIMEOUT,
  );

  it.concurrent(
    "answers a path with a broken percent-escape with Django's 404, as request.path keeps it",
    async () => {
      const result = await runText(
        doc([{ request: { path: "/%zz" } }, { request: { path: "/%E4" } }]),
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const trace = JSON.parse(result.stdout);
      expect(trace.steps.map((s: { status: number }) => s.status)).toEqual([404, 404]);
    },
    TIMEOUT,
  );

  it.concurrent(
    "stores a value nested 900 levels deep, which Django still saves",
    async () => {
      const deep = JSON.parse("[".repeat(900) + "]".repeat(900));
      const result = await runText(doc([{ request: { ops: [["set", "k", deep]] } }]));
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout).steps[0]).toMatchObject({ status: 200, modified: true });
    },
    TIMEOUT,
  );

  it.concurrent(
    "ends quietly when its reader stops early, as `| head` does",
    async () => {
      const deep = JSON.parse("[".repeat(900) + "]".repeat(900));
      const file = tempFile(doc([{ request: { ops: [["set", "k", deep]] } }]));
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", file], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      // The first chunk read, the pipe is closed: the rest of the 1.6 MB trace has nowhere to go.
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toBe("");
      expect(code).toBe(0);
    },
    TIMEOUT,
  );

  it.concurrent(
    "reads the scenario from standard input when the argument is -",
    async () => {
      const result = await cli(
        ["-"],
        doc(
          [
            {
              request: {
                ops: [
                  ["set", "k", "v"],
                  ["get", "k"],
                ],
              },
            },
          ],
          {
            SESSION_ENGINE: "django.contrib.sessions.backends.cache",
          },
        ),
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const trace = JSON.parse(result.stdout);
      expect(trace.steps[0].results).toEqual([null, "v"]);
      expect(trace.steps[0].store).toHaveLength(1);
      expect(trace.steps[0].store[0]).toMatchObject({ backend: "cache", data: { k: "v" } });
    },
    TIMEOUT,
  );

  it.concurrent(
    "names standard input as <stdin> when a scenario read from it is refused",
    async () => {
      const line = oneErrorLine(await cli(["-"], "[]"));
      expect(line).toMatch(/^<stdin>: /);
      expect(line).toContain("a scenario is a JSON object");
    },
    TIMEOUT,
  );
});

describe("the scenario CLI on bad input", () => {
  it.concurrent(
    "reports invalid JSON with the line and column of the problem",
    async () => {
      const result = await runText('{"settings": {"SECRET_KEY": "k"},\n "steps": [],}');
      const line = oneErrorLine(result);
      expect(line.startsWith(`${result.file}: `)).toBe(true);
      expect(line).toContain("invalid JSON");
      expect(line).toMatch(/line 2, column 14/);
    },
    TIMEOUT,
  );

  it.concurrent(
    "reports an unexpected token in JSON with its line and column",
    async () => {
      // Python: "Expecting value: line 2 column 12 (char 45)".
      const line = oneErrorLine(await runText('{"settings": {"SECRET_KEY": "k"},\n "steps": [}'));
      expect(line).toContain("invalid JSON");
      expect(line).toMatch(/line 2, column 12/);
    },
    TIMEOUT,
  );

  it.concurrent(
    "reports a truncated JSON document with the line and column where it ends",
    async () => {
      const line = oneErrorLine(await runText('{"settings": {"SECRET_KEY": "k"},\n "steps": ['));
      expect(line).toContain("invalid JSON");
      expect(line).toMatch(/line 2, column \d+/);
    },
    TIMEOUT,
  );

  it.concurrent(
    "keeps the JSON error of a short multi-line document on one line",
    async () => {
      const line = oneErrorLine(await runText('{"steps":\n x}'));
      expect(line).toContain("invalid JSON");
      expect(line).toMatch(/line 2, column 2/);
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a document that is not an object",
    async () => {
      const line = oneErrorLine(await runText("[1, 2]"));
      expect(line).toContain("a scenario is a JSON object");
      expect(line).toContain("[1,2]");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a value nested deeper than Python's json reads, before running anything",
    async () => {
      const text = doc([{ request: { ops: [["set", "k", "@"]] } }]).replace(
        '"@"',
        "[".repeat(3000) + "]".repeat(3000),
      );
      const line = oneErrorLine(await runText(text));
      expect(line).toContain("nest more than 960 levels deep");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a scenario without SECRET_KEY",
    async () => {
      const line = oneErrorLine(await runText(JSON.stringify({ settings: {}, steps: [] })));
      expect(line).toMatch(/settings: SECRET_KEY is required/);
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an unknown top-level field, naming it",
    async () => {
      const line = oneErrorLine(await runText(doc([], {}, { stpes: [] })));
      expect(line).toContain('unknown field "stpes"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an unknown setting name, naming it and where it is",
    async () => {
      const line = oneErrorLine(await runText(doc([], { SESSION_COOKIE_AGEE: 60 })));
      expect(line).toContain("settings.SESSION_COOKIE_AGEE: ");
      expect(line).toContain('Unknown setting "SESSION_COOKIE_AGEE"');
    },
    TIMEOUT,
  );

  it.concurrent(
    'refuses SESSION_COOKIE_AGE "abc"',
    async () => {
      const line = oneErrorLine(await runText(doc([], { SESSION_COOKIE_AGE: "abc" })));
      expect(line).toContain("settings.SESSION_COOKIE_AGE: ");
      expect(line).toContain('must be an integer (seconds), got "abc"');
    },
    TIMEOUT,
  );

  it.concurrent(
    'refuses SESSION_COOKIE_SECURE "yes"',
    async () => {
      const line = oneErrorLine(await runText(doc([], { SESSION_COOKIE_SECURE: "yes" })));
      expect(line).toContain("settings.SESSION_COOKIE_SECURE: ");
      expect(line).toContain('must be true or false, got "yes"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an unknown SESSION_ENGINE",
    async () => {
      const engine = "django.contrib.sessions.backends.redis";
      const line = oneErrorLine(await runText(doc([], { SESSION_ENGINE: engine })));
      expect(line).toContain("settings.SESSION_ENGINE: ");
      expect(line).toContain(`got "${engine}"`);
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses CACHES without a default alias",
    async () => {
      const line = oneErrorLine(await runText(doc([], { CACHES: { other: {} } })));
      expect(line).toContain("settings.CACHES: ");
      expect(line).toContain('"default"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a SESSION_CACHE_ALIAS that names no alias",
    async () => {
      const line = oneErrorLine(await runText(doc([], { SESSION_CACHE_ALIAS: "sessions" })));
      expect(line).toContain("settings.SESSION_CACHE_ALIAS: ");
      expect(line).toContain('"sessions" names no alias');
    },
    TIMEOUT,
  );

  it.concurrent(
    'refuses a SESSION_FILE_PATH with ".."',
    async () => {
      const line = oneErrorLine(await runText(doc([], { SESSION_FILE_PATH: "sessions/../etc" })));
      expect(line).toContain("settings.SESSION_FILE_PATH: ");
      expect(line).toContain('".."');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an unknown step kind, naming the step",
    async () => {
      const line = oneErrorLine(await runText(doc([{ advance: 1 }, { teleport: 5 }])));
      expect(line).toContain("steps[1]: ");
      expect(line).toContain('unknown step kind "teleport"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a step with two keys",
    async () => {
      const line = oneErrorLine(await runText(doc([{ advance: 1, manage: "clearsessions" }])));
      expect(line).toContain("steps[0]: ");
      expect(line).toContain("exactly one key");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an unknown op, naming where it is",
    async () => {
      const line = oneErrorLine(
        await runText(doc([{ advance: 1 }, { request: { ops: [["frobnicate", "k"]] } }])),
      );
      expect(line).toContain("steps[1].request.ops[0]: ");
      expect(line).toContain('unknown op "frobnicate"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an int JavaScript would round, where it is, but not a float as large",
    async () => {
      const big = doc([{ request: { ops: [["set", "k", 1]] } }]).replace(
        '["set","k",1]',
        '["set","k",1e20],["update",{"n":[12345678901234567890]}]',
      );
      const line = oneErrorLine(await runText(big));
      expect(line).toContain("steps[0].request.ops[1][1]: ");
      expect(line).toContain("int beyond ±9007199254740991");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an op with the wrong number of arguments",
    async () => {
      const line = oneErrorLine(
        await runText(
          doc([
            {
              request: {
                ops: [
                  ["get", "a"],
                  ["set", "k"],
                ],
              },
            },
          ]),
        ),
      );
      expect(line).toContain("steps[0].request.ops[1]: ");
      expect(line).toContain('op "set" takes 2 arguments, got 1');
    },
    TIMEOUT,
  );

  it.concurrent(
    'refuses set_expiry "soon", naming the argument',
    async () => {
      const line = oneErrorLine(
        await runText(doc([{ request: { ops: [["set_expiry", "soon"]] } }])),
      );
      expect(line).toContain("steps[0].request.ops[0][1]: ");
      expect(line).toContain('got "soon"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses update with a number instead of an object",
    async () => {
      const line = oneErrorLine(await runText(doc([{ request: { ops: [["update", 5]] } }])));
      expect(line).toContain("steps[0].request.ops[0][1]: ");
      expect(line).toContain("must be an object, got 5");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a set_expiry timedelta that is not a whole number of seconds",
    async () => {
      // tests/conformance/README.md §7 and record.py accept only {"timedelta": int}.
      const line = oneErrorLine(
        await runText(doc([{ request: { ops: [["set_expiry", { timedelta: 1.5 }]] } }])),
      );
      expect(line).toContain("steps[0].request.ops[0][1]: ");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an origin that is not http or https",
    async () => {
      const line = oneErrorLine(await runText(doc([{ request: { origin: "ftp://testserver" } }])));
      expect(line).toContain("steps[0].request.origin: ");
      expect(line).toContain('"ftp://testserver"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an origin that carries a path",
    async () => {
      const line = oneErrorLine(
        await runText(doc([{ request: { origin: "http://testserver/ops/" } }])),
      );
      expect(line).toContain("steps[0].request.origin: ");
    },
    TIMEOUT,
  );

  it.concurrent(
    'refuses a path that does not start with "/"',
    async () => {
      const line = oneErrorLine(await runText(doc([{ request: { path: "ops/" } }])));
      expect(line).toContain("steps[0].request.path: ");
      expect(line).toContain('must start with "/"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a negative advance",
    async () => {
      const line = oneErrorLine(await runText(doc([{ advance: -5 }])));
      expect(line).toContain("steps[0].advance: ");
      expect(line).toContain("got -5");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses an advance that is not a whole number of seconds",
    async () => {
      // tests/conformance/README.md §7: "advance not a non-negative integer" is refused.
      const line = oneErrorLine(await runText(doc([{ advance: 1.5 }])));
      expect(line).toContain("steps[0].advance: ");
    },
    TIMEOUT,
  );

  it.concurrent(
    'refuses manage "migrate"',
    async () => {
      const line = oneErrorLine(await runText(doc([{ manage: "migrate" }])));
      expect(line).toContain("steps[0].manage: ");
      expect(line).toContain('got "migrate"');
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a settings step with a bad value, naming the step and the setting",
    async () => {
      const line = oneErrorLine(
        await runText(doc([{ advance: 1 }, { settings: { SESSION_COOKIE_AGE: "abc" } }])),
      );
      expect(line).toContain("steps[1].settings.SESSION_COOKIE_AGE: ");
    },
    TIMEOUT,
  );

  it.concurrent(
    "refuses a settings step whose SESSION_CACHE_ALIAS names no alias after the merge",
    async () => {
      const line = oneErrorLine(
        await runText(doc([{ settings: { SESSION_CACHE_ALIAS: "sessions" } }])),
      );
      expect(line).toContain("steps[0].settings.SESSION_CACHE_ALIAS: ");
    },
    TIMEOUT,
  );

  it.concurrent(
    "reports a missing file by name",
    async () => {
      const missing = join(dir, "does-not-exist.json");
      const line = oneErrorLine(await cli([missing]));
      expect(line).toContain(missing);
      expect(line).toContain("ENOENT");
    },
    TIMEOUT,
  );

  it.concurrent(
    "prints a usage line when given no argument",
    async () => {
      const line = oneErrorLine(await cli([]));
      expect(line).toMatch(/^usage: /);
      expect(line).toContain("FILE.json");
    },
    TIMEOUT,
  );

  it.concurrent(
    "prints a usage line when given two arguments",
    async () => {
      const file = tempFile(doc([]));
      const line = oneErrorLine(await cli([file, file]));
      expect(line).toMatch(/^usage: /);
    },
    TIMEOUT,
  );
});

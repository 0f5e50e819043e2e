import { createInstance } from "i18next";
import { cryptoRandom } from "../adapters/cryptoRandom.ts";
import { webCryptoHmac } from "../adapters/webCryptoHmac.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { applySettings, DEFAULT_SETTINGS } from "../engine/conf/settings.ts";
import { SettingsError } from "../engine/conf/SettingsError.ts";
import type { Problem } from "../engine/problem/Problem.ts";
import { jsonProblem } from "../scenario/jsonProblem.ts";
import { parseScenario } from "../scenario/parseScenario.ts";
import { settingsFromPy } from "../server/settingsPy/settingsFromPy.ts";
import { parseSettingsPy } from "../server/settingsPy/parseSettingsPy.ts";
import { runScenario } from "../scenario/runScenario.ts";
import { ScenarioError } from "../scenario/ScenarioError.ts";
import { i18nOptions } from "./initI18n.ts";
import { resources } from "./resources.ts";

const i18n = createInstance();
beforeAll(() => i18n.init(i18nOptions("en", resources)));

const doc = (over: Record<string, unknown>) =>
  JSON.stringify({ settings: { SECRET_KEY: "k" }, steps: [], ...over });
const withStep = (step: unknown) => doc({ steps: [step] });
const withOp = (...op: unknown[]) => withStep({ request: { ops: [op] } });

/** One refused input per problem: each is read as the app and the CLI read it. */
const SCENARIOS = [
  "[1]",
  doc({ extra: 1 }),
  doc({ name: 5 }),
  withStep({ request: { browser: "" } }),
  withStep({ request: 3 }),
  doc({ code: [] }),
  doc({ start: "soon" }),
  doc({ start: "2026-01-01T00:00:00" }),
  doc({ settings: [] }),
  JSON.stringify({ steps: [] }),
  doc({ settings: {} }),
  doc({ steps: {} }),
  withStep({}),
  withStep({ jump: 1 }),
  withStep({ advance: -1 }),
  doc({ start: "9999-12-31T00:00:00Z", steps: [{ advance: 60 }, { advance: 86400 }] }),
  doc({ start: "9999-12-31T23:00:00-05:00" }),
  withStep({ restart_server: 1 }),
  withStep({ manage: "migrate" }),
  withStep({ request: { origin: "nope" } }),
  withStep({ request: { origin: "http://x.test/path" } }),
  withStep({ request: { method: "P OST" } }),
  withStep({ request: { path: "ops/" } }),
  withStep({ request: { form: [] } }),
  withStep({ request: { ops: {} } }),
  withStep({ request: { ops: [5] } }),
  withOp("frobnicate"),
  withOp("set", "k"),
  withOp("get"),
  withOp("set", 1, 2),
  withOp("delete", 1),
  withOp("update", 1),
  withOp("set_expiry", { datetime: "later" }),
  withOp("set_expiry", "soon"),
  withOp("set", "k", 2 ** 60),
  withStep({ edit_cookie: { value: "v" } }),
  withStep({ edit_cookie: { name: "sessionid" } }),
  withStep({ edit_cookie: { name: "sessionid", value: 1 } }),
  withStep({ edit_cookie: { name: "sessionid", value: "abc; Path=/x" } }),
  withStep({ edit_cookie: { name: "sessionid", value: " abc" } }),
  withStep({ edit_cookie: { name: "", value: "" } }),
  withStep({ edit_cookie: { name: "sessionid", value: "x".repeat(5000) } }),
  withStep({ settings: { SESSION_COOKIE_AGE: "1" } }),
  '{"settings": {"SECRET_KEY": "k"} "steps": []}',
  '{"settings": {"SECRET_KEY": "k"}, "steps": [] // done\n}',
  "{",
  "[1,]",
  '{"a": tru}',
  '{"a": "\\x"}',
  '{"a" 1}',
  '{"a": 1}}',
  '{"a": 01}',
  '{"a": "\\u12"}',
  '{"a": "x',
  '{"a": 1 /* x',
  '{"a": 1, 2}',
  '{"a": 1.}',
  '{"a": "\u0001"}',
  '{"a": 1]',
  "{@}",
  "[1",
  withOp("set", "k", "DEEP").replace('"DEEP"', `${"[".repeat(30000)}{"1": 1}${"]".repeat(30000)}`),
];

/** One refused value per settings problem. */
const SETTINGS: unknown[] = [
  5,
  { DEBUG: true },
  { SECRET_KEY: "" },
  { SESSION_ENGINE: "redis" },
  { SESSION_COOKIE_NAME: "a b" },
  { SESSION_CACHE_ALIAS: 1 },
  { SESSION_COOKIE_AGE: 1.5 },
  { SESSION_COOKIE_AGE: 2 ** 60 },
  { SESSION_COOKIE_DOMAIN: "" },
  { SESSION_FILE_PATH: 1 },
  { SESSION_FILE_PATH: "../etc" },
  { SESSION_COOKIE_SECURE: "yes" },
  { SESSION_COOKIE_SAMESITE: "always" },
  { CACHES: [] },
  { CACHES: { default: 1 } },
  { CACHES: { default: { KIND: 1 } } },
  { CACHES: { default: { BACKEND: "redis" } } },
  { CACHES: { default: { TIMEOUT: "1" } } },
  { CACHES: { default: { OPTIONS: { MAX_ENTRIES: -1 } } } },
  { CACHES: { other: {} } },
  { SESSION_CACHE_ALIAS: "other" },
];

/** One settings.py per problem the reader explains in its own words. */
const SETTINGS_PY = [
  "1 = 2",
  "A",
  "A = (1 2)",
  "A = 1 2",
  "A =",
  "A = {1: 2}",
  'A = 1 + "s"',
  "import os",
  "if True:\n    A = 1",
  "A = os.environ",
  "A = int('1')",
  "A = 'ab'[0]",
  "A = 1 < 2",
  "A = b'x'",
  "A = f'{x}'",
  "A = 1,",
  "A = 1; B = 2",
  "A = B = 1",
  "A = [x for x in y]",
];

function refusal(run: () => unknown): { problem: Problem; detail: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof ScenarioError) return { problem: e.problem, detail: e.detail };
    if (e instanceof SettingsError) return { problem: e.problem, detail: e.message };
    throw e;
  }
  throw new Error("not refused");
}

async function refusals() {
  const found = [
    ...SCENARIOS.map((text) => refusal(() => parseScenario(text, 0))),
    ...SETTINGS.map((value) => refusal(() => applySettings(DEFAULT_SETTINGS, value))),
    ...SETTINGS_PY.map((source) => {
      const [error] = parseSettingsPy(source).errors;
      if (!error?.problem) throw new Error(`no problem for ${source}`);
      return { problem: error.problem, detail: error.message };
    }),
    // Not refusals but warnings (the file applies): a name Django would ignore, a value it reads
    // other than it looks.
    ...[
      "SESSION_COOKIE_SECURED = True",
      "SESSION_FOO = 1",
      "SESSION_COOKIE_SECURE = 'False'",
      "SESSION_COOKIE_AGE = True",
      "SESSION_COOKIE_AGE = 60.0",
    ].map((line) => {
      const [warning] = settingsFromPy(`SECRET_KEY = "k"\n${line}\n`).warnings;
      return { problem: warning.problem!, detail: warning.message };
    }),
    ((line) => {
      const [error] = settingsFromPy(`SECRET_KEY = "k"\n${line}\n`).errors;
      return { problem: error.problem!, detail: error.message };
    })("SESSION_COOKIE_AGE = 0.5"),
    // JSON.parse and jsonc-parser agree on what is JSON: this is only the fallback's wording.
    refusal(() => {
      const { code, params } = jsonProblem("{}");
      throw ScenarioError.of("", code, params);
    }),
  ];
  try {
    await runScenario(parseScenario(doc({ code: { "views.py": "" } }), 0), {
      random: cryptoRandom(),
      hmac: webCryptoHmac(),
    });
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    found.push({ problem: e.problem, detail: e.detail });
  }
  return found;
}

/** Every message key of the problems table, plural forms by their stem. */
function codes(table: object, prefix = ""): string[] {
  return Object.entries(table).flatMap(([k, v]) =>
    typeof v === "object"
      ? codes(v, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(one|other)$/, "")}`],
  );
}

describe("a refused scenario or setting", () => {
  it("is refused for every problem the app can translate, and for no other", async () => {
    const seen = new Set((await refusals()).map((r) => r.problem.code));
    expect([...seen].sort()).toEqual([...new Set(codes(resources.en.problems))].sort());
  });

  it("reads in English exactly as the CLI prints it", async () => {
    for (const { problem, detail } of await refusals()) {
      expect(i18n.getFixedT("en", "problems")(problem.code, problem.params)).toBe(detail);
    }
  });

  it("reads in Chinese with every value it names, and no English template left", async () => {
    const zh = i18n.getFixedT("zh-CN", "problems");
    for (const { problem, detail } of await refusals()) {
      const text = zh(problem.code, problem.params);
      expect(text, problem.code).not.toBe(detail);
      expect(text, problem.code).not.toMatch(/\{\{|must be|got /);
      for (const value of Object.values(problem.params))
        expect(text, problem.code).toContain(String(value));
    }
  });
});

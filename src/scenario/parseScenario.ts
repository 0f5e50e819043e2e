import { applySettings, DEFAULT_SETTINGS } from "../engine/conf/settings.ts";
import { SettingsError } from "../engine/conf/SettingsError.ts";
import { fromisoformat } from "../engine/python/pyDateTime.ts";
import { handEditParams, handEditProblem } from "../browser/handEditProblem.ts";
import { DATETIME_MAX_MS } from "../engine/datetimeMax.ts";
import { hasInexactInt } from "../engine/python/hasInexactInt.ts";
import { pyJsonLoads } from "../engine/python/pyJsonLoads.ts";
import { showValue } from "../engine/problem/showValue.ts";
import { OP_SIGNATURES, type Op } from "../server/views/ops.ts";
import {
  DEFAULT_BROWSER,
  DEFAULT_ORIGIN,
  SCENARIO_CODE_FILES,
  type Scenario,
  type ScenarioCodeFile,
  type Step,
} from "./Scenario.ts";
import { jsonProblem } from "./jsonProblem.ts";
import { ScenarioError } from "./ScenarioError.ts";
import type { ScenarioProblemCode } from "./scenarioProblems.ts";

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: Json) => showValue(v, 60);

export const isCookieRef = (v: Json): v is { cookie: string } =>
  isObject(v) && Object.keys(v).length === 1 && typeof v.cookie === "string";

function fail(
  where: string,
  code: ScenarioProblemCode,
  params: Record<string, string | number> = {},
): never {
  throw ScenarioError.of(where, code, params);
}

function onlyKeys(obj: Record<string, Json>, allowed: string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      fail(where, "unknownField", { got: show(key), allowed: allowed.join(", ") });
  }
}

function string(v: Json, where: string): string {
  if (typeof v !== "string") fail(where, "string", { got: show(v) });
  return v;
}

function origin(v: Json, where: string): string {
  const text = string(v, where);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(where, "origin", { got: show(v) });
  }
  if (!["http:", "https:"].includes(url.protocol) || url.origin !== text.replace(/\/$/, "")) {
    fail(where, "originOnly", { got: show(v) });
  }
  return url.origin;
}

function checkArg(kind: string, v: Json, where: string): void {
  if (isCookieRef(v)) return;
  switch (kind) {
    case "key":
      if (typeof v !== "string") fail(where, "key", { got: show(v) });
      return;
    case "keyOrNull":
      if (typeof v !== "string" && v !== null) fail(where, "keyOrNull", { got: show(v) });
      return;
    case "object":
      if (!isObject(v)) fail(where, "object", { got: show(v) });
      return;
    case "expiry":
      if (v === null || (typeof v === "number" && Number.isInteger(v))) return;
      if (isObject(v) && Object.keys(v).length === 1) {
        if (typeof v.datetime === "string") {
          try {
            fromisoformat(v.datetime);
          } catch {
            fail(where, "datetime", { got: show(v.datetime) });
          }
          return;
        }
        if (typeof v.timedelta === "number" && Number.isInteger(v.timedelta)) return;
      }
      fail(where, "expiry", { got: show(v) });
  }
}

function op(v: Json, where: string): Op {
  if (!Array.isArray(v) || typeof v[0] !== "string") fail(where, "op", { got: show(v) });
  const [name, ...args] = v;
  const sig = OP_SIGNATURES[name];
  if (!sig)
    fail(where, "unknownOp", { got: show(name), known: Object.keys(OP_SIGNATURES).join(", ") });
  if (args.length < sig.required || args.length > sig.args.length) {
    if (sig.required === sig.args.length)
      fail(where, "arity", { op: name, count: sig.required, got: args.length });
    fail(where, "arityRange", {
      op: name,
      min: sig.required,
      max: sig.args.length,
      got: args.length,
    });
  }
  args.forEach((arg, i) => checkArg(sig.args[i], arg, `${where}[${i + 1}]`));
  return [name, ...args];
}

function request(v: Json, where: string): Step {
  if (!isObject(v)) fail(where, "object", { got: show(v) });
  onlyKeys(v, ["browser", "method", "origin", "path", "ops", "form"], where);
  let ops: Op[] | undefined;
  if (v.ops !== undefined) {
    if (!Array.isArray(v.ops)) fail(`${where}.ops`, "ops", { got: show(v.ops) });
    ops = v.ops.map((o, i) => op(o, `${where}.ops[${i}]`));
  }
  let form: Record<string, string> | undefined;
  if (v.form !== undefined) {
    if (!isObject(v.form)) fail(`${where}.form`, "form", { got: show(v.form) });
    form = {};
    for (const [k, val] of Object.entries(v.form)) form[k] = string(val, `${where}.form.${k}`);
  }
  const method =
    v.method === undefined
      ? ops
        ? "POST"
        : "GET"
      : string(v.method, `${where}.method`).toUpperCase();
  if (!/^[A-Z]+$/.test(method)) fail(`${where}.method`, "method", { got: show(v.method) });
  const path = v.path === undefined ? "/ops/" : string(v.path, `${where}.path`);
  if (!path.startsWith("/")) fail(`${where}.path`, "path", { got: show(path) });
  const browser = v.browser === undefined ? DEFAULT_BROWSER : string(v.browser, `${where}.browser`);
  if (!browser) fail(`${where}.browser`, "notEmpty");
  return {
    request: {
      browser,
      method,
      origin: v.origin === undefined ? DEFAULT_ORIGIN : origin(v.origin, `${where}.origin`),
      path,
      ...(ops ? { ops } : {}),
      ...(form ? { form } : {}),
    },
  };
}

function editCookie(v: Json, where: string): Step {
  if (!isObject(v)) fail(where, "object", { got: show(v) });
  onlyKeys(v, ["browser", "name", "value", "origin", "domain", "path"], where);
  if (!("name" in v)) fail(where, "cookieName");
  if (!("value" in v)) fail(where, "cookieValue");
  const value = v.value;
  if (value !== null && typeof value !== "string" && !isCookieRef(value)) {
    fail(`${where}.value`, "cookieValueType", { got: show(value) });
  }
  const name = string(v.name, `${where}.name`);
  if (typeof value === "string") {
    const problem = handEditProblem(name, value);
    if (problem) fail(where, problem, handEditParams(name, value));
  }
  return {
    edit_cookie: {
      browser: v.browser === undefined ? DEFAULT_BROWSER : string(v.browser, `${where}.browser`),
      name,
      value,
      origin: v.origin === undefined ? DEFAULT_ORIGIN : origin(v.origin, `${where}.origin`),
      ...(v.domain !== undefined ? { domain: string(v.domain, `${where}.domain`) } : {}),
      ...(v.path !== undefined ? { path: string(v.path, `${where}.path`) } : {}),
    },
  };
}

function settingsObject(v: Json, base: typeof DEFAULT_SETTINGS, where: string) {
  try {
    return applySettings(base, v);
  } catch (e) {
    if (e instanceof SettingsError)
      throw new ScenarioError(
        e.setting === "settings" ? where : `${where}.${e.setting}`,
        e.problem,
        e.message,
      );
    throw e;
  }
}

const STEP_KINDS = "request, advance, close_browser, restart_server, settings, manage, edit_cookie";

function step(
  v: Json,
  where: string,
  settings: { current: typeof DEFAULT_SETTINGS },
  clock: { ms: number },
): Step {
  if (!isObject(v) || Object.keys(v).length !== 1) {
    fail(where, "step", { known: STEP_KINDS, got: show(v) });
  }
  const [kind, body] = Object.entries(v)[0];
  const at = `${where}.${kind}`;
  switch (kind) {
    case "request":
      return request(body, at);
    case "advance":
      if (typeof body !== "number" || !Number.isInteger(body) || body < 0)
        fail(at, "advance", { got: show(body) });
      clock.ms += body * 1000;
      if (clock.ms > DATETIME_MAX_MS) fail(at, "clockMax", { got: body });
      return { advance: body };
    case "close_browser":
      return { close_browser: string(body, at) };
    case "restart_server":
      if (body !== true) fail(at, "restart", { got: show(body) });
      return { restart_server: true };
    case "settings":
      settings.current = settingsObject(body, settings.current, at);
      return { settings: body as Record<string, unknown> };
    case "manage":
      if (body !== "clearsessions") fail(at, "manage", { got: show(body) });
      return { manage: "clearsessions" };
    case "edit_cookie":
      return editCookie(body, at);
    default:
      fail(where, "unknownStep", { got: show(kind), known: STEP_KINDS });
  }
}

/**
 * How deep a scenario may nest. Django 5.2.17 saves and reads back a session
 * value nested at most 977 levels through the test client (deeper, json.dumps
 * raises RecursionError: a 500 this playground does not model); an op's value
 * starts 6 levels into the document, and Django's own stack depth varies with
 * how it is called, so documents past 960 levels are refused, before anything
 * walks them by recursion. (CPython 3.11's json.loads reads 995 levels.)
 */
const MAX_DEPTH = 960;

/** How deeply arrays and objects nest in `doc` (a scalar: 0), walked without recursion. */
function nestingDepth(doc: Json): number {
  let max = 0;
  const stack: [Json, number][] = [[doc, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    max = Math.max(max, depth + 1);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return max;
}

/**
 * Gives the ops' values the key order the text writes them in: JSON.parse
 * moved integer-like keys first ({"2": 1, "1": 2} became {"1": 2, "2": 1}),
 * where Python keeps a dict's order. The steps were checked already; only
 * the ops are taken from pyJsonLoads's reading of the same text.
 */
function keepDictOrder(steps: Step[], text: string): void {
  // nestingDepth checked the document first: this reading's recursion stays shallow enough.
  const ordered = pyJsonLoads(text) as { steps: { request?: { ops?: Op[] } }[] };
  steps.forEach((s, i) => {
    if (!("request" in s && s.request.ops)) return;
    const ops = ordered.steps[i].request!.ops!;
    // Only pyJsonLoads's reading tells a float (1e20) from an int: JSON.parse makes both numbers.
    ops.forEach(([name, ...args], j) =>
      args.forEach((arg, k) => {
        if (OP_SIGNATURES[name].args[k] !== "expiry" && hasInexactInt(arg))
          fail(`steps[${i}].request.ops[${j}][${k + 1}]`, "inexactInt");
      }),
    );
    s.request.ops = ops;
  });
}

/** Reads a scenario document (JSON text or an already parsed value), checking everything before any step runs. */
export function parseScenario(input: string | Json, nowMs: number = Date.now()): Scenario {
  let doc: Json = input;
  if (typeof input === "string") {
    try {
      doc = JSON.parse(input);
    } catch {
      const { code, params } = jsonProblem(input);
      fail("", code, params);
    }
  }
  if (!isObject(doc)) fail("", "document", { got: show(doc) });
  if (nestingDepth(doc) > MAX_DEPTH) fail("", "tooDeep", { max: MAX_DEPTH });
  onlyKeys(doc, ["name", "start", "settings", "steps", "code"], "");
  let code: Scenario["code"];
  if (doc.code !== undefined) {
    if (!isObject(doc.code)) fail("code", "code", { got: show(doc.code) });
    onlyKeys(doc.code, [...SCENARIO_CODE_FILES], "code");
    code = {};
    for (const [file, text] of Object.entries(doc.code))
      code[file as ScenarioCodeFile] = string(text, `code["${file}"]`);
  }
  if (doc.name !== undefined) string(doc.name, "name");
  let start = nowMs;
  if (doc.start !== undefined) {
    const text = string(doc.start, "start");
    let parsed;
    try {
      parsed = fromisoformat(text);
    } catch {
      fail("start", "start", { got: show(text) });
    }
    if (parsed.offsetMinutes === null) fail("start", "startOffset", { got: show(text) });
    start = parsed.epochMs;
    // An offset behind UTC (-05:00) can name a moment past datetime.max in UTC.
    if (start > DATETIME_MAX_MS) fail("start", "startMax", { got: show(text) });
  }
  // Missing, it has no value to show ("got undefined" would be JavaScript's word, not the format's).
  if (doc.settings === undefined) fail("settings", "settingsMissing");
  if (!isObject(doc.settings)) fail("settings", "settings", { got: show(doc.settings) });
  if (!("SECRET_KEY" in doc.settings)) fail("settings", "secretKey");
  const settings = { current: settingsObject(doc.settings, DEFAULT_SETTINGS, "settings") };
  if (!Array.isArray(doc.steps)) fail("steps", "steps", { got: show(doc.steps) });
  const clock = { ms: start };
  const steps = doc.steps.map((s, i) => step(s, `steps[${i}]`, settings, clock));
  if (typeof input === "string") keepDictOrder(steps, input);
  return {
    ...(doc.name !== undefined ? { name: doc.name as string } : {}),
    ...(code ? { code } : {}),
    start,
    settings: doc.settings,
    steps,
  };
}

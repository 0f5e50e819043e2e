import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import { applySettings, DEFAULT_SETTINGS } from "../engine/conf/settings.ts";
import { SettingsError } from "../engine/conf/SettingsError.ts";
import { fromisoformat } from "../engine/python/pyDateTime.ts";
import { OP_SIGNATURES, type Op } from "../server/views/ops.ts";
import {
  DEFAULT_BROWSER,
  DEFAULT_ORIGIN,
  SCENARIO_CODE_FILES,
  type Scenario,
  type ScenarioCodeFile,
  type Step,
} from "./Scenario.ts";
import { ScenarioError } from "./ScenarioError.ts";

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: Json) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

export const isCookieRef = (v: Json): v is { cookie: string } =>
  isObject(v) && Object.keys(v).length === 1 && typeof v.cookie === "string";

function fail(where: string, problem: string): never {
  throw new ScenarioError(where, problem);
}

function onlyKeys(obj: Record<string, Json>, allowed: string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      fail(where, `unknown field ${show(key)} (allowed: ${allowed.join(", ")})`);
  }
}

function string(v: Json, where: string): string {
  if (typeof v !== "string") fail(where, `must be a string, got ${show(v)}`);
  return v;
}

function origin(v: Json, where: string): string {
  const text = string(v, where);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(where, `must be an origin such as "http://testserver", got ${show(v)}`);
  }
  if (!["http:", "https:"].includes(url.protocol) || url.origin !== text.replace(/\/$/, "")) {
    fail(
      where,
      `must be an origin (scheme and host, no path), such as "https://example.com", got ${show(v)}`,
    );
  }
  return url.origin;
}

function checkArg(kind: string, v: Json, where: string): void {
  if (isCookieRef(v)) return;
  switch (kind) {
    case "key":
      if (typeof v !== "string") fail(where, `must be a key (a string), got ${show(v)}`);
      return;
    case "keyOrNull":
      if (typeof v !== "string" && v !== null)
        fail(where, `must be a session key (a string) or null, got ${show(v)}`);
      return;
    case "object":
      if (!isObject(v)) fail(where, `must be an object, got ${show(v)}`);
      return;
    case "expiry":
      if (v === null || (typeof v === "number" && Number.isInteger(v))) return;
      if (isObject(v) && Object.keys(v).length === 1) {
        if (typeof v.datetime === "string") {
          try {
            fromisoformat(v.datetime);
          } catch {
            fail(where, `{"datetime": ...} must be an ISO 8601 date-time, got ${show(v.datetime)}`);
          }
          return;
        }
        if (typeof v.timedelta === "number" && Number.isInteger(v.timedelta)) return;
      }
      fail(
        where,
        `must be an integer, null, {"datetime": ISO} or {"timedelta": whole seconds}, got ${show(v)}`,
      );
  }
}

function op(v: Json, where: string): Op {
  if (!Array.isArray(v) || typeof v[0] !== "string")
    fail(where, `an op must be an array such as ["set", "k", "v"], got ${show(v)}`);
  const [name, ...args] = v;
  const sig = OP_SIGNATURES[name];
  if (!sig)
    fail(where, `unknown op ${show(name)} (known: ${Object.keys(OP_SIGNATURES).join(", ")})`);
  if (args.length < sig.required || args.length > sig.args.length) {
    const count =
      sig.required === sig.args.length
        ? `${sig.required}`
        : `${sig.required} to ${sig.args.length}`;
    fail(
      where,
      `op "${name}" takes ${count} argument${sig.args.length === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
  args.forEach((arg, i) => checkArg(sig.args[i], arg, `${where}[${i + 1}]`));
  return [name, ...args];
}

function request(v: Json, where: string): Step {
  if (!isObject(v)) fail(where, `must be an object, got ${show(v)}`);
  onlyKeys(v, ["browser", "method", "origin", "path", "ops", "form"], where);
  let ops: Op[] | undefined;
  if (v.ops !== undefined) {
    if (!Array.isArray(v.ops)) fail(`${where}.ops`, `must be an array of ops, got ${show(v.ops)}`);
    ops = v.ops.map((o, i) => op(o, `${where}.ops[${i}]`));
  }
  let form: Record<string, string> | undefined;
  if (v.form !== undefined) {
    if (!isObject(v.form))
      fail(`${where}.form`, `must be an object of field names to strings, got ${show(v.form)}`);
    form = {};
    for (const [k, val] of Object.entries(v.form)) form[k] = string(val, `${where}.form.${k}`);
  }
  const method =
    v.method === undefined
      ? ops
        ? "POST"
        : "GET"
      : string(v.method, `${where}.method`).toUpperCase();
  if (!/^[A-Z]+$/.test(method))
    fail(
      `${where}.method`,
      `must be an HTTP method such as "GET" or "POST", got ${show(v.method)}`,
    );
  const path = v.path === undefined ? "/ops/" : string(v.path, `${where}.path`);
  if (!path.startsWith("/")) fail(`${where}.path`, `must start with "/", got ${show(path)}`);
  const browser = v.browser === undefined ? DEFAULT_BROWSER : string(v.browser, `${where}.browser`);
  if (!browser) fail(`${where}.browser`, "must not be empty");
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
  if (!isObject(v)) fail(where, `must be an object, got ${show(v)}`);
  onlyKeys(v, ["browser", "name", "value", "origin", "domain", "path"], where);
  if (!("name" in v)) fail(where, 'needs "name"');
  if (!("value" in v)) fail(where, 'needs "value" (a string, {"cookie": "B"}, or null to delete)');
  const value = v.value;
  if (value !== null && typeof value !== "string" && !isCookieRef(value)) {
    fail(`${where}.value`, `must be a string, {"cookie": "B"} or null, got ${show(value)}`);
  }
  return {
    edit_cookie: {
      browser: v.browser === undefined ? DEFAULT_BROWSER : string(v.browser, `${where}.browser`),
      name: string(v.name, `${where}.name`),
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
      fail(e.setting === "settings" ? where : `${where}.${e.setting}`, e.message);
    throw e;
  }
}

function step(v: Json, where: string, settings: { current: typeof DEFAULT_SETTINGS }): Step {
  if (!isObject(v) || Object.keys(v).length !== 1) {
    fail(
      where,
      `a step is an object with exactly one key (request, advance, close_browser, restart_server, settings, manage, edit_cookie), got ${show(v)}`,
    );
  }
  const [kind, body] = Object.entries(v)[0];
  const at = `${where}.${kind}`;
  switch (kind) {
    case "request":
      return request(body, at);
    case "advance":
      if (typeof body !== "number" || !Number.isInteger(body) || body < 0)
        fail(at, `must be a whole number of seconds (0 or more), got ${show(body)}`);
      return { advance: body };
    case "close_browser":
      return { close_browser: string(body, at) };
    case "restart_server":
      if (body !== true) fail(at, `must be true, got ${show(body)}`);
      return { restart_server: true };
    case "settings":
      settings.current = settingsObject(body, settings.current, at);
      return { settings: body as Record<string, unknown> };
    case "manage":
      if (body !== "clearsessions")
        fail(at, `the only command is "clearsessions", got ${show(body)}`);
      return { manage: "clearsessions" };
    case "edit_cookie":
      return editCookie(body, at);
    default:
      fail(
        where,
        `unknown step kind ${show(kind)} (known: request, advance, close_browser, restart_server, settings, manage, edit_cookie)`,
      );
  }
}

/** Where JSON.parse gave up, as "line L, column C: what is wrong" (V8's own message often has no position). */
function jsonProblem(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return "not valid JSON";
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()}`;
}

/** Reads a scenario document (JSON text or an already parsed value), checking everything before any step runs. */
export function parseScenario(input: string | Json, nowMs: number = Date.now()): Scenario {
  let doc: Json = input;
  if (typeof input === "string") {
    try {
      doc = JSON.parse(input);
    } catch {
      fail("", `invalid JSON at ${jsonProblem(input)}`);
    }
  }
  if (!isObject(doc))
    fail("", `a scenario is a JSON object with "settings" and "steps", got ${show(doc)}`);
  onlyKeys(doc, ["name", "start", "settings", "steps", "code"], "scenario");
  let code: Scenario["code"];
  if (doc.code !== undefined) {
    if (!isObject(doc.code))
      fail("code", `must be an object of file names to their text, got ${show(doc.code)}`);
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
      fail(
        "start",
        `must be an ISO 8601 date-time such as "2026-01-01T00:00:00Z", got ${show(text)}`,
      );
    }
    if (parsed.offsetMinutes === null)
      fail("start", `must say its UTC offset (e.g. end in "Z"), got ${show(text)}`);
    start = parsed.epochMs;
  }
  if (!isObject(doc.settings))
    fail("settings", `must be an object that sets at least SECRET_KEY, got ${show(doc.settings)}`);
  if (!("SECRET_KEY" in doc.settings))
    fail("settings", "SECRET_KEY is required (Django refuses to run without one)");
  const settings = { current: settingsObject(doc.settings, DEFAULT_SETTINGS, "settings") };
  if (!Array.isArray(doc.steps)) fail("steps", `must be an array of steps, got ${show(doc.steps)}`);
  const steps = doc.steps.map((s, i) => step(s, `steps[${i}]`, settings));
  return {
    ...(doc.name !== undefined ? { name: doc.name as string } : {}),
    ...(code ? { code } : {}),
    start,
    settings: doc.settings,
    steps,
  };
}

import type { EngineContext } from "../../engine/EngineContext.ts";
import { jsonStringify } from "../../engine/python/jsonStringify.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { isPyOpaque, PY_OPAQUE_TYPES, type PyOpaque } from "../../engine/python/pyOpaque.ts";
import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { fromisoformat, isoformat, isPyDateTime } from "../../engine/python/pyDateTime.ts";
import type { SessionBase } from "../../engine/sessions/SessionBase.ts";
import { callSessionMethod } from "../views/callSessionMethod.ts";

type Json = unknown;

type Dict = Map<string, Json> | Record<string, Json>;

const isDict = (v: Json): v is Dict =>
  v instanceof Map || (typeof v === "object" && v !== null && !Array.isArray(v) && !isPyFloat(v));

/** A dict's values mapped by `f`, as the same kind of dict (a Map keeps its order). */
const mapDict = (d: Dict, f: (x: Json) => Json): Dict =>
  d instanceof Map
    ? new Map([...d].map(([k, x]) => [k, f(x)]))
    : Object.fromEntries(Object.entries(d).map(([k, x]) => [k, f(x)]));

/**
 * The shim's tag of a dict (its one key, `__set__` → "set"), or null. A tag the engine has no
 * stand-in for is `__dict__`: the learner's own dict that looks like a tag, sent wrapped.
 */
function tagOf(d: Dict): string | null {
  const keys = d instanceof Map ? [...d.keys()] : Object.keys(d);
  return keys.length === 1 ? (/^__(\w+)__$/.exec(keys[0])?.[1] ?? null) : null;
}

const isOpaqueType = (tag: string | null): tag is PyOpaque["pyOpaque"] =>
  (PY_OPAQUE_TYPES as readonly string[]).includes(tag ?? "");

/**
 * The shim's tagged objects (`{"__datetime__": iso}`, `{"__set__": [...]}`, ...): as
 * set_expiry's argument, a datetime or timedelta the engine takes; as a session value, kept
 * as a Python object JSON cannot hold (pyOpaque), so the session fails to save as Django's would.
 */
function fromPython(v: Json, asValue: boolean): Json {
  const from = (x: Json) => fromPython(x, asValue);
  if (Array.isArray(v)) return v.map(from);
  if (!isDict(v)) return v;
  const tag = tagOf(v);
  const payload = () => (v instanceof Map ? v.get(`__${tag}__`) : v[`__${tag}__`]);
  // The learner's own dict that looks like a tag: stored as the dict it is.
  if (tag === "dict") return mapDict(payload() as Dict, from);
  if (isOpaqueType(tag) && asValue) return { pyOpaque: tag, value: payload() };
  if (tag === "datetime") return fromisoformat(String(payload()));
  if (tag === "timedelta") return { timedelta: Number(payload()) };
  return mapDict(v, from);
}

function toPython(v: unknown): Json {
  if (v === undefined) return null;
  if (isPyDateTime(v)) return { __datetime__: isoformat(v) };
  if (isPyOpaque(v)) return { [`__${v.pyOpaque}__`]: v.value };
  if (Array.isArray(v)) return v.map(toPython);
  if (!isDict(v)) return v;
  const out = mapDict(v, toPython);
  // A dict that would read as a tag travels wrapped (`{"__dict__": {...}}`), to stay a dict.
  return tagOf(out) === null ? out : { __dict__: out };
}

/** The calls whose arguments are the engine's own (an expiry), not values for the session dict. */
const TAKES_EXPIRY = new Set(["set_expiry"]);

async function dispatch(
  session: SessionBase,
  ctx: EngineContext,
  op: string,
  args: Json[],
): Promise<unknown> {
  switch (op) {
    case "get_modified":
      return session.modified;
    case "set_modified":
      session.modified = Boolean(args[0]);
      return null;
    case "get_accessed":
      return session.accessed;
    case "_sync": {
      // A value the view mutated in place: Django's dict holds the same object, so the
      // change is there without `modified` being set.
      const [key, value] = args as [string, Json];
      const data = session.peek();
      if (data?.has(key)) data.set(key, value);
      return null;
    }
    default:
      return callSessionMethod(session, ctx, op, args);
  }
}

/** One request.session call from Python: JSON in, `{"value"}` or `{"error", "message"}` out. */
export async function sessionBridge(
  session: SessionBase,
  ctx: EngineContext,
  op: string,
  argsJson: string,
): Promise<string> {
  try {
    // Python's json keeps a dict's order both ways: so do these (pyJsonLoads, jsonStringify).
    const args = (pyJsonLoads(argsJson) as Json[]).map((a) => fromPython(a, !TAKES_EXPIRY.has(op)));
    return jsonStringify({ value: toPython(await dispatch(session, ctx, op, args)) });
  } catch (e) {
    if (e instanceof PythonError)
      return JSON.stringify({ error: e.pythonName, message: e.message });
    throw e;
  }
}

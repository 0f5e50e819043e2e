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

/** The shim's tag for a Python object JSON cannot hold (`{"__set__": [...]}`), or null. */
/** A dict whose one key reads like a tag travels wrapped (`{"__dict__": {...}}`), both ways. */
const TAG = /^__\w+__$/;
const looksTagged = (keys: string[]) => keys.length === 1 && TAG.test(keys[0]);

function taggedType(o: Record<string, Json>): PyOpaque["pyOpaque"] | null {
  const keys = Object.keys(o);
  if (keys.length !== 1) return null;
  const type = /^__(\w+)__$/.exec(keys[0])?.[1];
  return (PY_OPAQUE_TYPES as readonly string[]).includes(type ?? "")
    ? (type as PyOpaque["pyOpaque"])
    : null;
}

/**
 * The shim's tagged objects (`{"__datetime__": iso}`, `{"__set__": [...]}`, ...): as
 * set_expiry's argument, a datetime or timedelta the engine takes; as a session value, kept
 * as a Python object JSON cannot hold (pyOpaque), so the session fails to save as Django's would.
 */
function fromPython(v: Json, asValue: boolean): Json {
  const from = (x: Json) => fromPython(x, asValue);
  if (isPyFloat(v)) return v;
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, from(x)]));
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, Json>;
    // The learner's own dict that looks like a tag: stored as the dict it is.
    if (Object.keys(o).length === 1 && "__dict__" in o) {
      const inner = o.__dict__;
      return inner instanceof Map
        ? new Map([...inner].map(([k, x]) => [k, from(x)]))
        : Object.fromEntries(
            Object.entries(inner as Record<string, Json>).map(([k, x]) => [k, from(x)]),
          );
    }
    const type = taggedType(o);
    if (type && asValue) return { pyOpaque: type, value: o[`__${type}__`] };
    if (type === "datetime") return fromisoformat(String(o.__datetime__));
    if (type === "timedelta") return { timedelta: Number(o.__timedelta__) };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, from(x)]));
  }
  return Array.isArray(v) ? v.map(from) : v;
}

function toPython(v: unknown): Json {
  if (v === undefined) return null;
  if (isPyDateTime(v)) return { __datetime__: isoformat(v) };
  if (isPyOpaque(v)) return { [`__${v.pyOpaque}__`]: v.value };
  if (isPyFloat(v)) return v;
  if (v instanceof Map) {
    const out = new Map([...v].map(([k, x]) => [k, toPython(x)]));
    return looksTagged([...out.keys()]) ? { __dict__: out } : out;
  }
  if (Array.isArray(v)) return v.map(toPython);
  if (v && typeof v === "object") {
    const out = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPython(x)]));
    return looksTagged(Object.keys(out)) ? { __dict__: out } : out;
  }
  return v;
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

import type { EngineContext } from "../../engine/EngineContext.ts";
import { jsonStringify } from "../../engine/python/jsonStringify.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { fromisoformat, isoformat, isPyDateTime } from "../../engine/python/pyDateTime.ts";
import type { SessionBase } from "../../engine/sessions/SessionBase.ts";
import { callSessionMethod } from "../views/callSessionMethod.ts";

type Json = unknown;

function fromPython(v: Json): Json {
  if (isPyFloat(v)) return v;
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, fromPython(x)]));
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, Json>;
    if ("__datetime__" in o) return fromisoformat(String(o.__datetime__));
    if ("__timedelta__" in o) return { timedelta: Number(o.__timedelta__) };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, fromPython(x)]));
  }
  return Array.isArray(v) ? v.map(fromPython) : v;
}

function toPython(v: unknown): Json {
  if (isPyDateTime(v)) return { __datetime__: isoformat(v) };
  return v === undefined ? null : v;
}

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
    const args = (pyJsonLoads(argsJson) as Json[]).map(fromPython);
    return jsonStringify({ value: toPython(await dispatch(session, ctx, op, args)) });
  } catch (e) {
    if (e instanceof PythonError)
      return JSON.stringify({ error: e.pythonName, message: e.message });
    throw e;
  }
}

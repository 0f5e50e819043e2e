import type { EngineContext } from "../../engine/EngineContext.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import { pyTypeName } from "../../engine/python/pyTypeName.ts";
import { fromisoformat, isPyDateTime, isoUtc } from "../../engine/python/pyDateTime.ts";
import type { ExpiryValue, SessionBase } from "../../engine/sessions/SessionBase.ts";
import type { Op } from "./ops.ts";
import { callSessionMethod } from "./callSessionMethod.ts";

/** What the view reports for one op: a JSON value, or `{"error": "KeyError"}`. */
export type OpResult = unknown;

function expiryArgument(v: unknown): ExpiryValue {
  if (v !== null && typeof v === "object" && "datetime" in v)
    return fromisoformat(String(v.datetime));
  return v as ExpiryValue;
}

function jsonResult(value: unknown): OpResult {
  if (value === undefined) return null;
  if (isPyDateTime(value)) return { datetime: isoUtc(value.epochMs) };
  // A snapshot: a later op (append) must not change what an earlier get reported.
  return structuredClone(value);
}

/** The scenario format's op names that are not Django's own method names. */
const METHOD_FOR_OP: Record<string, string> = {
  set: "__setitem__",
  getitem: "__getitem__",
  del: "__delitem__",
  contains: "__contains__",
};

async function call(
  session: SessionBase,
  ctx: EngineContext,
  [name, ...args]: Op,
): Promise<unknown> {
  if (name === "append") {
    // request.session[key].append(value): mutates in place, so `modified` is not set.
    const list = await session.getItem(args[0] as string);
    if (!Array.isArray(list)) {
      throw new PythonError(
        "AttributeError",
        `'${pyTypeName(list)}' object has no attribute 'append'`,
      );
    }
    list.push(args[1]);
    return null;
  }
  if (name === "mark_modified") {
    session.modified = true;
    return null;
  }
  if (name === "set_expiry") return session.setExpiry(expiryArgument(args[0]));
  return callSessionMethod(session, ctx, METHOD_FOR_OP[name] ?? name, args);
}

/**
 * Runs one op as the /ops/ view does: a Python exception becomes its result
 * (`{"error": "KeyError"}`) and the next op still runs. Anything else is a bug
 * in the playground and propagates (a 500).
 */
export async function runOp(session: SessionBase, ctx: EngineContext, op: Op): Promise<OpResult> {
  try {
    return jsonResult(await call(session, ctx, op));
  } catch (e) {
    if (e instanceof PythonError) return { error: e.pythonName };
    throw e;
  }
}

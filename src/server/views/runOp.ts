import type { EngineContext } from "../../engine/EngineContext.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import { fromisoformat, isPyDateTime, isoUtc } from "../../engine/python/pyDateTime.ts";
import type { ExpiryValue, SessionBase } from "../../engine/sessions/SessionBase.ts";
import { sessionStoreFor } from "../../engine/sessions/sessionStoreFor.ts";
import type { Op } from "./ops.ts";

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

async function call(
  session: SessionBase,
  ctx: EngineContext,
  [name, ...args]: Op,
): Promise<unknown> {
  const [a, b] = args as [string, unknown];
  switch (name) {
    case "set":
      return session.setItem(a, b);
    case "get":
      return session.get(a, args.length > 1 ? b : null);
    case "getitem":
      return session.getItem(a);
    case "del":
      return session.delItem(a);
    case "contains":
      return session.contains(a);
    case "pop":
      return args.length > 1 ? session.pop(a, b ?? null) : session.pop(a);
    case "setdefault":
      return session.setdefault(a, b);
    case "update":
      return session.update(Object.entries(a as unknown as Record<string, unknown>));
    case "keys":
      return session.keys();
    case "values":
      return session.values();
    case "items":
      return session.items();
    case "append": {
      const list = await session.getItem(a);
      if (!Array.isArray(list)) {
        const type =
          list === null
            ? "NoneType"
            : typeof list === "string"
              ? "str"
              : typeof list === "number"
                ? "int"
                : typeof list === "boolean"
                  ? "bool"
                  : "dict";
        throw new PythonError("AttributeError", `'${type}' object has no attribute 'append'`);
      }
      list.push(b);
      return null;
    }
    case "mark_modified":
      session.modified = true;
      return null;
    case "clear":
      return session.clear();
    case "flush":
      return session.flush();
    case "cycle_key":
      return session.cycleKey();
    case "is_empty":
      return session.isEmpty();
    case "session_key":
      return session.sessionKey;
    case "set_expiry":
      return session.setExpiry(expiryArgument(a));
    case "get_expiry_age":
      return session.getExpiryAge();
    case "get_expiry_date":
      return session.getExpiryDate();
    case "get_expire_at_browser_close":
      return session.getExpireAtBrowserClose();
    case "get_session_cookie_age":
      return session.getSessionCookieAge();
    case "exists":
      return session.exists(a ?? null);
    case "delete":
      return session.delete(args.length ? (a ?? null) : null);
    case "clear_expired":
      return sessionStoreFor(ctx).clearExpired(ctx);
    case "save":
      return session.save();
    case "set_test_cookie":
      return session.setTestCookie();
    case "test_cookie_worked":
      return session.testCookieWorked();
    case "delete_test_cookie":
      return session.deleteTestCookie();
    default:
      throw new Error(`unknown op ${name}`);
  }
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

import type { EngineContext } from "../../engine/EngineContext.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import { fromisoformat, isoformat, isPyDateTime } from "../../engine/python/pyDateTime.ts";
import type { ExpiryValue, SessionBase } from "../../engine/sessions/SessionBase.ts";
import { sessionStoreFor } from "../../engine/sessions/sessionStoreFor.ts";

type Json = unknown;

function fromPython(v: Json): Json {
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
  const [a, b] = args as [string, Json];
  switch (op) {
    case "__getitem__":
      return session.getItem(a);
    case "__setitem__":
      return session.setItem(a, b);
    case "__delitem__":
      return session.delItem(a);
    case "__contains__":
      return session.contains(a);
    case "pop":
      return args.length > 1 ? session.pop(a, b ?? null) : session.pop(a);
    case "setdefault":
      return session.setdefault(a, b);
    case "update":
      return session.update(Object.entries(a as unknown as Record<string, Json>));
    case "keys":
      return session.keys();
    case "values":
      return session.values();
    case "items":
      return session.items();
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
    case "get_modified":
      return session.modified;
    case "set_modified":
      session.modified = Boolean(a);
      return null;
    case "get_accessed":
      return session.accessed;
    case "set_expiry":
      return session.setExpiry(a as unknown as ExpiryValue);
    case "get_expiry_age":
      return session.getExpiryAge();
    case "get_expiry_date":
      return session.getExpiryDate();
    case "get_expire_at_browser_close":
      return session.getExpireAtBrowserClose();
    case "get_session_cookie_age":
      return session.getSessionCookieAge();
    case "exists":
      return session.exists((a as string | null) ?? null);
    case "delete":
      return session.delete((a as string | null) ?? null);
    case "save":
      return session.save();
    case "set_test_cookie":
      return session.setTestCookie();
    case "test_cookie_worked":
      return session.testCookieWorked();
    case "delete_test_cookie":
      return session.deleteTestCookie();
    case "clear_expired":
      return sessionStoreFor(ctx).clearExpired(ctx);
    case "_sync": {
      // A value the view mutated in place: Django's dict holds the same object, so the
      // change is there without `modified` being set.
      const data = session.peek();
      if (data?.has(a)) data.set(a, b);
      return null;
    }
    default:
      throw new PythonError("AttributeError", `'SessionStore' object has no attribute '${op}'`);
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
    const args = (JSON.parse(argsJson) as Json[]).map(fromPython);
    return JSON.stringify({ value: toPython(await dispatch(session, ctx, op, args)) });
  } catch (e) {
    if (e instanceof PythonError)
      return JSON.stringify({ error: e.pythonName, message: e.message });
    throw e;
  }
}

import type { EngineContext } from "../../engine/EngineContext.ts";
import { PythonError } from "../../engine/python/PythonError.ts";
import type { ExpiryValue, SessionBase } from "../../engine/sessions/SessionBase.ts";
import { sessionStoreFor } from "../../engine/sessions/sessionStoreFor.ts";

/**
 * Calls `request.session.<method>(*args)` by Django's own method name
 * (`__getitem__`, `get`, `set_expiry`, …): the one dispatcher behind the
 * /ops/ view and the Python views' session proxy. A missing trailing
 * argument means Python's default.
 */
export async function callSessionMethod(
  session: SessionBase,
  ctx: EngineContext,
  method: string,
  args: unknown[],
): Promise<unknown> {
  const [a, b] = args as [string, unknown];
  switch (method) {
    case "__getitem__":
      return session.getItem(a);
    case "__setitem__":
      return session.setItem(a, b);
    case "__delitem__":
      return session.delItem(a);
    case "__contains__":
      return session.contains(a);
    case "get":
      return session.get(a, args.length > 1 ? b : null);
    case "pop":
      return args.length > 1 ? session.pop(a, b ?? null) : session.pop(a);
    case "setdefault":
      return session.setdefault(a, b);
    case "update":
      return session.update(args[0]);
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
    default:
      throw new PythonError("AttributeError", `'SessionStore' object has no attribute '${method}'`);
  }
}

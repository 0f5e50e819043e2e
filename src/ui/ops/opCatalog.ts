/** The pseudo-op that runs `python manage.py clearsessions` instead of a request. */
export const CLEARSESSIONS = "clearsessions";

export type OpGroupId = "tutorial" | "cleanup" | "more";

/** The ops in the order a learner meets them: the tutorial's first, then clean-up, then the rest. */
export const OP_GROUPS: { id: OpGroupId; ops: string[] }[] = [
  {
    id: "tutorial",
    ops: ["set", "get", "clear", "flush", "del", "set_expiry", "session_key", CLEARSESSIONS],
  },
  { id: "cleanup", ops: ["clear_expired", "exists", "delete"] },
  {
    id: "more",
    ops: [
      "getitem",
      "contains",
      "pop",
      "setdefault",
      "update",
      "keys",
      "values",
      "items",
      "append",
      "mark_modified",
      "cycle_key",
      "is_empty",
      "get_expiry_age",
      "get_expiry_date",
      "get_expire_at_browser_close",
      "get_session_cookie_age",
      "save",
      "set_test_cookie",
      "test_cookie_worked",
      "delete_test_cookie",
    ],
  },
];

/** A short, Django-named label for the op list (code, so the same in every language). */
export function opLabel(op: string): string {
  switch (op) {
    case "set":
      return "session[key] = value";
    case "getitem":
      return "session[key]";
    case "del":
      return "del session[key]";
    case "contains":
      return "key in session";
    case "session_key":
      return "session_key";
    case "mark_modified":
      return "modified = True";
    case "clear_expired":
      return "clear_expired()";
    case CLEARSESSIONS:
      return "manage.py clearsessions";
    default:
      return `${op}()`;
  }
}

/**
 * Ops whose Python line is evaluated for its value. The others are
 * statements (or return None), so "it ran" is what matters.
 */
const VALUE_OPS = new Set([
  "get",
  "getitem",
  "contains",
  "pop",
  "setdefault",
  "keys",
  "values",
  "items",
  "is_empty",
  "session_key",
  "get_expiry_age",
  "get_expiry_date",
  "get_expire_at_browser_close",
  "get_session_cookie_age",
  "exists",
  "test_cookie_worked",
]);

export const returnsValue = (op: string) => VALUE_OPS.has(op);

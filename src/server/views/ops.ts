/** One /ops/ operation: `["set", "k", "v"]`, named as in the scenario format. */
export type Op = [string, ...unknown[]];

/**
 * How each op is called: its argument kinds, in order, and how many are
 * required. "key" is a string, "expiry" is set_expiry's argument, "object" a
 * JSON object, "any" any JSON value. A `{"cookie": "A"}` argument is resolved
 * by the browser before the request is sent, so it may stand for any argument.
 */
export const OP_SIGNATURES: Record<
  string,
  { args: ("key" | "any" | "object" | "expiry" | "keyOrNull")[]; required: number; python: string }
> = {
  set: { args: ["key", "any"], required: 2, python: "request.session[{0}] = {1}" },
  get: { args: ["key", "any"], required: 1, python: "request.session.get({0}{, 1})" },
  getitem: { args: ["key"], required: 1, python: "request.session[{0}]" },
  del: { args: ["key"], required: 1, python: "del request.session[{0}]" },
  contains: { args: ["key"], required: 1, python: "{0} in request.session" },
  pop: { args: ["key", "any"], required: 1, python: "request.session.pop({0}{, 1})" },
  setdefault: { args: ["key", "any"], required: 2, python: "request.session.setdefault({0}, {1})" },
  update: { args: ["object"], required: 1, python: "request.session.update({0})" },
  keys: { args: [], required: 0, python: "list(request.session.keys())" },
  values: { args: [], required: 0, python: "list(request.session.values())" },
  items: { args: [], required: 0, python: "list(request.session.items())" },
  append: { args: ["key", "any"], required: 2, python: "request.session[{0}].append({1})" },
  mark_modified: { args: [], required: 0, python: "request.session.modified = True" },
  clear: { args: [], required: 0, python: "request.session.clear()" },
  flush: { args: [], required: 0, python: "request.session.flush()" },
  cycle_key: { args: [], required: 0, python: "request.session.cycle_key()" },
  is_empty: { args: [], required: 0, python: "request.session.is_empty()" },
  session_key: { args: [], required: 0, python: "request.session.session_key" },
  set_expiry: { args: ["expiry"], required: 1, python: "request.session.set_expiry({0})" },
  get_expiry_age: { args: [], required: 0, python: "request.session.get_expiry_age()" },
  get_expiry_date: { args: [], required: 0, python: "request.session.get_expiry_date()" },
  get_expire_at_browser_close: {
    args: [],
    required: 0,
    python: "request.session.get_expire_at_browser_close()",
  },
  get_session_cookie_age: {
    args: [],
    required: 0,
    python: "request.session.get_session_cookie_age()",
  },
  exists: { args: ["keyOrNull"], required: 1, python: "request.session.exists({0})" },
  delete: { args: ["keyOrNull"], required: 0, python: "request.session.delete({0})" },
  clear_expired: { args: [], required: 0, python: "SessionStore.clear_expired()" },
  save: { args: [], required: 0, python: "request.session.save()" },
  set_test_cookie: { args: [], required: 0, python: "request.session.set_test_cookie()" },
  test_cookie_worked: { args: [], required: 0, python: "request.session.test_cookie_worked()" },
  delete_test_cookie: { args: [], required: 0, python: "request.session.delete_test_cookie()" },
};

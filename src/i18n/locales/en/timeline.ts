export default {
  title: "Timeline",
  listLabel: "Steps, oldest first",
  empty: "Nothing yet — every request, clock jump and setting change will appear here.",
  status: {
    empty: "no steps yet",
    present_one: "{{count}} step · showing the present",
    present_other: "{{count}} steps · showing the present",
    past: "Looking back: step {{step}} of {{total}}",
  },
  nav: {
    back: "◀ Step back",
    forward: "Step forward ▶",
    // Looking back, the two step buttons show only their arrows (four buttons fit one row at
    // 1280×720); these are their names, for screen readers and as tooltips.
    backName: "Step back",
    forwardName: "Step forward",
    present: "Back to the present",
    continue: "Continue from here",
  },
  confirm: {
    text_one: "Continue from step {{step}}? The {{count}} step after it will be discarded.",
    text_other: "Continue from step {{step}}? The {{count}} steps after it will be discarded.",
    yes_one: "Discard {{count}} step and continue",
    yes_other: "Discard {{count}} steps and continue",
    no: "Cancel",
  },
  browser: "Browser {{browser}}",
  noCookieSent: "→ no Cookie header",
  noOutput: "(no output)",
  units: {
    w_one: "{{count}} week",
    w_other: "{{count}} weeks",
    d: "{{n}} d",
    h: "{{n}} h",
    min: "{{n}} min",
    s: "{{n}} s",
  },
  kinds: {
    advance: "Clock +{{duration}} → now {{now}}",
    close_browser: "Browser {{browser}} closed",
    restart_server: "Server restarted",
    settings: "Settings changed: ",
    edit_cookie: {
      // A new cookie or a changed one: the step is the same (DevTools' add or edit).
      set: "Browser {{browser}}: cookie {{name}} set by hand to {{value}}",
      delete: "Browser {{browser}}: cookie {{name}} deleted by hand",
      copy: "Browser {{browser}}: cookie {{name}} copied from browser {{from}}",
    },
  },
  explain: {
    advance:
      "The virtual clock moved forward; it is now {{now}}. Cookies whose time is up are gone from the jars. {{engine}}",
    // {{engine}} above: what the clock did to the sessions on the server, by the engine at the step.
    advanceEngine: {
      db: "Expired sessions are ignored when Django loads them, but their rows stay in django_session until clearsessions runs.",
      cached_db:
        "Expired cache entries are never returned again; the rows stay in django_session, ignored, until clearsessions runs.",
      cache:
        "Expired cache entries are never returned again (local memory deletes one when it is next read), and clearsessions has nothing to do.",
      file: "Expired session files stay in SESSION_FILE_PATH until clearsessions runs, or until the file engine loads one and deletes it (it then starts a new, empty session under a new key and sends its cookie, where db would delete the cookie).",
      signed_cookies:
        "Nothing is stored on the server: Django refuses a session cookie signed more than SESSION_COOKIE_AGE ago, whatever set_expiry said; the browser drops it at its own expiry.",
    },
    close_browser:
      "The browser quit: its cookies without Expires or Max-Age (session cookies) are gone; the others stay. The server is not told anything.",
    restart_server:
      "The server process restarted: in-memory caches are empty (sessions kept only in the cache are lost); django_session rows and session files stay.",
    settings: "From the next step on, as if settings.py had been edited and the server reloaded.",
    manage: "A command run on the server: no browser and no cookies are involved.",
    edit_cookie:
      "Changed by hand in the browser's developer tools. The server learns about it only when the browser next sends the cookie.",
  },
  summary: {
    nothing: "no cookie change, store unchanged",
    setCookie: {
      new: "Set-Cookie: {{name}}={{value}} (new cookie)",
      newSession: "Set-Cookie: {{name}}={{value}} (new session)",
      newValue: "Set-Cookie: {{name}}={{value}} (new value)",
      refreshed: "Set-Cookie: {{name}}={{value}} (same value, sent again)",
    },
    deleteCookie: "cookie {{name}} deleted",
    deleteNothing: "Set-Cookie deletes {{name}} (the browser had none)",
    rejected: "Set-Cookie {{name}} rejected: {{reason}}",
    jar: {
      added: "browser {{browser}}: cookie {{name}} added",
      changed: "browser {{browser}}: cookie {{name}} changed",
      removed: "browser {{browser}}: cookie {{name}} gone",
    },
    store: {
      db: {
        added_one: "django_session: {{count}} row created",
        added_other: "django_session: {{count}} rows created",
        changed_one: "django_session: {{count}} row updated",
        changed_other: "django_session: {{count}} rows updated",
        removed_one: "django_session: {{count}} row deleted",
        removed_other: "django_session: {{count}} rows deleted",
      },
      cache: {
        added_one: "cache: {{count}} session entry created",
        added_other: "cache: {{count}} session entries created",
        changed_one: "cache: {{count}} session entry updated",
        changed_other: "cache: {{count}} session entries updated",
        removed_one: "cache: {{count}} session entry gone",
        removed_other: "cache: {{count}} session entries gone",
      },
      file: {
        added_one: "{{count}} session file created",
        added_other: "{{count}} session files created",
        changed_one: "{{count}} session file rewritten",
        changed_other: "{{count}} session files rewritten",
        removed_one: "{{count}} session file deleted",
        removed_other: "{{count}} session files deleted",
      },
    },
  },
  reasons: {
    "secure-from-insecure-origin": "a Secure cookie cannot be set over http",
    "overwrites-secure-cookie": "an http response may not overwrite a Secure cookie",
    "samesite-none-without-secure": "SameSite=None requires Secure",
    "prefix-secure": "a __Secure- cookie needs Secure, set over https",
    "prefix-host": "a __Host- cookie needs Secure, Path=/ and no Domain",
    "domain-mismatch": "its Domain does not match this site",
    "public-suffix": "its Domain is a public suffix",
    "too-large": "name and value exceed 4096 bytes",
    invalid: "not a valid Set-Cookie line",
  },
  verdict: {
    stored: "stored (new cookie)",
    replaced: "stored (replaces the old one)",
    deleted: "the browser deleted its cookie",
    ignored: "already expired: nothing to delete",
    rejected: "rejected: {{reason}}",
  },
  where: { db: "django_session", cache: "cache", file: "file" },
  detail: {
    label: "Step {{step}} in detail",
    heading: "Step {{step}} of {{total}}",
    request: "Request from browser {{browser}}",
    noCookie: "No Cookie header: this browser had no cookie for this URL.",
    ops: "What the view ran on request.session",
    flags: "The session's flags",
    flagsHint:
      "What request.session was flagged with when the view returned, before SessionMiddleware looked at it. If the request brought the session cookie and the session is now empty (flush(), or a key that no longer exists), the response deletes the cookie. Otherwise, if it is modified (or SESSION_SAVE_EVERY_REQUEST is True) and not empty, the session is saved and Set-Cookie is sent (never on a 5xx response). Vary: Cookie is added when the session was accessed, or a session cookie is set or deleted.",
    response: "Response (each Set-Cookie with what the browser did)",
    changes: "What changed",
    log: "Django's log",
    logHint: "What Django's loggers wrote during this step; runserver prints it in its terminal.",
    store: "Session store",
    storeSkipped: "django_session is too big to copy at every step; see the store panel.",
    jar: "Cookie jars",
  },
  diff: {
    change: "change",
    where: "where",
    data: "data",
    expires: "expires",
    browser: "browser",
    cookie: "cookie",
    value: "value",
    added: "added",
    changed: "changed",
    removed: "removed",
    session: "when the browser closes",
    unreadable: "(does not verify with SECRET_KEY)",
    storeSame: "The store did not change.",
    jarSame: "No cookie changed.",
  },
} as const;

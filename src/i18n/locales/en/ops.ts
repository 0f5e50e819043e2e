export default {
  listLabel: "Operations on request.session",
  groups: {
    tutorial: "From the tutorial",
    cleanup: "Cleaning up",
    more: "More of the session API",
  },
  fields: {
    key: "key",
    value: "value",
    withDefault: "with a default",
    default: "default",
    object: "dict (as JSON)",
    expiry: "value",
    seconds: "seconds",
    datetime: "datetime (ISO 8601, with a UTC offset)",
    target: "which session",
    targetKey: "session_key",
  },
  expiryKinds: {
    seconds: "int: seconds after each save",
    browserClose: "0: until the browser closes",
    none: "None: back to the settings",
    datetime: "datetime: a fixed moment",
    timedelta: "timedelta: this long from now",
  },
  targets: {
    omit: "the current session (no argument)",
    cookie: "browser {{browser}}'s session cookie",
    key: "a session_key I type",
    none: "None",
  },
  readAs: {
    json: "JSON → {{type}}: ",
    text: "not JSON, so text → str: ",
    pythonSpelling: "For Python's {{word}}, type {{json}} (JSON's spelling).",
  },
  cookieIs: "browser {{browser}} holds {{name}} = {{value}}",
  cookieNone: "browser {{browser}} has no {{name}} cookie, so the argument is None",
  naive:
    "No UTC offset: this is a naive datetime. Django compares expiry dates with an aware clock, so the request fails (as it would in real Django).",
  errors: {
    notAnObject: 'Write a JSON object, for example {"a": 1}.',
    notAnInt: "Write a whole number of seconds, for example 300 (negative is allowed).",
    notADatetime: "Write an ISO date and time, for example 2030-01-01T00:00:00+00:00.",
    inexactInt:
      'Python\'s ints have no limit, but this playground keeps numbers as JavaScript does: exact only up to ±9007199254740991 (2**53 - 1). Write it as a string ("...") or a float (1e20).',
  },
  pythonLabel: "The Python line this runs",
  run: "Run",
  addToBatch: "Add to batch",
  sentBy: "Browser {{browser}} sends POST /ops/; the view runs this on request.session.",
  clearsessionsHint: "A command on the server, not a request: no browser is involved.",
  past_one:
    "Showing step {{step}} of {{total}}: running continues from there ({{count}} later step dropped).",
  past_other:
    "Showing step {{step}} of {{total}}: running continues from there ({{count}} later steps dropped).",
  backToPresent: "Back to the present",
  batch: {
    label: "Batch",
    title_one: "Batch: {{count}} operation in one request",
    title_other: "Batch: {{count}} operations in one request",
    hint: "The view runs them in order on the same request.session; the middleware decides once, at the end.",
    run_one: "Run the batch ({{count}} operation)",
    run_other: "Run the batch ({{count}} operations)",
    clear: "Empty the batch",
    remove: "Remove {{python}}",
  },
  result: {
    label: "Result of the last run",
    title: "Step {{step}}: browser {{browser}} → POST /ops/",
    python: "Python",
    value: "Result",
    done: "done",
    raised:
      "raised: the /ops/ view reports it and runs the next operation (a view that let it out would answer 500)",
    showStep: "Show this step",
    failed: "The request could not be made: {{message}}",
    interrupted:
      "While saving, SessionMiddleware found that the session's record had been deleted during this request (here, by an operation above), so Django raised SessionInterrupted and answered 400 Bad Request, with no Set-Cookie.",
    failedAfter:
      "The operations above ran; then, as the response went out, SessionMiddleware's process_response (saving the session, setting its cookie) raised {{error}}, so Django answered 500 and sent no Set-Cookie.",
  },
  // Said instead of explain.* when the engine is signed_cookies, where these ops do something else.
  explainSigned: {
    set_expiry:
      "With signed_cookies, set_expiry() only decides the cookie's Max-Age (0: no Max-Age, until the browser closes). The server accepts the cookie only until SESSION_COOKIE_AGE has passed since it was last signed, whatever you set: a longer expiry does not keep the session alive, and a fixed datetime is enforced only by the browser dropping the cookie.",
    clear:
      "With signed_cookies the session is the cookie itself. Empties the session: if the request brought a session cookie, session_key still gives it during this request and the response sends a new cookie holding the signed {}; the old cookie keeps verifying until SESSION_COOKIE_AGE has passed. Not a logout: use flush() for that.",
    flush:
      "Logs out, but with signed_cookies there is no store: the data is emptied and, if the request brought a session cookie, the response deletes it (Max-Age=0). A copy of the old cookie kept elsewhere still verifies until SESSION_COOKIE_AGE has passed: the server cannot revoke it.",
    delete:
      "With signed_cookies there is no record to delete: delete() ignores the key you give and empties this request's session, so if the request brought a session cookie, the response deletes it (Max-Age=0). A copy of the old cookie still verifies.",
    cycle_key:
      "Keeps the data under a new key, but with signed_cookies the key is the signed data itself: cycle_key() only signs it again and sends it (if the old cookie was signed in this same second, the new one is identical to it). The old cookie stays valid until SESSION_COOKIE_AGE has passed.",
  },
  explain: {
    set: "Stores the value under the key. The session is loaded first and marked modified, so at the end of the request the middleware saves it and sends Set-Cookie. With no session yet, Django creates one with a new session_key.",
    get: "Reads the key; if it is missing you get the default (None when you give none) — never an error. The session is marked accessed (the response gets Vary: Cookie) but not modified, so nothing is saved.",
    clear:
      "Empties the session but keeps its session_key: the response saves {} under the same key and sends the cookie again. This is not a logout — use flush() for that.",
    flush:
      "Logs out: empties the data, deletes the session from the store and forgets the key. If the request brought a session cookie, the response deletes it (Set-Cookie with Max-Age=0). Use it when a user logs out.",
    del: "Removes the key and marks the session modified. If the key is not there, it raises KeyError and nothing changes.",
    set_expiry:
      "Decides when this session expires. An int is a number of seconds counted from each save of the session: a request that only reads the session does not restart the count (unless SESSION_SAVE_EVERY_REQUEST is True). 0 means when the browser closes; None goes back to the settings (SESSION_COOKIE_AGE, SESSION_EXPIRE_AT_BROWSER_CLOSE); a datetime or timedelta is a fixed moment. Django keeps it in the session under _session_expiry, so this marks the session modified — except set_expiry(None) on a session with no custom expiry: there is nothing to remove, so nothing changes.",
    session_key:
      "The session's key: the one the cookie brought, if it is at least 8 characters long (Django does not check here that the session still exists; a load that finds nothing sets it to None), else None. A new session gets its key when it is first saved, at the end of the request. With signed_cookies it is the whole signed cookie. Reading it does not load the session.",
    clearsessions:
      "python manage.py clearsessions calls SessionStore.clear_expired(): it deletes the sessions whose time is up. Expired rows stay in django_session until something does this, so sites run it regularly (for example from cron). Django prints nothing when it succeeds.",
    clear_expired:
      "SessionStore.clear_expired(): the clean-up behind manage.py clearsessions, run here from inside a request. db and cached_db delete the rows whose expire_date has passed; file deletes expired files; cache and signed_cookies have nothing to do.",
    exists:
      "True if the store has a session with this key (an expired record still counts with db, cached_db and file; not with cache). Does not touch this request's session. With signed_cookies it is always False: there is nothing on the server.",
    delete:
      "Deletes a session's record from the store: the current one with no argument, or the key you give. This response leaves the cookie alone, so the browser keeps it; the next request that reads the session finds none, and its response deletes the stale cookie (Max-Age=0). To log out, use flush().",
    getitem:
      "Reads the key like a dict: a missing key raises KeyError. Marks the session accessed.",
    contains: "key in request.session: True or False. Loads the session and marks it accessed.",
    pop: "Removes the key and returns its value (modified only if the key was there). A missing key without a default raises KeyError.",
    setdefault:
      "Returns the key's value; if it is missing, stores the value first (only then is the session modified).",
    update:
      "Stores several keys at once from a dict. Always marks the session modified, even update({}).",
    keys: "The keys in the session, including Django's own such as _session_expiry or testcookie.",
    values: "The values in the session.",
    items: "The (key, value) pairs in the session.",
    append:
      "Appends to the list stored under the key, in place. Django does not notice changes inside a value: modified stays False and nothing is saved — unless something else marks the session modified (try modified = True). Not a list: AttributeError; missing key: KeyError.",
    mark_modified:
      "request.session.modified = True: tells Django the session changed, so the middleware saves it and sends the cookie. Needed after changing a value in place (append).",
    cycle_key:
      "Keeps the data but moves it to a new session_key: the old record is deleted and the new cookie is sent. Django's login() does this against session fixation, for a session with no user yet (it calls flush() when the session holds another user, and neither when it already holds the same one).",
    is_empty:
      "True when the session has no session_key and holds no data (never loaded, or loaded and empty). A key the cookie brought counts, until loading finds it unknown. Does not load the session.",
    get_expiry_age:
      "The expiry age, in seconds, Django uses if it saves the session now (for the stored expiry, and the cookie's Max-Age when the cookie has one) — not the time left on the stored session. With no custom expiry (or after set_expiry(0)) it is always SESSION_COOKIE_AGE, however long ago the session was saved; after set_expiry(int), that int as it is; only after set_expiry(datetime or timedelta) is it the seconds from now until that moment (negative once it has passed). Loads the session.",
    get_expiry_date:
      "When the session would expire if it were saved now: now + SESSION_COOKIE_AGE (or now + the int given to set_expiry). It does not read the stored expire_date, so on a request that saves nothing the answer moves forward with the clock. After set_expiry(datetime or timedelta) it is that fixed moment, as a datetime with the UTC offset it was given (a timedelta gives UTC; a naive datetime stays naive, and the save then fails).",
    get_expire_at_browser_close:
      "True when the cookie lasts only until the browser closes: after set_expiry(0), or with SESSION_EXPIRE_AT_BROWSER_CLOSE and no custom expiry.",
    get_session_cookie_age: "SESSION_COOKIE_AGE, in seconds (1209600 by default: two weeks).",
    save: "Writes the session to the store right now, whatever the modified flag says. A session without a key gets one (which marks it modified, so the cookie is sent).",
    set_test_cookie:
      "Stores testcookie = 'worked' in the session (it is session data, not a separate cookie). On a later request, test_cookie_worked() tells whether the browser kept the cookie.",
    test_cookie_worked:
      "True if the session holds testcookie = 'worked', i.e. the browser sent the session cookie back.",
    delete_test_cookie: "Removes testcookie from the session; KeyError if it is not there.",
  },
} as const;

export default {
  title: "Session store",
  engine: "Engine (SESSION_ENGINE): ",
  noSteps:
    "Nothing stored yet. Log in on the left (alice / alice123) or run an operation that writes to request.session: the session Django saves will appear here.",
  empty:
    "No sessions stored at this step. Log in on the left or run an operation that writes to request.session.",
  pastHint: "You are looking at a past step: this is the store as it was then.",
  changed: {
    added: "added by this step",
    changed: "changed by this step",
    removed: "removed by this step",
  },
  current: "this browser",
  currentTitle: "Browser {{name}}'s {{cookie}} cookie holds this key.",
  expired: "expired",
  never: "never",
  details: "Details",
  detailsOf: "Details of {{key}}",
  close: "Close",
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "Could not copy: select the text and copy it by hand.",
  noVerify: "does not verify",
  noVerifyTitle:
    'This data does not verify with the current SECRET_KEY: Django treats the session as empty (and logs "Session data corrupted").',
  noVerifyLong:
    "null — this data does not verify with the current SECRET_KEY. Django would treat the session as empty, as if logged out.",
  internalKeys:
    "Keys starting with _ and testcookie are Django's own: _session_expiry is what set_expiry() stored (seconds from the last save, 0 = until the browser closes, or a date); testcookie is set_test_cookie().",
  db: {
    heading: "The <code>django_session</code> table",
    hint: "One row per session. Expired rows (greyed) stay in the table until <code>manage.py clearsessions</code> deletes them; Django just ignores them when loading.",
    col: {
      session_key: "session_key",
      session_data: "session_data",
      decoded: "decoded data",
      expire_date: "expire_date",
      left: "time left",
    },
  },
  cache: {
    heading: 'Cache entries (<code>CACHES["{{alias}}"]</code>, local memory)',
    hint: "The cache holds the session dict itself, not signed text. An expired entry is never returned again, so it is not listed (local memory deletes it when it is next read; until then it still counts towards MAX_ENTRIES). A server restart empties the cache.",
    col: {
      key: "cache key",
      value: "value (the dict)",
      expires: "entry expires",
      left: "time left",
    },
  },
  file: {
    heading: "Session files in <code>{{dir}}</code>",
    hint: "One file per session, named SESSION_COOKIE_NAME + session key. The file engine judges expiry when it loads a file: from _session_expiry if set, else from the file's modification time (its last save) + SESSION_COOKIE_AGE. A custom expiry in seconds is returned by get_expiry_age as it is, so a positive one (set_expiry(300)) never expires a file here and a negative one expires it on its next load; set_expiry(0) (until the browser closes) is falsy, so the file's age decides.",
    col: {
      name: "file name",
      content: "content",
      decoded: "decoded",
      expires: "expires (as the engine judges it)",
      left: "time left",
    },
  },
  signed: {
    heading: "signed_cookies: nothing is stored on the server",
    explain:
      "With this engine the cookie IS the session: Django puts the session dict in the cookie, signed with SECRET_KEY so it cannot be changed, but not encrypted — anyone holding the cookie can read it. Logging out only changes this browser's copy (flush() asks it to drop the cookie; the tutorial's del request.session['is_login'] sends it a new one without the key): a copied cookie stays valid until SESSION_COOKIE_AGE runs out.",
    payload: "Browser {{name}}'s {{cookie}} cookie, decoded: ",
    compressed:
      "compressed (zlib) — Django compresses the payload when that makes it shorter; the data is still only signed, not encrypted.",
    invalid: "not a signed session (cannot be read as one)",
    none: "Browser {{name}} holds no {{cookie}} cookie now.",
  },
  skipped: {
    title: "django_session has {{count}} rows",
    explain:
      "Above 2000 rows the timeline stops copying the store at every step (it would be slow), so past steps cannot show it.",
    live: "Showing the table as it is now, read page by page while you scroll.",
    past: "Go to the latest step to browse the table as it is now.",
  },
  loading: "loading…",
} as const;

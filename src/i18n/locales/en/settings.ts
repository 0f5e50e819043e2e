export default {
  title: "settings.py",
  intro:
    "Django reads these settings when the server starts. A change here is one step in the timeline and takes effect from the next request, as editing settings.py would: runserver restarts, so local-memory caches are emptied (rows in django_session and session files stay).",
  pastHint:
    "You are looking at a past step: these are the settings as they were then, read-only. Go to the latest step in the timeline to change them.",
  default: "default",
  defaultTitle: "Django's default for this setting",
  changedBadge: "changed",
  changedTitle: "Not Django's default: it appears in your settings.py below",
  noDefault: "no default",
  noDefaultTitle:
    "Django has no usable default: with an empty SECRET_KEY it still starts, but the first request that signs session data fails (ImproperlyConfigured): with every engine but cache, which signs nothing. This playground refuses an empty one up front.",
  djangoDefault: "Django's default: {{value}}",
  pendingBadge: "not applied yet",
  pendingTitle: "You changed this; press Apply to edit settings.py and restart the server",
  invalidBadge: "not valid",
  invalidTitle: "What is typed here cannot be applied: see the message below",
  reset: "Reset to default",
  resetLabel: "Reset to default: {{name}}",
  pending_one: "{{count}} change not applied yet",
  pending_other: "{{count}} changes not applied yet",
  onlyInvalid: "Nothing to apply yet: correct the value marked below, or discard it.",
  apply: "Apply (restarts the server)",
  discard: "Discard",
  empty: "(empty → None)",
  on: "True",
  presets: "Presets:",
  seconds: "seconds",
  invalid: "Django would refuse this: {{message}}",
  notNumber: "Enter a whole number of seconds.",
  inexactInt:
    "Python's ints have no limit, but this playground keeps numbers as JavaScript does: exact only up to 9007199254740991 (2**53 - 1) seconds.",
  python: {
    title: "Your settings.py (only what differs from Django's defaults)",
    pending: "The edit to settings.py:",
    none: "Everything is at Django's default.",
  },
  engine: {
    db: "database: a row in the django_session table",
    cache: "cache only: fast, but lost when the cache forgets or restarts",
    cached_db: "database + cache: reads from the cache, writes both",
    file: "files: one file per session in SESSION_FILE_PATH",
    signed_cookies: "signed cookies: the data travels in the cookie itself",
  },
  samesite: {
    Lax: '"Lax"',
    Strict: '"Strict"',
    None: '"None"',
    False: "False (no SameSite attribute)",
  },
  help: {
    SECRET_KEY:
      "The secret that signs session data (and the signed_cookies cookie). Change it and every session stored signed fails verification, so everyone is logged out: a db row or session file is treated as empty (Django logs “Session data corrupted”); a signed_cookies cookie is refused silently, and Django starts a new session and sends a new cookie. The cache engine keeps the plain dict, which is never verified (so does cached_db, while its cache entry lives); here those are lost only because the restart empties the local-memory cache. Keep it secret — whoever knows it can forge signed data. (Real projects rotate keys with SECRET_KEY_FALLBACKS, which this playground does not simulate.)",
    SESSION_ENGINE:
      "Where Django keeps session data. db: the django_session table. cache: only in the cache (fast; sessions vanish when the cache is emptied or full). cached_db: written to the database and the cache, read from the cache first. file: one file per session. signed_cookies: nothing on the server — the data is in the cookie, signed but readable. Switching engines loses the stored sessions, except between db and cached_db: both use the django_session table, so sessions carry over (cached_db refills its cache from the rows). cache and cached_db use different cache keys, so they share no entries.",
    SESSION_COOKIE_NAME:
      "The name of the session cookie. The file engine also uses it as the start of each file name. Change it and browsers' old cookies are no longer read: everyone gets a new, empty session.",
    SESSION_COOKIE_AGE:
      "How long a session lives, in seconds (default 1209600 = 2 weeks). It gives the cookie's Max-Age (none with SESSION_EXPIRE_AT_BROWSER_CLOSE) and the database row's expire_date when set_expiry() was not used; it is also the maximum age of a signed_cookies cookie, and the file engine counts it from the file's last save.",
    SESSION_COOKIE_DOMAIN:
      'The cookie\'s Domain attribute. None (empty): the cookie goes back only to the exact host that set it. ".example.com": shared with every subdomain. A Domain that does not match the site makes the browser refuse the cookie.',
    SESSION_COOKIE_PATH:
      'The cookie\'s Path: the browser sends the session cookie only to URLs under this path. With "/app", pages outside /app get no session.',
    SESSION_COOKIE_SECURE:
      "Adds Secure: the browser sends the cookie only over https. Over plain http the browser refuses such a cookie, so there is no session at all. Turn it on for sites served over https. (Real Chrome and Firefox make an exception for http://localhost and 127.0.0.1, which they count as secure; this playground does not, so that the effect shows.)",
    SESSION_COOKIE_HTTPONLY:
      "Adds HttpOnly (on by default): page JavaScript cannot read the session cookie through document.cookie, so a script injected into the page cannot steal it. There is rarely a reason to turn it off.",
    SESSION_COOKIE_SAMESITE:
      "Whether the browser sends the cookie with requests that start on other sites. Lax (default): yes when a link on another site leads here (a top-level GET), no for another site's form posts, images or frames. Strict: only for requests from this site's own pages. None: always — but browsers require Secure with it, or they refuse the cookie. False: no attribute (browsers decide; Chrome then treats it as Lax).",
    SESSION_EXPIRE_AT_BROWSER_CLOSE:
      "True: the cookie gets no Expires/Max-Age, so the browser forgets it when it closes. On the server the session still expires after SESSION_COOKIE_AGE. set_expiry() overrides it per session. (Real browsers set to restore the previous session on start-up keep such cookies too.)",
    SESSION_SAVE_EVERY_REQUEST:
      "True: the session is saved and its cookie re-sent on every request (when the session is not empty), so the expiry slides forward with each visit: the session ends only after SESSION_COOKIE_AGE without any request. Costs a database write per request. False: saved only when modified.",
    SESSION_FILE_PATH:
      "The directory of the file engine. None (empty): the system's temporary directory (/tmp here). Real Django needs the directory to exist; the playground creates it.",
    SESSION_CACHE_ALIAS:
      "Which cache in CACHES the cache and cached_db engines use. It must name an alias defined in CACHES.",
    CACHES:
      'The caches (local memory here). TIMEOUT is a cache entry\'s default lifetime in seconds (sessions set their own, from their expiry); MAX_ENTRIES is how many entries fit before the cache throws out a third of them (1 / CULL_FREQUENCY) — sessions included. A "default" alias is required.',
  },
} as const;

export default {
  title: "Cookies",
  browser: "Browser",
  browserName: "Browser {{name}}",
  tableRegion: "Cookies of browser {{name}}",
  newBrowser: "a new browser {{name}}",
  pageUrl: "page: {{url}}",
  empty:
    "No cookies yet — log in on the left (alice / alice123) or run an operation that writes to request.session.",
  // Also after its cookies expired, were deleted or went with a browser close: no "yet".
  emptyJar: "Browser {{name}} holds no cookies, for any site.",
  noSteps:
    "Nothing has happened yet. Log in on the left or run an operation: the cookies the browser keeps will appear here.",
  pastHint:
    "You are looking at a past step: this is the jar as it was then, read-only. Go to the latest step in the timeline to edit cookies.",
  changed: {
    added: "added by this step",
    changed: "changed by this step",
    removed: "removed by this step",
  },
  col: {
    name: "Name",
    value: "Value",
    domain: "Domain",
    path: "Path",
    expires: "Expires / Max-Age",
    size: "Size",
    httponly: "HttpOnly",
    secure: "Secure",
    samesite: "SameSite",
    actions: "Actions",
  },
  session: "Session",
  sessionTitle: "No Expires or Max-Age: the browser forgets this cookie when it closes.",
  sessionCookie: "Django session",
  sessionCookieTitle:
    "The cookie named by SESSION_COOKIE_NAME: Django finds this browser's session through it. Not to be confused with a browser's “session cookie” (one without Expires or Max-Age), which the browser forgets when it quits.",
  yes: "yes",
  edit: "Edit",
  editValue: "New value of {{name}}",
  save: "Save",
  cancel: "Cancel",
  delete: "Delete",
  deleteLabel: "Delete cookie {{name}}",
  editLabel: "Edit the value of cookie {{name}}",
  copyTo: "Copy to…",
  copyLabel: "Copy cookie {{name}} to another browser",
  copyTitle: "Copy {{name}} into",
  copy: "Copy",
  hijack:
    "This is session hijacking: the session cookie is all a server sees, so whoever holds a copy is logged in as that user. That is why Django marks it HttpOnly by default (scripts cannot read it), and why real sites use HTTPS with SESSION_COOKIE_SECURE = True. If the other browser has no cookie of that name yet, the copy is made as if typed in by hand: host-only, path /, no expiry, and without HttpOnly, Secure or SameSite.",
  hijackEnds:
    "What ends it: this tutorial's logout only deletes is_login, so the session and its key live on: the copy is logged out when its user logs out, and logged in again when they log in again. Django's own logout() calls flush(), which deletes the session and its key, and when the user logs in again, login() gives their session a new key (cycle_key(); flush() if it held another user), so an old copy stops working.",
  hijackEndsSigned:
    "What ends it: with signed_cookies, nothing on the server. The session is in the cookie itself, so logging out only changes this browser's copy; the other copy stays valid until SESSION_COOKIE_AGE runs out (or SECRET_KEY changes).",
  add: {
    title: "Add a cookie",
    name: "Name",
    value: "Value",
    submit: "Add",
    hint: "Like typing it into DevTools: a cookie for this site's host, path /, no expiry, not HttpOnly. An existing cookie with that name gets the new value instead.",
  },
  js: {
    title: "What page JavaScript sees — document.cookie",
    empty: "(empty string)",
    explain:
      "Cookies marked HttpOnly are still sent with every request, but scripts on the page cannot read them, so a cross-site scripting bug cannot steal the session cookie. On an http page, Secure cookies are hidden too.",
  },
  rejected: {
    // Of the viewed step, or of every step on the way to the page it shows (a login's redirects).
    title_one: "Browser {{name}} refused {{count}} Set-Cookie line",
    title_other: "Browser {{name}} refused {{count}} Set-Cookie lines",
    step: "step {{step}}:",
    reason: {
      "secure-from-insecure-origin":
        "A Secure cookie arrived over http — the browser drops it. So with SESSION_COOKIE_SECURE = True over http there is no session at all: every request starts a new one. (Real Chrome and Firefox make an exception for http://localhost and 127.0.0.1; this playground does not, so that the effect shows.)",
      "overwrites-secure-cookie":
        "An http response tried to replace a Secure cookie of the same name — browsers refuse, so the Secure cookie stays as it was.",
      "samesite-none-without-secure":
        'SameSite=None without Secure — browsers reject it. SESSION_COOKIE_SAMESITE = "None" needs SESSION_COOKIE_SECURE = True (and https).',
      "prefix-secure":
        "The name starts with __Secure-, which browsers only accept on a Secure cookie set over https.",
      "prefix-host":
        "The name starts with __Host-, which browsers only accept on a Secure cookie set over https, with Path=/ and no Domain.",
      "domain-mismatch":
        "Its Domain does not match the page's host — a site cannot set cookies for another site. Check SESSION_COOKIE_DOMAIN.",
      "public-suffix":
        "Its Domain is a public suffix (like com) — it would reach every site under it, so browsers refuse.",
      "too-large":
        "Name and value together are over 4096 bytes — the browser ignores this line and keeps the cookie it had. With signed_cookies Django does not check the size, so the session silently falls back to its last version that fitted (or, if none ever fitted, there is none).",
      invalid: "The browser could not read this line as a cookie.",
    },
  },
} as const;

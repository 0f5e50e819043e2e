export default {
  label: "Simulated browser",
  viewport: "The page on show",
  profiles: {
    label: "Browsers",
    closedMark: "(closed)",
    add: "+ add browser",
    nameLabel: "Name of the new browser",
    namePlaceholder: "{{name}}, or Alice's Chrome",
    addConfirm: "Add",
    cancel: "Cancel",
    nameTaken: "There is already a browser called “{{name}}”.",
    nameMax: "A name holds {{max}} characters at most.",
    close: "Close browser {{name}}",
    closeHint:
      "Quits this browser, as closing every window would. It forgets the cookies that have no Expires or Max-Age (“session cookies”); cookies with an expiry date are kept.",
  },
  address: {
    label: "Address bar",
    back: "Back",
    forward: "Forward",
    reload: "Reload",
    origin: "Site (scheme and host)",
    originHint:
      "The site this browser talks to. https matters for cookies marked Secure (SESSION_COOKIE_SECURE).",
    custom: "Other…",
    customField: "Other site: scheme, host and port",
    badOrigin: "Write a site as scheme and host, for example http://localhost:8000.",
    path: "Path",
    go: "Go",
    refused: {
      empty: "Type a path such as /login/ first.",
      scheme: "Only http:// and https:// addresses can be opened here.",
      ops: "/ops/ is how the Operations tab on the right talks to Django, not a page: run session operations there.",
    },
  },
  quick: { label: "Demo site:" },
  past: {
    label: "Past step",
    viewing: "Viewing step {{n}}.",
    readOnly: "This is the page as it was then; it cannot be clicked.",
    present: "Back to the present",
    continue: "Continue from here",
    continueHint:
      "Drops every step after this one and carries on from here: your next action becomes the next step.",
  },
  message: { dismiss: "Dismiss" },
  frame: {
    title: "Page shown by browser {{name}}: {{url}}",
    external:
      "This link leaves the demo site ({{url}}). The simulated browser only visits the demo site.",
    pastReadOnly:
      "This page is from a past step. Go back to the present, or continue from here, to click it.",
  },
  status: {
    label: "Page load",
    followed: "(followed)",
    notFollowed: "(not followed)",
    redirectOnly:
      "A redirect has no page of its own: the browser shows one once it requests {{location}}, in a step of its own.",
    noSlashPost:
      "Not found: the path lacks its final slash. In a project made by startproject (DEBUG = True), CommonMiddleware would answer this POST with an error (RuntimeError, 500): a redirect to {{location}} would lose the form's data. With DEBUG = False it redirects (301), and the data is lost. This playground's project has only SessionMiddleware, so Django answers Not Found.",
    follow: "Go to {{location}}",
    noSlash:
      "Not found: the path lacks its final slash. A project made by startproject has CommonMiddleware, which would answer 301 → {{location}} (APPEND_SLASH); this playground's project has only SessionMiddleware, so Django answers Not Found.",
    loginAgain:
      "The login view answered with the form again: in the tutorial's log_in, that means user and pwd do not match a demo user.",
    users: "Demo users: ",
  },
  start: {
    title: "Browser {{name}} has no page open yet",
    open: "Open /login/",
    try: "Log in as alice (password alice123), then watch the sessionid cookie appear in the cookie jar and the new row in django_session.",
    tryOther:
      "Log in as bob (password bob123) for a second user, or copy another browser's sessionid into this one (Copy to… in the cookie table) and open /backend/: session hijacking.",
    pastBlank: "At this step, browser {{name}} had not opened any page yet.",
  },
  closed: {
    title: "Browser {{name}} is closed",
    why: "When a browser quits, it forgets every cookie without Expires or Max-Age (a “session cookie”). Cookies with an expiry date stay on disk and are sent again after it reopens — that is what SESSION_EXPIRE_AT_BROWSER_CLOSE is about.",
    reopen: "Reopen browser {{name}}",
  },
} as const;

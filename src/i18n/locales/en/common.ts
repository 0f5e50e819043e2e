export default {
  appName: "Session Lab",
  dismiss: "Dismiss",
  /** Where a problem is, before what it is: "steps[0].request.path: …". */
  at: "{{where}}: ",
  /** The dividers between panes (drag them, or focus one and use the arrow keys). */
  resize: {
    browserTimeline: "Resize the browser and the timeline",
    columns: "Resize the browser side and the server side",
    toolsCookies: "Resize the server tools and the cookies",
    cookiesStore: "Resize the cookies and the session store",
  },
  pastBadge: "step {{step}} · read-only",
  serverTools: "Server tools",
  noServiceWorker:
    "This page has no service worker (plain http on a network address), so requests go straight to the simulated Django server instead of through Mock Service Worker. Everything still works.",
  tabs: { ops: "Operations", settings: "Settings", manage: "manage.py", code: "Code" },
  otherTab:
    "Session Lab is already open in another tab of this browser. Both would keep the same saved playground and overwrite each other's work, so this tab waits: it starts as soon as the other one is closed.",
  startFailed:
    "Session Lab could not start (the error is below). Reloading the page usually helps; what this browser saved of the playground is kept.",
  startAgain: "Reload the page",
  notices: {
    error: "{{detail}}",
    notSaved:
      "The last change was not saved in this browser's storage, so a reload would lose it: {{detail}}",
    pythonUnavailable: "Python views need the browser playground (Pyodide).",
    pythonFailed: "Python could not start: {{detail}}",
    opsNotAPage: "/ops/ is not a page: run session operations from the Operations tab.",
    shareDamaged:
      "The share link is damaged: its scenario could not be read. Ask for the link again, or import the scenario's file.",
    shareRefused: "The share link's scenario was not opened: {{detail}}",
    simulationFailed:
      "The simulated server failed on this request: {{detail}}. This is a fault in Session Lab, not something Django does (Django answers errors with a response); the step was not recorded.",
  },
  crashed: {
    title: "Session Lab could not show the playground",
    text: "Something in it cannot be displayed (the error is below). Download the scenario first, so nothing is lost, then start a fresh playground with Reset; the downloaded file can be imported again later.",
    download: "Download the scenario",
    reset: "Reset the playground",
  },
} as const;

export default {
  appName: "Session Lab",
  dismiss: "Dismiss",
  resize: "Drag to resize",
  serverTools: "Server tools",
  noServiceWorker:
    "This page has no service worker (plain http on a network address), so requests go straight to the simulated Django server instead of through Mock Service Worker. Everything still works.",
  tabs: { ops: "Operations", settings: "Settings", manage: "manage.py", code: "Code" },
} as const;

export default {
  tab: "Code",
  files: "Project files",
  edited: "edited",
  errors_one: "{{count}} problem",
  errors_other: "{{count}} problems",
  loadingEditor: "Loading the code editor…",
  editorLabel: "Editor for {{file}}. {{keys}}",
  keys: {
    tabIndents:
      "Tab indents. Esc, then Tab: leave the editor. {{toggle}}: Tab moves focus instead.",
    tabMovesFocus: "Tab moves focus out of the editor. {{toggle}}: Tab indents again.",
  },
  save: "Save",
  saveHint:
    "Ctrl+S saves. Saved settings take effect from the next request, as editing settings.py under runserver would.",
  saved: "Saved.",
  pastSettingsPy:
    "You are looking at step {{step}}. This is settings.py as it is now; saving a change applies it as a settings step right after step {{step}}, and the steps after it are discarded (you are asked first).",
  unsaved: "Unsaved changes",
  largerEditor: "Larger editor",
  largerEditorHint:
    "Gives the editor most of this column: the cookies and the session store shrink. Press again to put them back.",
  restore: "Restore the tutorial's code",
  restoreConfirm:
    "Put back the tutorial's version of {{file}}? Your changes to this file are lost.",
  runViews: "Run my views",
  runViewsHint:
    "Your views.py runs as real Python (CPython in the page, via Pyodide) from the next request on. The first start loads Python, which takes a few seconds.",
  viewsBuiltin: "The site answers with the tutorial's built-in views (no Python loaded).",
  viewsPython: "The site runs your views.py as Python.",
  viewsStale:
    "views.py has changed since it was started: press \u201cRun my views\u201d to use the new code.",
  python: {
    off: "Python: not running",
    starting: "Python: starting…",
    ready: "Python: ready (started in {{seconds}} s)",
    failed: "Python could not start: {{message}}",
    restarted_one:
      "The Python process was restarted {{count}} time (a view did not return in time).",
    restarted_other:
      "The Python process was restarted {{count}} times (a view did not return in time).",
  },
  fileHelp: {
    settings:
      "The session settings. Valid values are applied when you save; a line with a problem is marked and the last valid settings stay in force.",
    views:
      "The tutorial's three views: log_in (/login/), backend (/backend/) and log_out (/logout/). Edit them and press \u201cRun my views\u201d.",
    login:
      "The login page's template (Django template language: {{example}}, {% if %}, {% for %}).",
    backend: "The page the backend view renders for a logged-in user.",
  },
  problems: "Problems",
  warning: "warning",
  // Ends with its separator: ": " in English, a full-width "：" in Chinese.
  line: "line {{line}}: ",
} as const;

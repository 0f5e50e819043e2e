export default {
  scenarioGroup: "Scenario",
  displayGroup: "Display",
  language: "Language",
  clock: {
    label: "Virtual clock",
    live: "Virtual clock (UTC)",
    past: "At step {{n}} — the past",
    pastHint:
      "You are looking at a past step. Moving the clock now carries on from this step and drops the steps after it.",
    loading: "starting…",
    forward: "Move the virtual clock forward",
    jumps: { minute: "+1 min", hour: "+1 h", day: "+1 day", weeks: "+2 weeks" },
    jumpsLong: {
      minute: "Move the virtual clock forward 1 minute",
      hour: "Move the virtual clock forward 1 hour",
      day: "Move the virtual clock forward 1 day",
      weeks:
        "Move the virtual clock forward 2 weeks (1209600 seconds: SESSION_COOKIE_AGE's default). A session saved just before expires at exactly that moment: Django no longer loads it, but with db or cached_db clearsessions deletes its row only a second later (it deletes expire_date < now).",
    },
    jumpTo: "Jump to…",
    discardTitle: "Move the clock from a past step?",
  },
  jumpTo: {
    title: "Jump to a date and time",
    intro:
      "The virtual clock only moves forward. Pick a moment after {{now}}: the clock moves forward by the difference, in one step.",
    field: "Date and time (UTC)",
    submit: "Jump",
    invalid: "Enter a complete date and time.",
    past: "{{target}} is before the clock's time ({{now}}). The virtual clock only moves forward; to see an earlier moment, select an earlier step in the timeline.",
    same: "The clock already shows that time: pick a later one.",
    tooLate:
      "Python's datetime ends at 9999-12-31 23:59:59 (datetime.max): Django's clock cannot go past it. Pick an earlier moment.",
    willAdvance: "The clock will move forward {{duration}}, to {{target}}.",
  },
  duration: {
    week_one: "{{count}} week",
    week_other: "{{count}} weeks",
    day_one: "{{count}} day",
    day_other: "{{count}} days",
    hour_one: "{{count}} hour",
    hour_other: "{{count}} hours",
    minute_one: "{{count}} minute",
    minute_other: "{{count}} minutes",
    second_one: "{{count}} second",
    second_other: "{{count}} seconds",
  },
  dialog: {
    cancel: "Cancel",
    close: "Close",
    dropsUnapplied:
      "Edits not yet applied in the Settings or Code tab are lost: apply or save them first if you want to keep them.",
  },
  copy: {
    button: "Copy",
    copied: "Copied to the clipboard.",
    failed: "Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).",
  },
  presenter: {
    label: "Presenter",
    hint: "Larger text and controls, for a projector",
  },
  reset: {
    button: "Reset",
    title: "Start over?",
    body: "This removes every step of the timeline, every browser and its cookies, and everything in the session store. The virtual clock starts again at the real current time. Export first if you want to keep this scenario.",
    confirm: "Yes, reset everything",
  },
  export: {
    button: "Export",
    title: "Export this scenario",
    intro:
      "Every step you took, as a scenario file. Import it later, give it to someone, or run it with the command-line runner.",
    field: "Scenario (JSON)",
    download: "Download {{file}}",
  },
  import: {
    button: "Import",
    title: "Import a scenario",
    intro:
      "Importing replaces the current timeline: the scenario's steps are replayed from its start time. Export first if you want to keep what you have.",
    file: "Choose a .json file",
    paste: "… or paste the scenario JSON",
    submit: "Import",
    working: "Importing…",
    starting:
      "Starting Python for the scenario's views.py (the first start takes a few seconds); its steps run next ({{total}} in all). Nothing has changed yet; Cancel stops here.",
    trying:
      "Trying the scenario: step {{done}} of {{total}}. Nothing has changed yet; Cancel stops here.",
    applying: "The scenario ran to its end: it now replaces the playground.",
    empty: "Choose a file or paste a scenario first.",
    notImported: "Not imported: ",
    failed: "The scenario could not be read.",
    unreadable: "Could not read the file {{file}}.",
  },
  share: {
    button: "Share link",
    title: "Share link",
    intro:
      "Whoever opens this link gets this scenario replayed in their own browser. Nothing is uploaded: the steps are packed into the link itself.",
    field: "Link",
    copied: "The link is copied to the clipboard.",
    notCopied:
      "The link could not be copied automatically: it is selected below, press Ctrl+C (⌘C on a Mac).",
  },
  shared: {
    starting:
      "Opening the shared scenario: starting Python for its views.py (the first start takes a few seconds); its steps run next ({{total}} in all). Nothing has changed yet; Cancel stops here.",
    trying:
      "Opening the shared scenario: step {{done}} of {{total}}. Nothing has changed yet; Cancel stops here.",
    applying: "The shared scenario ran to its end: it now replaces the playground.",
    title: "Open the shared scenario?",
    titleCode: "This link carries Python code",
    steps_one: "The link carries a scenario of {{count}} step.",
    steps_other: "The link carries a scenario of {{count}} steps.",
    replaces_one:
      "Opening it replaces this playground and its {{count}} step. Export first if you want to keep it.",
    replaces_other:
      "Opening it replaces this playground and its {{count}} steps. Export first if you want to keep it.",
    replacesCode:
      "Opening it replaces this playground, with the code you edited. Export first if you want to keep it.",
    code: "The scenario comes with its own views.py. It would run as Python in this page:",
    open: "Open it",
    run: "Open it and run the code",
    skip: "Open it without running the code",
    keep: "Keep my playground",
  },
} as const;

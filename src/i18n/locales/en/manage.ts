export default {
  logLabel: "manage.py output",
  past: "Looking at step {{step}}: this console is a terminal, so it keeps every command typed so far, later ones included; the cookie jar and the store show what step {{step}} left.",
  inputLabel: "Command for python manage.py",
  empty: "Type clearsessions (or runserver to restart the server, or help) and press Enter.",
  hint: "Enter runs the command; ↑ and ↓ recall earlier ones.",
  noOutput: "(no output)",
  clear: "Clear the console",
  onlyClearsessions:
    "This playground's manage.py runs two commands: clearsessions, and runserver (which restarts the server).",
  notHere:
    "{{name}} is one of Django's own commands, but this playground's manage.py runs only clearsessions and runserver: nothing was run.",
  restarted:
    "the development server restarted, as after Ctrl+C and runserver again: the local-memory cache is empty (with every session the cache engine kept there); the django_session table and session files stay.",
  failed: "The command failed: {{message}}",
  engineIntro: "clearsessions with the {{engine}} engine: ",
  engines: {
    db: "deletes the django_session rows whose expire_date has passed (expired rows otherwise stay in the table).",
    cached_db:
      "deletes expired rows from django_session; the cache drops its own copies when they time out.",
    file: "deletes the expired session files in SESSION_FILE_PATH.",
    cache:
      "nothing to do: the cache never returns an expired session (local memory deletes one when it is next read).",
    signed_cookies: "nothing to do: the sessions live in the browsers' cookies, not on the server.",
  },
  effect: {
    db_one: "removed {{count}} expired session from django_session",
    db_other: "removed {{count}} expired sessions from django_session",
    leftAtNow_one:
      "{{count}} row stays although it has expired: its expire_date is exactly now. Django loads only rows with expire_date > now, and clearsessions deletes only those with expire_date < now. One second later, it would be deleted.",
    leftAtNow_other:
      "{{count}} rows stay although they have expired: their expire_date is exactly now. Django loads only rows with expire_date > now, and clearsessions deletes only those with expire_date < now. One second later, they would be deleted.",
    file_one: "deleted {{count}} expired session file",
    file_other: "deleted {{count}} expired session files",
    nothing: {
      cache: "nothing removed: the cache engine has nothing to clear",
      signed_cookies: "nothing removed: signed_cookies keeps nothing on the server",
    },
  },
} as const;

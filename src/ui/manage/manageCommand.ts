import { difflibRatio } from "../../engine/python/difflibRatio.ts";

/** The only command the playground's manage.py has (Django's sessions app). */
export const COMMANDS = ["clearsessions"] as const;

/**
 * Every command of a project like the tutorial's (INSTALLED_APPS: auth, contenttypes, sessions,
 * staticfiles), by app, as Django 5.2's `manage.py help` lists them.
 */
const APP_COMMANDS: readonly [app: string, commands: readonly string[]][] = [
  ["auth", ["changepassword", "createsuperuser"]],
  ["contenttypes", ["remove_stale_contenttypes"]],
  [
    "django",
    [
      "check",
      "compilemessages",
      "createcachetable",
      "dbshell",
      "diffsettings",
      "dumpdata",
      "flush",
      "inspectdb",
      "loaddata",
      "makemessages",
      "makemigrations",
      "migrate",
      "optimizemigration",
      "sendtestemail",
      "shell",
      "showmigrations",
      "sqlflush",
      "sqlmigrate",
      "sqlsequencereset",
      "squashmigrations",
      "startapp",
      "startproject",
      "test",
      "testserver",
    ],
  ],
  ["sessions", ["clearsessions"]],
  ["staticfiles", ["collectstatic", "findstatic", "runserver"]],
];

/** Django's other commands: real, so not "Unknown command", but not run here. */
const DJANGO_COMMANDS = new Set(
  APP_COMMANDS.flatMap(([, commands]) => commands).filter(
    (c) => !(COMMANDS as readonly string[]).includes(c) && c !== "runserver",
  ),
);

/** What a line typed after `python manage.py ` asks for. */
export type ManageCommand =
  | { kind: "empty" }
  | { kind: "clearsessions" }
  /** One of Django's own commands, which this playground does not run. */
  | { kind: "notHere"; name: string }
  /** Stop and start the development server again: a restart_server step. */
  | { kind: "runserver" }
  | { kind: "help"; topic: string | null }
  /** Django's answer for a command it does not know; `suggestion` is its "Did you mean …?". */
  | { kind: "unknown"; name: string; suggestion: string | null }
  /** argparse refused the arguments. */
  | { kind: "usageError"; message: string };

const FLAGS = new Set(["--traceback", "--no-color", "--force-color", "--skip-checks"]);

/** A pasted `python manage.py …` (or `./manage.py …`) is the same command. */
const PREFIX = /^(?:python3?\s+)?(?:\.\/)?manage\.py\s*/;

export function parseManageCommand(line: string): ManageCommand {
  const [name, ...args] = line.trim().replace(PREFIX, "").split(/\s+/).filter(Boolean);
  if (!name) return { kind: "empty" };
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = args[0] ?? null;
    if (topic && DJANGO_COMMANDS.has(topic)) return { kind: "notHere", name: topic };
    if (topic === "runserver") return { kind: "help", topic };
    if (topic && !(COMMANDS as readonly string[]).includes(topic)) return unknown(topic);
    return { kind: "help", topic };
  }
  if (DJANGO_COMMANDS.has(name)) return { kind: "notHere", name };
  // The server is already running: starting it again is a restart (its options do not apply here).
  if (name === "runserver")
    return args.some((a) => a === "-h" || a === "--help")
      ? { kind: "help", topic: name }
      : { kind: "runserver" };
  if (name !== "clearsessions") return unknown(name);
  const unrecognized: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-h" || arg === "--help") return { kind: "help", topic: name };
    const verbosity = /^(?:-v|--verbosity)(?:=?(.+))?$/.exec(arg);
    if (verbosity) {
      const value = verbosity[1] ?? args[++i];
      if (value === undefined) return usage("argument -v/--verbosity: expected one argument");
      if (!/^-?\d+$/.test(value))
        return usage(`argument -v/--verbosity: invalid int value: '${value}'`);
      if (!["0", "1", "2", "3"].includes(String(Number(value))))
        return usage(
          `argument -v/--verbosity: invalid choice: ${Number(value)} (choose from 0, 1, 2, 3)`,
        );
    } else if (!FLAGS.has(arg)) unrecognized.push(arg);
  }
  if (unrecognized.length) return usage(`unrecognized arguments: ${unrecognized.join(" ")}`);
  return { kind: "clearsessions" };
}

const usage = (message: string): ManageCommand => ({ kind: "usageError", message });

/** Django's "Did you mean …?": difflib.get_close_matches over every command, the best first. */
function closest(name: string): string | null {
  let best: { score: number; command: string } | null = null;
  for (const command of [...COMMANDS, "runserver", ...DJANGO_COMMANDS]) {
    const score = difflibRatio(name, command);
    // get_close_matches ranks (score, word) pairs: an equal score goes to the larger word.
    if (
      score >= 0.6 &&
      (!best || score > best.score || (score === best.score && command > best.command))
    )
      best = { score, command };
  }
  return best?.command ?? null;
}

const unknown = (name: string): ManageCommand => ({
  kind: "unknown",
  name,
  suggestion: closest(name),
});

/** Django 5.2's `manage.py help runserver` (staticfiles' runserver), as argparse wraps it at 80 columns. */
const RUNSERVER_HELP = `usage: manage.py runserver [-h] [--ipv6] [--nothreading] [--noreload]
                           [--nostatic] [--insecure] [--version]
                           [--settings SETTINGS] [--pythonpath PYTHONPATH]
                           [--no-color] [--force-color] [--skip-checks]
                           [addrport]

Starts a lightweight web server for development and also serves static files.

positional arguments:
  addrport              Optional port number, or ipaddr:port

options:
  -h, --help            show this help message and exit
  --ipv6, -6            Tells Django to use an IPv6 address.
  --nothreading         Tells Django to NOT use threading.
  --noreload            Tells Django to NOT use the auto-reloader.
  --nostatic            Tells Django to NOT automatically serve static files
                        at STATIC_URL.
  --insecure            Allows serving static files even if DEBUG is False.
  --version             Show program's version number and exit.
  --settings SETTINGS   The Python path to a settings module, e.g.
                        "myproject.settings.main". If this isn't provided, the
                        DJANGO_SETTINGS_MODULE environment variable will be
                        used.
  --pythonpath PYTHONPATH
                        A directory to add to the Python path, e.g.
                        "/home/djangoprojects/myproject".
  --no-color            Don't colorize the command output.
  --force-color         Force colorization of the command output.
  --skip-checks         Skip system checks.`;

const CLEARSESSIONS_USAGE = `usage: manage.py clearsessions [-h] [--version] [-v {0,1,2,3}] [--settings SETTINGS]
                               [--pythonpath PYTHONPATH] [--traceback] [--no-color]
                               [--force-color] [--skip-checks]`;

/** What Django prints for each command but clearsessions (whose success prints nothing). */
export function manageOutput(
  command: Exclude<ManageCommand, { kind: "empty" | "clearsessions" | "notHere" | "runserver" }>,
): {
  text: string;
  stderr: boolean;
} {
  switch (command.kind) {
    case "help":
      return {
        stderr: false,
        text:
          command.topic === "runserver"
            ? RUNSERVER_HELP
            : command.topic
              ? `${CLEARSESSIONS_USAGE}

Can be run as a cronjob or directly to clean out expired sessions when the backend supports it.

options:
  -h, --help            show this help message and exit
  --version             Show program's version number and exit.
  -v {0,1,2,3}, --verbosity {0,1,2,3}
                        Verbosity level; 0=minimal output, 1=normal output, 2=verbose output,
                        3=very verbose output
  --settings SETTINGS   The Python path to a settings module, e.g. "myproject.settings.main". If
                        this isn't provided, the DJANGO_SETTINGS_MODULE environment variable will
                        be used.
  --pythonpath PYTHONPATH
                        A directory to add to the Python path, e.g.
                        "/home/djangoprojects/myproject".
  --traceback           Display a full stack trace on CommandError exceptions.
  --no-color            Don't colorize the command output.
  --force-color         Force colorization of the command output.
  --skip-checks         Skip system checks.`
              : `
Type 'manage.py help <subcommand>' for help on a specific subcommand.

Available subcommands:
${APP_COMMANDS.map(([app, commands]) => `\n[${app}]\n${commands.map((c) => `    ${c}`).join("\n")}`).join("\n")}`,
      };
    case "unknown":
      return {
        stderr: true,
        text: `Unknown command: '${command.name}'${command.suggestion ? `. Did you mean ${command.suggestion}?` : ""}
Type 'manage.py help' for usage.`,
      };
    case "usageError":
      return {
        stderr: true,
        text: `${CLEARSESSIONS_USAGE}
manage.py clearsessions: error: ${command.message}`,
      };
  }
}

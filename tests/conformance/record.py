#!/usr/bin/env python
"""Record golden traces of scenarios against REAL Django 5.2.

    .venv/bin/python tests/conformance/record.py [SCENARIO.json ...]

Without arguments every tests/conformance/scenarios/*.json is recorded.  Each
scenario runs in its own subprocess (fresh settings.configure(), fresh temp
SQLite database, fresh temp directory for the simulated file system) and its
trace is written to tests/conformance/traces/<same file name>.

Every decision this recorder makes is written down in
tests/conformance/README.md; the TypeScript implementation follows it.
"""

from __future__ import annotations

import glob
import io
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote_to_bytes, urlencode

sys.dont_write_bytecode = True  # keep __pycache__ out of tests/conformance

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO_DIR = os.path.join(HERE, "scenarios")
TRACE_DIR = os.path.join(HERE, "traces")
sys.path.insert(0, HERE)

from browser import Browser, describe_set_cookie, iso_utc, parse_url  # noqa: E402

UTC = timezone.utc
ENGINE_PREFIX = "django.contrib.sessions.backends."
ENGINES = {ENGINE_PREFIX + e for e in ("db", "cache", "cached_db", "file", "signed_cookies")}
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
DEFAULT_FILE_DIR = "tmp"  # SESSION_FILE_PATH None = the OS temp dir = "/tmp" in the simulated FS
SESSION_SALT = "django.contrib.sessions.SessionStore"
CACHE_PREFIX = "django.contrib.sessions.cache"
CACHED_DB_PREFIX = "django.contrib.sessions.cached_db"

# op name -> (min args, max args)
OPS = {
    "set": (2, 2),
    "get": (1, 2),
    "getitem": (1, 1),
    "del": (1, 1),
    "contains": (1, 1),
    "pop": (1, 2),
    "setdefault": (2, 2),
    "update": (1, 1),
    "keys": (0, 0),
    "values": (0, 0),
    "items": (0, 0),
    "append": (2, 2),
    "mark_modified": (0, 0),
    "clear": (0, 0),
    "flush": (0, 0),
    "cycle_key": (0, 0),
    "is_empty": (0, 0),
    "session_key": (0, 0),
    "set_expiry": (1, 1),
    "get_expiry_age": (0, 0),
    "get_expiry_date": (0, 0),
    "get_expire_at_browser_close": (0, 0),
    "get_session_cookie_age": (0, 0),
    "exists": (1, 1),
    "delete": (0, 1),
    "clear_expired": (0, 0),
    "save": (0, 0),
    "set_test_cookie": (0, 0),
    "test_cookie_worked": (0, 0),
    "delete_test_cookie": (0, 0),
}


def hand_edit_refused(name, value):
    """As src/browser/handEditProblem.ts: what Chromium's DevTools refuse to store when typed."""
    bad = lambda text, extra: any(ord(ch) < 0x20 or ord(ch) == 0x7F or ch in extra for ch in text)
    return (
        (name == "" and value == "")
        or bad(name, ";=")
        or bad(value, ";")
        or name != name.strip(" ")
        or value != value.strip(" ")
        # A lone surrogate counts as the 3 bytes JavaScript's TextEncoder writes for it.
        or len((name + value).encode("utf-8", "surrogatepass")) > 4096
    )


STEP_KINDS = ("request", "advance", "close_browser", "restart_server", "settings", "manage", "edit_cookie")
REQUEST_FIELDS = {"browser", "method", "origin", "path", "ops", "form"}
EDIT_FIELDS = {"browser", "name", "value", "origin", "domain", "path"}


class ScenarioError(Exception):
    pass


def check_django():
    try:
        import django
    except ImportError:
        sys.stderr.write("record.py: Django is not installed in this Python (%s)\n" % sys.executable)
        sys.exit(1)
    if tuple(django.VERSION[:2]) != (5, 2):
        sys.stderr.write(
            "record.py: refusing to record: Django %s found, traces must come from Django 5.2.x\n"
            % django.get_version()
        )
        sys.exit(1)


# --------------------------------------------------------------------------
# Validation


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def parse_time(text, what):
    if not isinstance(text, str):
        raise ScenarioError("%s must be an ISO 8601 string" % what)
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ScenarioError("%s: %r is not an ISO 8601 date-time" % (what, text))
    if dt.tzinfo is None:
        raise ScenarioError("%s: %r has no UTC offset" % (what, text))
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        raise ScenarioError("%s: %r is past datetime.max in UTC" % (what, text))


def validate_caches(caches):
    if not isinstance(caches, dict):
        raise ScenarioError("setting CACHES must be an object")
    if "default" not in caches:
        raise ScenarioError("setting CACHES needs a 'default' alias")
    for alias, conf in caches.items():
        if not isinstance(conf, dict):
            raise ScenarioError("setting CACHES[%r] must be an object" % alias)
        for k, v in conf.items():
            if k == "BACKEND":
                if v != LOCMEM:
                    raise ScenarioError("setting CACHES[%r].BACKEND must be %s" % (alias, LOCMEM))
            elif k == "LOCATION":
                if not isinstance(v, str):
                    raise ScenarioError("setting CACHES[%r].LOCATION must be a string" % alias)
            elif k == "TIMEOUT":
                if v is not None and not _is_int(v):
                    raise ScenarioError("setting CACHES[%r].TIMEOUT must be an integer or null" % alias)
            elif k == "OPTIONS":
                if not isinstance(v, dict):
                    raise ScenarioError("setting CACHES[%r].OPTIONS must be an object" % alias)
                for ok, ov in v.items():
                    if ok not in ("MAX_ENTRIES", "CULL_FREQUENCY"):
                        raise ScenarioError("unknown setting CACHES[%r].OPTIONS.%s" % (alias, ok))
                    if not _is_int(ov):
                        raise ScenarioError("setting CACHES[%r].OPTIONS.%s must be an integer" % (alias, ok))
            else:
                raise ScenarioError("unknown setting CACHES[%r].%s" % (alias, k))


def validate_settings(s, where):
    if not isinstance(s, dict):
        raise ScenarioError("%s must be an object" % where)
    for name, v in s.items():
        bad = False
        if name == "SECRET_KEY":
            bad = not isinstance(v, str) or v == ""
        elif name == "SESSION_ENGINE":
            if v not in ENGINES:
                raise ScenarioError("setting SESSION_ENGINE: unknown engine %r" % (v,))
        elif name == "SESSION_COOKIE_NAME":
            bad = not isinstance(v, str) or v == ""
        elif name == "SESSION_COOKIE_AGE":
            # The playground holds numbers as JavaScript does: an int it could not keep exact is refused.
            bad = not _is_int(v) or abs(v) > 2**53 - 1
        elif name == "SESSION_COOKIE_DOMAIN":
            bad = v is not None and not isinstance(v, str)
        elif name == "SESSION_COOKIE_PATH":
            bad = not isinstance(v, str)
        elif name in (
            "SESSION_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "SESSION_EXPIRE_AT_BROWSER_CLOSE",
            "SESSION_SAVE_EVERY_REQUEST",
        ):
            bad = not isinstance(v, bool)
        elif name == "SESSION_COOKIE_SAMESITE":
            bad = not (v is False or v is None or (isinstance(v, str) and v.lower() in ("lax", "strict", "none")))
        elif name == "SESSION_FILE_PATH":
            if v is not None:
                if not isinstance(v, str):
                    bad = True
                elif ".." in v.replace("\\", "/").split("/"):
                    raise ScenarioError("setting SESSION_FILE_PATH: '..' is refused (%r)" % v)
        elif name == "SESSION_CACHE_ALIAS":
            bad = not isinstance(v, str)
        elif name == "CACHES":
            validate_caches(v)
        else:
            raise ScenarioError("%s: unknown setting %s" % (where, name))
        if bad:
            raise ScenarioError("%s: setting %s has a value of the wrong type: %r" % (where, name, v))


def check_cache_alias(current):
    alias = current.get("SESSION_CACHE_ALIAS", "default")
    caches = current.get("CACHES", {"default": {}})
    if alias not in caches:
        raise ScenarioError("setting SESSION_CACHE_ALIAS %r names no CACHES alias" % alias)


def validate_origin(origin, where):
    if not isinstance(origin, str) or not (origin.startswith("http://") or origin.startswith("https://")):
        raise ScenarioError("%s: origin must be an http:// or https:// URL, got %r" % (where, origin))
    u = parse_url(origin)
    if not u.host:
        raise ScenarioError("%s: origin %r has no host" % (where, origin))


def is_cookie_ref(v):
    return isinstance(v, dict) and set(v) == {"cookie"} and isinstance(v["cookie"], str)


def _has_inexact_int(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) > 2**53 - 1
    if isinstance(value, list):
        return any(_has_inexact_int(v) for v in value)
    if isinstance(value, dict):
        return any(_has_inexact_int(v) for v in value.values())
    return False


def validate_op(op, where):
    if not isinstance(op, list) or not op or not isinstance(op[0], str):
        raise ScenarioError("%s: an op must be a list starting with its name, got %r" % (where, op))
    name = op[0]
    if name not in OPS:
        raise ScenarioError("%s: unknown op %r" % (where, name))
    lo, hi = OPS[name]
    if not (lo <= len(op) - 1 <= hi):
        raise ScenarioError("%s: op %r takes %d..%d arguments, got %d" % (where, name, lo, hi, len(op) - 1))
    # The playground holds numbers as JavaScript does: an int it could not keep exact is refused.
    if name != "set_expiry" and any(_has_inexact_int(a) for a in op[1:]):
        raise ScenarioError("%s: an int beyond 2**53 - 1" % where)
    if name == "update" and not (isinstance(op[1], dict) or is_cookie_ref(op[1])):
        raise ScenarioError("%s: update needs an object" % where)
    if name == "set_expiry":
        v = op[1]
        ok = (
            v is None
            or _is_int(v)
            or is_cookie_ref(v)
            or (isinstance(v, dict) and set(v) == {"datetime"} and isinstance(v["datetime"], str))
            or (isinstance(v, dict) and set(v) == {"timedelta"} and _is_int(v["timedelta"]))
        )
        if not ok:
            raise ScenarioError("%s: set_expiry takes an int, null, {datetime} or {timedelta}, got %r" % (where, v))
        if isinstance(v, dict) and "datetime" in v:
            try:
                datetime.fromisoformat(v["datetime"])
            except ValueError:
                raise ScenarioError("%s: bad datetime %r" % (where, v["datetime"]))


def validate(scn):
    if not isinstance(scn, dict):
        raise ScenarioError("a scenario must be a JSON object")
    for k in scn:
        if k not in ("name", "start", "settings", "steps"):
            raise ScenarioError("unknown top-level field %r" % k)
    if "start" not in scn:
        raise ScenarioError("golden scenarios must set 'start'")
    clock = parse_time(scn["start"], "start")
    settings = scn.get("settings", {})
    validate_settings(settings, "settings")
    if "SECRET_KEY" not in settings:
        raise ScenarioError("settings.SECRET_KEY is required")
    current = dict(settings)
    check_cache_alias(current)
    steps = scn.get("steps")
    if not isinstance(steps, list):
        raise ScenarioError("'steps' must be a list")
    for i, step in enumerate(steps, 1):
        where = "step %d" % i
        if not isinstance(step, dict) or len(step) != 1:
            raise ScenarioError("%s: a step is an object with exactly one key" % where)
        (kind, body), = step.items()
        if kind not in STEP_KINDS:
            raise ScenarioError("%s: unknown step kind %r" % (where, kind))
        if kind == "request":
            if not isinstance(body, dict):
                raise ScenarioError("%s: request must be an object" % where)
            for f in body:
                if f not in REQUEST_FIELDS:
                    raise ScenarioError("%s: unknown request field %r" % (where, f))
            for f in ("browser", "method", "path"):
                if f in body and not isinstance(body[f], str):
                    raise ScenarioError("%s: request.%s must be a string" % (where, f))
            if "path" in body and not body["path"].startswith("/"):
                raise ScenarioError("%s: request.path must start with '/'" % where)
            if "origin" in body:
                validate_origin(body["origin"], where)
            if "ops" in body:
                if not isinstance(body["ops"], list):
                    raise ScenarioError("%s: ops must be a list" % where)
                for op in body["ops"]:
                    validate_op(op, where)
            if "form" in body:
                form = body["form"]
                if not isinstance(form, dict) or not all(isinstance(v, str) for v in form.values()):
                    raise ScenarioError("%s: form must be an object of strings" % where)
        elif kind == "advance":
            if not _is_int(body) or body < 0:
                raise ScenarioError("%s: advance takes a non-negative integer number of seconds" % where)
            # freezegun's clock cannot pass datetime.max: the playground refuses the step too.
            try:
                clock = clock + timedelta(seconds=body)
            except OverflowError:
                raise ScenarioError("%s: advance takes the clock past datetime.max" % where)
        elif kind == "close_browser":
            if not isinstance(body, str):
                raise ScenarioError("%s: close_browser takes a browser name" % where)
        elif kind == "restart_server":
            if body is not True:
                raise ScenarioError("%s: restart_server takes true" % where)
        elif kind == "settings":
            validate_settings(body, where)
            current.update(body)
            check_cache_alias(current)
        elif kind == "manage":
            if body != "clearsessions":
                raise ScenarioError("%s: the only manage command is clearsessions" % where)
        elif kind == "edit_cookie":
            if not isinstance(body, dict):
                raise ScenarioError("%s: edit_cookie must be an object" % where)
            for f in body:
                if f not in EDIT_FIELDS:
                    raise ScenarioError("%s: unknown edit_cookie field %r" % (where, f))
            if not isinstance(body.get("name"), str) or "value" not in body:
                raise ScenarioError("%s: edit_cookie needs name and value" % where)
            v = body["value"]
            if not (v is None or isinstance(v, str) or is_cookie_ref(v)):
                raise ScenarioError("%s: edit_cookie value must be a string, null or {cookie}" % where)
            if isinstance(v, str) and hand_edit_refused(body["name"], v):
                raise ScenarioError("%s: the developer tools refuse this cookie" % where)
            for f in ("browser", "domain", "path"):
                if f in body and not isinstance(body[f], str):
                    raise ScenarioError("%s: edit_cookie.%s must be a string" % (where, f))
            if "origin" in body:
                validate_origin(body["origin"], where)


# --------------------------------------------------------------------------
# The child: runs one scenario


class Runner:
    def __init__(self, scn, tmp):
        self.scn = scn
        self.tmp = tmp
        self.fsroot = os.path.join(tmp, "fs")
        os.makedirs(self.fsroot)
        self.db_path = os.path.join(tmp, "db.sqlite3")
        self.now = parse_time(scn["start"], "start")
        self.current = dict(scn.get("settings", {}))  # scenario-level view
        self.browsers: dict[str, Browser] = {}
        self.known_mtimes = {}  # path -> (st_ino, st_mtime_ns) we set
        self.handler = None

    # -- settings --------------------------------------------------------
    def file_dir(self, value):
        rel = DEFAULT_FILE_DIR if value is None else value
        rel = rel.replace("\\", "/").strip("/")
        path = os.path.join(self.fsroot, *[p for p in rel.split("/") if p not in ("", ".")])
        return path

    def django_settings(self):
        out = {}
        for name, v in self.current.items():
            if name == "CACHES":
                caches = {}
                for alias, conf in v.items():
                    c = {"BACKEND": LOCMEM}
                    for k, cv in conf.items():
                        if k == "OPTIONS":
                            c["OPTIONS"] = dict(cv)
                        elif k != "BACKEND":
                            c[k] = cv
                    caches[alias] = c
                out["CACHES"] = caches
            elif name == "SESSION_FILE_PATH":
                pass
            else:
                out[name] = v
        file_dir = self.file_dir(self.current.get("SESSION_FILE_PATH"))
        os.makedirs(file_dir, exist_ok=True)  # "created on demand"
        out["SESSION_FILE_PATH"] = file_dir
        return out

    def configure(self):
        from django.conf import settings

        settings.configure(
            DEBUG=False,
            ALLOWED_HOSTS=["*"],
            USE_TZ=True,
            TIME_ZONE="UTC",
            INSTALLED_APPS=["django.contrib.sessions"],
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": self.db_path}},
            MIDDLEWARE=[
                "django.contrib.sessions.middleware.SessionMiddleware",
                "djangoapp.middleware.FlagCaptureMiddleware",
            ],
            ROOT_URLCONF="djangoapp.urls",
            TEMPLATES=[
                {
                    "BACKEND": "django.template.backends.django.DjangoTemplates",
                    "DIRS": [os.path.join(HERE, "djangoapp", "templates")],
                    "APP_DIRS": False,
                    "OPTIONS": {"context_processors": []},
                }
            ],
            **self.django_settings(),
        )
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        self.patch_file_store()
        self.rebuild()

    def apply_settings_step(self, new):
        from django.conf import settings

        self.current.update(new)
        for name, v in self.django_settings().items():
            setattr(settings, name, v)
        self.rebuild()

    def rebuild(self):
        """A (re)started server process: fresh handler (SessionMiddleware
        imports SESSION_ENGINE once), empty local-memory caches, the file
        store's cached storage path forgotten.  Database and files stay."""
        from asgiref.local import Local
        from django.core.cache import caches, close_caches
        from django.core.cache.backends import locmem
        from django.core.handlers.wsgi import WSGIHandler
        from django.db import connections
        import django.contrib.sessions.backends.file as file_backend

        close_caches()
        locmem._caches.clear()
        locmem._expire_info.clear()
        locmem._locks.clear()
        caches._settings = caches.settings = caches.configure_settings(None)
        caches._connections = Local()
        if "_storage_path" in file_backend.SessionStore.__dict__:
            del file_backend.SessionStore._storage_path
        connections.close_all()
        self.handler = WSGIHandler()

    # -- file mtimes on the virtual clock ---------------------------------
    def virtual_ns(self):
        delta = self.now - datetime(1970, 1, 1, tzinfo=UTC)
        return (delta // timedelta(microseconds=1)) * 1000

    def set_mtime(self, path):
        ns = self.virtual_ns()
        os.utime(path, ns=(ns, ns))
        st = os.stat(path)
        self.known_mtimes[path] = (st.st_ino, st.st_mtime_ns)

    def patch_file_store(self):
        import django.contrib.sessions.backends.file as file_backend

        runner = self
        original_save = file_backend.SessionStore.save

        def save(self, must_create=False):
            result = original_save(self, must_create=must_create)
            key = self.session_key
            if key is not None:
                path = self._key_to_file(key)
                if os.path.exists(path):
                    runner.set_mtime(path)
            return result

        file_backend.SessionStore.save = save

    def sweep_mtimes(self):
        for dirpath, _dirs, files in os.walk(self.fsroot):
            for f in files:
                p = os.path.join(dirpath, f)
                st = os.stat(p)
                if self.known_mtimes.get(p) != (st.st_ino, st.st_mtime_ns):
                    self.set_mtime(p)

    # -- browsers --------------------------------------------------------
    def browser(self, name):
        if name not in self.browsers:
            self.browsers[name] = Browser(name)
        return self.browsers[name]

    def cookie_ref(self, browser_name, cookie_name, url):
        b = self.browsers.get(browser_name)
        if b is None:
            return None
        return b.value_for(cookie_name, url, self.now)

    def session_cookie_name(self):
        from django.conf import settings

        return settings.SESSION_COOKIE_NAME

    # -- snapshots -------------------------------------------------------
    def store_snapshot(self):
        from django.conf import settings
        from django.contrib.sessions.models import Session
        from django.core import signing
        from django.core.cache.backends import locmem

        def decode(raw):
            if raw == "":
                return {}
            try:
                return signing.loads(raw, salt=SESSION_SALT, serializer=signing.JSONSerializer)
            except Exception:
                return None

        entries = []
        for row in Session.objects.all():
            entries.append(
                {
                    "backend": "db",
                    "key": row.session_key,
                    "data": decode(row.session_data),
                    "expires": iso_utc(row.expire_date),
                    "raw": row.session_data,
                }
            )
        now_ts = self.now.timestamp()
        for location, store in locmem._caches.items():
            info = locmem._expire_info.get(location, {})
            for ckey, pickled in store.items():
                exp = info.get(ckey, -1)
                if exp is not None and exp <= now_ts:
                    continue
                if CACHED_DB_PREFIX in ckey:
                    skey = ckey.split(CACHED_DB_PREFIX, 1)[1]
                elif CACHE_PREFIX in ckey:
                    skey = ckey.split(CACHE_PREFIX, 1)[1]
                else:
                    continue
                entries.append(
                    {
                        "backend": "cache",
                        "key": skey,
                        "data": pickle.loads(pickled),
                        "expires": None if exp is None else iso_utc(datetime.fromtimestamp(exp, UTC)),
                        "raw": None,
                    }
                )
        prefix = settings.SESSION_COOKIE_NAME
        for dirpath, _dirs, files in os.walk(self.fsroot):
            for f in files:
                if not f.startswith(prefix):
                    continue
                with open(os.path.join(dirpath, f), encoding="ascii", errors="replace") as fh:
                    raw = fh.read()
                entries.append(
                    {"backend": "file", "key": f[len(prefix):], "data": decode(raw), "expires": None, "raw": raw}
                )
        entries.sort(key=lambda e: (e["backend"], e["key"], e["raw"] or ""))
        return entries

    def jar_snapshot(self):
        return {name: b.snapshot(self.now) for name, b in self.browsers.items()}

    # -- steps -----------------------------------------------------------
    def do_request(self, r):
        b = self.browser(r.get("browser", "A"))
        ops = r.get("ops")
        form = r.get("form")
        method = r.get("method") or ("POST" if ops is not None else "GET")
        origin = r.get("origin", "http://testserver")
        url = parse_url(origin, r.get("path", "/ops/"))
        is_ops = url.path == "/ops/"

        query = url.query
        body = b""
        content_type = ""
        if form is not None:
            encoded = urlencode(form)
            if method in ("GET", "HEAD"):
                query = query + "&" + encoded if query else encoded
            else:
                body = encoded.encode("ascii")
                content_type = "application/x-www-form-urlencoded"

        resolved_ops = None
        if is_ops:
            cname = self.session_cookie_name()
            resolved_ops = []
            for op in ops or []:
                resolved_ops.append(
                    [op[0]] + [self.cookie_ref(a["cookie"], cname, url) if is_cookie_ref(a) else a for a in op[1:]]
                )

        default_port = 443 if url.scheme == "https" else 80
        host_header = url.host if url.port == default_port else "%s:%d" % (url.host, url.port)
        capture = {}
        environ = {
            "REQUEST_METHOD": method,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote_to_bytes(url.path).decode("iso-8859-1"),
            "QUERY_STRING": query,
            "SERVER_NAME": url.host,
            "SERVER_PORT": str(url.port),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": host_header,
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": url.scheme,
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": io.StringIO(),
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "conformance.ops": resolved_ops,
            "conformance.capture": capture,
        }
        if body:
            environ["CONTENT_LENGTH"] = str(len(body))
            environ["CONTENT_TYPE"] = content_type
        cookie_header = b.cookie_header(url, self.now)
        if cookie_header is not None:
            environ["HTTP_COOKIE"] = cookie_header

        got = {}

        def start_response(status, headers, exc_info=None):
            got["status"] = int(status.split(" ", 1)[0])
            got["headers"] = headers

        response = self.handler(environ, start_response)
        try:
            b"".join(response)
        finally:
            response.close()

        headers = got["headers"]
        location = next((v for k, v in headers if k.lower() == "location"), None)
        vary = next((v for k, v in headers if k.lower() == "vary"), None)
        set_cookies = [v.strip() for k, v in headers if k.lower() == "set-cookie"]

        parsed = [describe_set_cookie(h) for h in set_cookies]
        for h in set_cookies:
            b.receive(h, url, self.now)

        entry = {"kind": "request", "now": None, "status": got["status"], "location": location}
        if is_ops:
            entry["results"] = capture.get("results", [])
        entry["accessed"] = capture.get("accessed", False)
        entry["modified"] = capture.get("modified", False)
        entry["set_cookie"] = parsed
        entry["vary"] = vary
        return entry

    def do_edit_cookie(self, e):
        b = self.browser(e.get("browser", "A"))
        origin = e.get("origin", "http://testserver")
        url = parse_url(origin, e.get("path", "/"))
        value = e["value"]
        if is_cookie_ref(value):
            value = self.cookie_ref(value["cookie"], e["name"], url)
        b.edit(e["name"], value, url, self.now, domain=e.get("domain"), path=e.get("path"))
        return {"kind": "edit_cookie", "now": None}

    def do_manage(self, command):
        from django.core.management import call_command
        from django.core.management.base import CommandError

        out, err = io.StringIO(), io.StringIO()
        try:
            call_command(command, stdout=out, stderr=err)
        except CommandError as e:
            err.write("CommandError: %s\n" % e)
        return {"kind": "manage", "now": None, "output": out.getvalue() + err.getvalue()}

    def run(self):
        from freezegun import freeze_time

        self.configure()
        trace = []
        for step in self.scn["steps"]:
            (kind, body), = step.items()
            if kind == "advance":
                self.now = self.now + timedelta(seconds=body)
            freezer = freeze_time(self.now)
            freezer.start()
            try:
                if kind == "request":
                    entry = self.do_request(body)
                elif kind == "advance":
                    entry = {"kind": "advance", "now": None}
                elif kind == "close_browser":
                    self.browser(body).close()
                    entry = {"kind": "close_browser", "now": None}
                elif kind == "restart_server":
                    self.rebuild()
                    entry = {"kind": "restart_server", "now": None}
                elif kind == "settings":
                    self.apply_settings_step(body)
                    entry = {"kind": "settings", "now": None}
                elif kind == "manage":
                    entry = self.do_manage(body)
                elif kind == "edit_cookie":
                    entry = self.do_edit_cookie(body)
                self.sweep_mtimes()
                entry["now"] = iso_utc(self.now)
                entry["store"] = self.store_snapshot()
                entry["jar"] = self.jar_snapshot()
            finally:
                freezer.stop()
            trace.append(entry)
        return {"steps": trace}


def child(scenario_path, out_path):
    check_django()
    with open(scenario_path, encoding="utf-8") as f:
        try:
            scn = json.load(f)
        except json.JSONDecodeError as e:
            sys.stderr.write("%s: not valid JSON: %s\n" % (scenario_path, e))
            sys.exit(2)
    try:
        validate(scn)
    except ScenarioError as e:
        sys.stderr.write("%s: scenario error: %s\n" % (scenario_path, e))
        sys.exit(2)
    tmp = tempfile.mkdtemp(prefix="session-conformance-")
    try:
        trace = Runner(scn, tmp).run()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = json.dumps(trace, indent=2, ensure_ascii=False) + "\n"
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)


def main(argv):
    if len(argv) >= 2 and argv[1] == "--child":
        child(argv[2], argv[3])
        return 0
    check_django()
    scenarios = argv[1:] or sorted(glob.glob(os.path.join(SCENARIO_DIR, "*.json")))
    if not scenarios:
        sys.stderr.write("record.py: no scenarios found in %s\n" % SCENARIO_DIR)
        return 1
    os.makedirs(TRACE_DIR, exist_ok=True)
    failures = 0
    for path in scenarios:
        out = os.path.join(TRACE_DIR, os.path.basename(path))
        proc = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--child", os.path.abspath(path), out],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            failures += 1
            sys.stderr.write("FAILED %s\n%s%s" % (path, proc.stdout, proc.stderr))
        else:
            print("recorded %s -> %s" % (os.path.relpath(path), os.path.relpath(out)))
            if proc.stderr.strip():
                sys.stderr.write(proc.stderr)
    if failures:
        sys.stderr.write("%d of %d scenarios failed\n" % (failures, len(scenarios)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

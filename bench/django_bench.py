#!/usr/bin/env python
"""The reference half of `npm run bench`: real Django 5.2 on a SQLite file.

    .venv/bin/python bench/django_bench.py [--requests N] [--warmup W] [--rows R]
                                           [--db-dir DIR] [--no-handler]

Two workloads, the same ones bench/run.ts measures on our side:

1. POST /ops/ through django.test.Client (cookies kept by the client), with a
   view doing request.session["k"] = "v"; request.session.get("k"), on the db
   engine. Also the same request handed straight to a WSGIHandler (no test
   client, the cookie header set by hand), for the server-only figure
   (skipped with --no-handler; "requests_handler" is then null).
2. SessionStore.clear_expired() over R rows (half expired) inserted with
   bulk_create. Only clear_expired() is timed.

The SQLite file lives in a fresh temporary directory under --db-dir (default:
the system temp dir). Every session save is an autocommitted UPDATE, so on a
real disk the request figures are mostly fsync latency; bench/run.ts also runs
this with --db-dir /dev/shm (tmpfs) to show Django's own cost.

Prints one JSON object on stdout; nothing else goes to stdout.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import shutil
import string
import sys
import tempfile
import time
from datetime import timedelta

sys.dont_write_bytecode = True

import django  # noqa: E402
from django.conf import settings  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402

KEY_CHARS = string.ascii_lowercase + string.digits


def ops_view(request):
    request.session["k"] = "v"
    return JsonResponse({"results": [None, request.session.get("k")]})


urlpatterns = [path("ops/", ops_view)]


def percentile(sorted_ms, p):
    """Nearest-rank percentile of an ascending list (the same rule as bench/stats.ts)."""
    if not sorted_ms:
        return None
    rank = max(1, -(-len(sorted_ms) * p // 100))  # ceil
    return sorted_ms[int(rank) - 1]


def summary(latencies_ms, total_ms):
    s = sorted(latencies_ms)
    return {
        "requests": len(s),
        "total_ms": total_ms,
        "rps": len(s) / (total_ms / 1000),
        "mean_ms": sum(s) / len(s),
        "p50_ms": percentile(s, 50),
        "p95_ms": percentile(s, 95),
    }


def bench_client(n, warmup):
    from django.test import Client

    client = Client()
    for _ in range(warmup):
        client.post("/ops/")
    latencies = []
    t0 = time.perf_counter()
    for _ in range(n):
        a = time.perf_counter()
        response = client.post("/ops/")
        latencies.append((time.perf_counter() - a) * 1000)
        assert response.status_code == 200, response.status_code
    total = (time.perf_counter() - t0) * 1000
    assert json.loads(response.content)["results"] == [None, "v"]
    return summary(latencies, total), client.cookies[settings.SESSION_COOKIE_NAME].value


def bench_handler(n, warmup, session_key):
    """The server alone: WSGIHandler(environ), as runserver calls it (request signals included)."""
    from django.core.handlers.wsgi import WSGIHandler

    handler = WSGIHandler()

    def environ():
        return {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/ops/",
            "QUERY_STRING": "",
            "SERVER_NAME": "testserver",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "testserver",
            "HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}={session_key}",
            "REMOTE_ADDR": "127.0.0.1",
            "CONTENT_LENGTH": "0",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.url_scheme": "http",
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "wsgi.version": (1, 0),
        }

    status = []

    def start_response(s, _headers, _exc_info=None):
        status.append(s)

    def one():
        response = handler(environ(), start_response)
        b"".join(response)
        response.close()  # request_finished, as a WSGI server does

    for _ in range(warmup):
        one()
    latencies = []
    t0 = time.perf_counter()
    for _ in range(n):
        a = time.perf_counter()
        one()
        latencies.append((time.perf_counter() - a) * 1000)
    total = (time.perf_counter() - t0) * 1000
    assert all(s.startswith("200") for s in status), set(status)
    return summary(latencies, total)


def bench_clear_expired(rows):
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    rng = random.Random(1)
    data = SessionStore().encode({"k": "v"})
    now = timezone.now()
    day = 86400
    objs = []
    for i in range(rows):
        key = "".join(rng.choice(KEY_CHARS) for _ in range(32))
        # Interleaved: even rows expired 1 s .. 30 days ago, odd rows live 1 s .. 14 days on.
        offset = -rng.randint(1, 30 * day) if i % 2 == 0 else rng.randint(60, 14 * day)
        objs.append(
            Session(session_key=key, session_data=data, expire_date=now + timedelta(seconds=offset))
        )
    Session.objects.all().delete()  # the request workload's row
    t = time.perf_counter()
    Session.objects.bulk_create(objs, batch_size=5000)
    seed_ms = (time.perf_counter() - t) * 1000
    before = Session.objects.count()
    t = time.perf_counter()
    SessionStore.clear_expired()
    clear_ms = (time.perf_counter() - t) * 1000
    after = Session.objects.count()
    return {
        "rows": before,
        "deleted": before - after,
        "seed_ms": seed_ms,
        "clear_ms": clear_ms,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db-dir", default=None)
    parser.add_argument(
        "--no-handler", action="store_true", help="skip the WSGIHandler-only request loop"
    )
    args = parser.parse_args()

    if django.VERSION[:2] != (5, 2):
        print(f"Django 5.2 required, found {django.get_version()}", file=sys.stderr)
        return 1

    tmp = tempfile.mkdtemp(prefix="session-lab-bench-", dir=args.db_dir)
    try:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="bench-secret-key-0123456789",
            ALLOWED_HOSTS=["*"],
            USE_TZ=True,
            TIME_ZONE="UTC",
            INSTALLED_APPS=["django.contrib.sessions"],
            DATABASES={
                "default": {
                    "ENGINE": "django.db.backends.sqlite3",
                    "NAME": os.path.join(tmp, "db.sqlite3"),
                }
            },
            MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware"],
            ROOT_URLCONF=__name__,
            SESSION_ENGINE="django.contrib.sessions.backends.db",
        )
        django.setup()
        from django.core.management import call_command
        from django.db import connection

        call_command("migrate", verbosity=0)
        client, session_key = bench_client(args.requests, args.warmup)
        handler = None if args.no_handler else bench_handler(args.requests, args.warmup, session_key)
        clear = bench_clear_expired(args.rows)
        print(
            json.dumps(
                {
                    "django": django.get_version(),
                    "python": platform.python_version(),
                    "sqlite": connection.Database.sqlite_version,
                    "db_path": os.path.join(tmp, "db.sqlite3"),
                    "requests_client": client,
                    "requests_handler": handler,
                    "clear_expired": clear,
                }
            )
        )
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

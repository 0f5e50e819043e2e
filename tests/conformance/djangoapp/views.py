"""Views of the recorded site: the tutorial's demo (login / backend / logout)
and the /ops/ view that runs scripted session operations."""

import functools
from datetime import datetime, timedelta, timezone

from django.http import JsonResponse
from django.shortcuts import redirect, render

# One home for the trace's datetime form: record.py puts its directory on sys.path.
from browser import iso_utc

# --------------------------------------------------------------------------
# The tutorial's demo site.  UserInfo.objects.filter(user=..., pwd=...) is
# replaced by this in-memory table: the result is the same for the demo.
USERS = {"alice": "alice123", "bob": "bob123"}


def _user_exists(user, pwd):
    return user is not None and pwd is not None and USERS.get(user) == pwd


def _mark_view_ran(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        capture = request.META.get("conformance.capture")
        if capture is not None:
            capture["view_ran"] = True
        return view(request, *args, **kwargs)

    return wrapper


@_mark_view_ran
def log_in(request):
    if request.method == "POST":
        user = request.POST.get("user")
        pwd = request.POST.get("pwd")
        if _user_exists(user, pwd):
            request.session["is_login"] = True
            request.session["username"] = user
            return redirect("/backend/")
    return render(request, "login.html")


@_mark_view_ran
def backend(request):
    if request.session.get("is_login"):
        return render(request, "backend.html", {"username": request.session.get("username")})
    return redirect("/login/")


@_mark_view_ran
def log_out(request):
    try:
        del request.session["is_login"]
    except KeyError:
        pass
    return redirect("/login/")


# --------------------------------------------------------------------------
# /ops/


def to_json(value):
    """A JSON copy of an op's result (taken at once, so later in-place
    mutations by other ops do not show)."""
    if isinstance(value, datetime):
        return {"datetime": iso_utc(value)}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)


def expiry_arg(value):
    if isinstance(value, dict) and set(value) == {"datetime"}:
        return datetime.fromisoformat(value["datetime"])
    if isinstance(value, dict) and set(value) == {"timedelta"}:
        return timedelta(seconds=value["timedelta"])
    return value


def run_op(session, op):
    name, args = op[0], op[1:]
    if name == "set":
        session[args[0]] = args[1]
        return None
    if name == "get":
        return session.get(*args)
    if name == "getitem":
        return session[args[0]]
    if name == "del":
        del session[args[0]]
        return None
    if name == "contains":
        return args[0] in session
    if name == "pop":
        return session.pop(*args)
    if name == "setdefault":
        return session.setdefault(args[0], args[1])
    if name == "update":
        session.update(args[0])
        return None
    if name == "keys":
        return list(session.keys())
    if name == "values":
        return list(session.values())
    if name == "items":
        return [[k, v] for k, v in session.items()]
    if name == "append":
        session[args[0]].append(args[1])
        return None
    if name == "mark_modified":
        session.modified = True
        return None
    if name == "clear":
        session.clear()
        return None
    if name == "flush":
        session.flush()
        return None
    if name == "cycle_key":
        session.cycle_key()
        return None
    if name == "is_empty":
        return session.is_empty()
    if name == "session_key":
        return session.session_key
    if name == "set_expiry":
        session.set_expiry(expiry_arg(args[0]))
        return None
    if name == "get_expiry_age":
        return session.get_expiry_age()
    if name == "get_expiry_date":
        return session.get_expiry_date()
    if name == "get_expire_at_browser_close":
        return session.get_expire_at_browser_close()
    if name == "get_session_cookie_age":
        return session.get_session_cookie_age()
    if name == "exists":
        return session.exists(args[0])
    if name == "delete":
        session.delete(*args)
        return None
    if name == "clear_expired":
        type(session).clear_expired()
        return None
    if name == "save":
        session.save()
        return None
    if name == "set_test_cookie":
        session.set_test_cookie()
        return None
    if name == "test_cookie_worked":
        return session.test_cookie_worked()
    if name == "delete_test_cookie":
        session.delete_test_cookie()
        return None
    raise ValueError("unknown op %r" % name)  # validated before the request


@_mark_view_ran
def ops(request):
    op_list = request.META.get("conformance.ops") or []
    results = []
    for op in op_list:
        try:
            results.append(to_json(run_op(request.session, op)))
        except Exception as e:  # noqa: BLE001 - every op error is a result
            results.append({"error": type(e).__name__})
    capture = request.META.get("conformance.capture")
    if capture is not None:
        capture["results"] = results
    return JsonResponse(results, safe=False)

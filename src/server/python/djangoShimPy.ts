/**
 * The small `django` (and `app01.models`) the tutorial's views import, as
 * Python run by Pyodide. request.session is a proxy: every call goes to the
 * TypeScript session engine (the one the panels show) through
 * `session_bridge.call`, which returns a Promise that `run_sync` waits for,
 * so views stay plain synchronous `def`s, as Django code is.
 */
export const DJANGO_SHIM_PY = String.raw`
import json, sys, types, traceback, datetime, base64, decimal, re
from pyodide.ffi import run_sync
import session_bridge

_EXCEPTIONS = {
    "KeyError": KeyError, "TypeError": TypeError, "ValueError": ValueError,
    "AttributeError": AttributeError, "RuntimeError": RuntimeError,
}

class SuspiciousOperation(Exception):
    pass

class InvalidSessionKey(SuspiciousOperation):
    pass

class TemplateDoesNotExist(Exception):
    pass

class TemplateSyntaxError(Exception):
    pass

_EXCEPTIONS.update({
    "InvalidSessionKey": InvalidSessionKey,
    "TemplateDoesNotExist": TemplateDoesNotExist,
    "TemplateSyntaxError": TemplateSyntaxError,
})


def _key(key):
    # As json.dumps writes a dict's keys.
    if isinstance(key, str):
        return key
    if isinstance(key, (bool, type(None), int, float)):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


_EXACT_INT = 2**53 - 1


def _to_json(value, keep=False):
    # JSON's own types as they are. A few more as tagged objects that come back as the same
    # Python object (the engine keeps them for the request, and the cache engine, which pickles
    # in Django, stores them; JSON encoding refuses them at the save, as Django's does). With
    # keep (a value for the session), any other object too, by its type's name: Django's
    # session holds it until the save, where JSON refuses it (SessionStore keeps the object).
    if value is None or isinstance(value, (str, bool, float)):
        return value
    if isinstance(value, int):
        if abs(value) > _EXACT_INT:
            # Python's ints have no limit; the engine holds numbers as JavaScript does and would
            # round this one (as JSON.parse in the page would): refused here, not saved changed.
            raise OverflowError(
                f"int {value} is beyond ±(2**53 - 1): Session Lab keeps numbers as JavaScript "
                "does and would not keep its digits (store it as a str)"
            )
        return value
    if isinstance(value, datetime.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, datetime.timedelta):
        return {"__timedelta__": value.total_seconds()}
    if isinstance(value, dict):
        out = {_key(k): _to_json(v, keep) for k, v in value.items()}
        # A dict that would read as a tag ({"__set__": ...}) travels wrapped, to stay a dict.
        return {"__dict__": out} if _looks_tagged(out) else out
    if isinstance(value, (list, tuple)):
        return [_to_json(v, keep) for v in value]
    if isinstance(value, (set, frozenset)):
        return {f"__{type(value).__name__}__": [_to_json(v, keep) for v in value]}
    if isinstance(value, (bytes, bytearray)):
        return {f"__{type(value).__name__}__": base64.b64encode(value).decode()}
    if isinstance(value, decimal.Decimal):
        return {"__Decimal__": str(value)}
    if keep:
        return {"__object__": type(value).__name__}
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _looks_tagged(d):
    return len(d) == 1 and re.fullmatch(r"__\w+__", next(iter(d))) is not None


def _hashable(value):
    # A set's element came as JSON: a list in it can only have been a tuple.
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


_TAGGED = {
    "__set__": lambda v: set(_hashable(_from_json(x)) for x in v),
    "__frozenset__": lambda v: frozenset(_hashable(_from_json(x)) for x in v),
    "__bytes__": lambda v: base64.b64decode(v),
    "__bytearray__": lambda v: bytearray(base64.b64decode(v)),
    "__Decimal__": lambda v: decimal.Decimal(v),
}


def _from_json(value):
    if isinstance(value, dict):
        if set(value) == {"__datetime__"}:
            return datetime.datetime.fromisoformat(value["__datetime__"])
        if set(value) == {"__timedelta__"}:
            return datetime.timedelta(seconds=value["__timedelta__"])
        if len(value) == 1 and next(iter(value)) in _TAGGED:
            tag, payload = next(iter(value.items()))
            return _TAGGED[tag](payload)
        if set(value) == {"__dict__"}:
            return {k: _from_json(v) for k, v in value["__dict__"].items()}
        return {k: _from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


def _call(op, *args):
    answer = json.loads(run_sync(session_bridge.call(op, json.dumps([_to_json(a, True) for a in args]))))
    if "error" in answer:
        exc = _EXCEPTIONS.get(answer["error"], RuntimeError)
        message = answer.get("message", "")
        if exc is KeyError and len(message) >= 2 and message[0] == message[-1] == "'":
            # The engine sends str(KeyError(key)), i.e. the key's repr: raise with the key itself.
            message = message[1:-1]
        raise exc(message)
    return _from_json(answer.get("value"))


_MISSING = object()


class SessionStore:
    """request.session: Django's SessionBase API, answered by the playground's engine."""

    def __init__(self):
        # Values handed to the view: a nested mutation (append) must reach the engine's
        # dict, without marking the session modified, as it does in Django.
        self._handed = {}
        # The objects the view stored, by key: Django's dict holds them as they are until the
        # session is saved, so a tuple stays a tuple and {1: "a"} keeps its int key until the
        # next request reads them back from JSON.
        self._objects = {}

    def _hand(self, key, value):
        if isinstance(value, (dict, list)):
            self._handed[key] = value
        else:
            # Replaced by a value nothing can mutate in place: the old one must not be synced back.
            self._handed.pop(key, None)
        return value

    def _forget(self, *keys):
        # Changed by the engine itself (a test cookie, the expiry): read them from it again.
        for key in keys:
            self._objects.pop(key, None)
            self._handed.pop(key, None)

    def _sync(self):
        for key, value in self._handed.items():
            _call("_sync", key, value)
        self._handed = {}

    def __getitem__(self, key):
        if key in self._objects:
            return self._hand(key, self._objects[key])
        return self._hand(key, _call("__getitem__", key))

    def __setitem__(self, key, value):
        _call("__setitem__", key, value)
        self._objects[key] = value
        self._hand(key, value)

    def __delitem__(self, key):
        _call("__delitem__", key)
        self._handed.pop(key, None)
        self._objects.pop(key, None)

    def __contains__(self, key):
        return _call("__contains__", key)

    def get(self, key, default=None):
        # Only a stored value is handed out: mutating a returned default must not store it.
        if key in self:
            return self[key]
        return default

    def pop(self, key, default=_MISSING):
        self._handed.pop(key, None)
        stored = self._objects.pop(key, _MISSING)
        value = _call("pop", key) if default is _MISSING else _call("pop", key, default)
        return value if stored is _MISSING else stored

    def setdefault(self, key, value):
        if key in self:
            return self[key]
        _call("setdefault", key, value)
        self._objects[key] = value
        return self._hand(key, value)

    def update(self, dict_):
        dict_ = dict(dict_)
        _call("update", dict_)
        self._objects.update(dict_)
        for key, value in dict_.items():
            self._hand(key, value)

    def has_key(self, key):
        return key in self

    def keys(self):
        return _call("keys")

    def values(self):
        return [value for _, value in self.items()]

    def items(self):
        return [(key, self._objects.get(key, value)) for key, value in _call("items")]

    def clear(self):
        self._handed = {}
        self._objects = {}
        _call("clear")

    def flush(self):
        self._handed = {}
        self._objects = {}
        _call("flush")

    def cycle_key(self):
        _call("cycle_key")

    def is_empty(self):
        return _call("is_empty")

    @property
    def session_key(self):
        return _call("session_key")

    @property
    def modified(self):
        return _call("get_modified")

    @modified.setter
    def modified(self, value):
        _call("set_modified", bool(value))

    @property
    def accessed(self):
        return _call("get_accessed")

    def set_expiry(self, value):
        _call("set_expiry", value)
        self._forget("_session_expiry")

    def get_expiry_age(self):
        return _call("get_expiry_age")

    def get_expiry_date(self):
        return _call("get_expiry_date")

    def get_expire_at_browser_close(self):
        return _call("get_expire_at_browser_close")

    def get_session_cookie_age(self):
        return _call("get_session_cookie_age")

    def exists(self, session_key):
        return _call("exists", session_key)

    def delete(self, session_key=None):
        _call("delete", session_key)
        if session_key is None:
            # signed_cookies empties the session here (the others keep it): keep what is still there.
            present = set(_call("keys"))
            self._objects = {k: v for k, v in self._objects.items() if k in present}
            self._handed = {k: v for k, v in self._handed.items() if k in present}

    def save(self, must_create=False):
        _call("save")

    def set_test_cookie(self):
        _call("set_test_cookie")
        self._forget("testcookie")

    def test_cookie_worked(self):
        return _call("test_cookie_worked")

    def delete_test_cookie(self):
        _call("delete_test_cookie")
        self._forget("testcookie")

    def clear_expired(self):
        _call("clear_expired")

    def __repr__(self):
        return "<django.contrib.sessions.backends.SessionStore object>"


class QueryDict:
    def __init__(self, pairs):
        self._lists = {}
        for k, v in pairs:
            self._lists.setdefault(k, []).append(v)

    def get(self, key, default=None):
        values = self._lists.get(key)
        return values[-1] if values else default

    def getlist(self, key, default=None):
        return list(self._lists.get(key, default or []))

    def __getitem__(self, key):
        values = self._lists.get(key)
        if not values:
            raise KeyError(key)
        return values[-1]

    def __contains__(self, key):
        return key in self._lists

    def keys(self):
        return self._lists.keys()

    def items(self):
        return [(k, v[-1]) for k, v in self._lists.items()]

    def dict(self):
        return dict(self.items())

    def __repr__(self):
        return f"<QueryDict: {self._lists!r}>"


class HttpRequest:
    def __init__(self, data):
        self.method = data["method"]
        self.path = data["path"]
        self.path_info = data["path"]
        self.GET = QueryDict(data["GET"])
        self.POST = QueryDict(data["POST"])
        self.COOKIES = dict(data["COOKIES"])
        self.META = dict(data["META"])
        self.headers = {k.title(): v for k, v in data["headers"]}
        self.session = SessionStore()

    def __repr__(self):
        return f"<WSGIRequest: {self.method} '{self.path}'>"


class HttpResponse:
    status_code = 200

    def __init__(self, content=b"", content_type=None, status=None, headers=None):
        if isinstance(content, bytes):
            content = content.decode("utf-8")
        self.content = str(content)
        if status is not None:
            self.status_code = int(status)
        self.headers = {"Content-Type": content_type or "text/html; charset=utf-8"}
        self.headers.update(headers or {})

    def __setitem__(self, header, value):
        self.headers[header] = value

    def __getitem__(self, header):
        return self.headers[header]

    def set_cookie(self, *args, **kwargs):
        raise NotImplementedError("set_cookie is not part of this playground: the session middleware sets the session cookie")


class HttpResponseRedirect(HttpResponse):
    status_code = 302

    def __init__(self, redirect_to, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.headers["Location"] = str(redirect_to)
        self.url = str(redirect_to)


class JsonResponse(HttpResponse):
    def __init__(self, data, safe=True, **kwargs):
        if safe and not isinstance(data, dict):
            raise TypeError("In order to allow non-dict objects to be serialized set the safe parameter to False.")
        kwargs.setdefault("content_type", "application/json")
        super().__init__(content=json.dumps(data), **kwargs)


def redirect(to, *args, **kwargs):
    return HttpResponseRedirect(to)


def render(request, template_name, context=None, content_type=None, status=None):
    answer = json.loads(run_sync(session_bridge.render(template_name, json.dumps(_to_json(context or {})))))
    if "error" in answer:
        raise _EXCEPTIONS.get(answer["error"], RuntimeError)(answer.get("message", ""))
    return HttpResponse(answer["html"], content_type=content_type, status=status)


class _QuerySet(list):
    def first(self):
        return self[0] if self else None

    def exists(self):
        return bool(self)

    def count(self):
        return len(self)


class _UserInfoManager:
    _rows = [{"id": 1, "user": "alice", "pwd": "alice123"}, {"id": 2, "user": "bob", "pwd": "bob123"}]

    def filter(self, **kwargs):
        return _QuerySet(UserInfo(**r) for r in self._rows if all(r.get(k) == v for k, v in kwargs.items()))

    def all(self):
        return self.filter()

    def get(self, **kwargs):
        found = self.filter(**kwargs)
        if len(found) != 1:
            raise UserInfo.DoesNotExist("UserInfo matching query does not exist.")
        return found[0]


class UserInfo:
    """The tutorial's model: a user name and a password (kept in memory here)."""

    class DoesNotExist(Exception):
        pass

    objects = _UserInfoManager()

    def __init__(self, id, user, pwd):
        self.id, self.user, self.pwd = id, user, pwd

    def __repr__(self):
        return f"<UserInfo: {self.user}>"


def _module(name, **attrs):
    mod = types.ModuleType(name)
    mod.__dict__.update(attrs)
    sys.modules[name] = mod
    return mod

_module("django")
_module("django.http", HttpRequest=HttpRequest, HttpResponse=HttpResponse, HttpResponseRedirect=HttpResponseRedirect, JsonResponse=JsonResponse, QueryDict=QueryDict)
_module("django.shortcuts", render=render, redirect=redirect, HttpResponse=HttpResponse)
_module("django.core")
_module("django.core.exceptions", SuspiciousOperation=SuspiciousOperation)
_module("app01")
_module("app01.models", UserInfo=UserInfo)


def _load_views(source):
    """Compiles and runs views.py as a fresh module; reports a SyntaxError (or any error) with its line."""
    try:
        code = compile(source, "views.py", "exec")
        module = types.ModuleType("app01.views")
        module.__file__ = "views.py"
        exec(code, module.__dict__)
    except SyntaxError as exc:
        frame = {"file": "views.py", "line": exc.lineno or 1, "name": "<module>", "code": (exc.text or "").rstrip(), "column": exc.offset or 1}
        return json.dumps({"exception": type(exc).__name__, "message": exc.msg, "frames": [frame]})
    except Exception as exc:
        frames = [f for f in _frames(exc) if f["file"] == "views.py"]
        return json.dumps({"exception": type(exc).__name__, "message": str(exc), "frames": frames})
    sys.modules["app01.views"] = module
    return json.dumps({"ok": True})


def _frames(exc):
    frames = []
    for f in traceback.extract_tb(exc.__traceback__):
        frames.append({"file": f.filename, "line": f.lineno, "name": f.name, "code": f.line or ""})
    return frames


def _handle(view_name, request_json):
    data = json.loads(request_json)
    request = HttpRequest(data)
    try:
        view = getattr(sys.modules["app01.views"], view_name)
        response = view(request)
        if not isinstance(response, HttpResponse):
            raise ValueError(f"The view app01.views.{view_name} didn't return an HttpResponse object. It returned {response!r} instead.")
        request.session._sync()
        return json.dumps({"status": response.status_code, "headers": list(response.headers.items()), "content": response.content})
    except Exception as exc:
        frames = [f for f in _frames(exc) if f["file"] == "views.py"] or _frames(exc)[-1:]
        return json.dumps({"exception": type(exc).__name__, "message": str(exc), "frames": frames})
`;

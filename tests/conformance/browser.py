"""A small simulated browser cookie jar (RFC 6265bis, as Chromium implements it).

Used by record.py to play the browser side of a scenario against real Django.
It never reads the system clock: every call takes the virtual "now" (an aware
UTC datetime).  Run this file directly to execute its self-checks:

    .venv/bin/python tests/conformance/browser.py

The rules implemented here are written down, one by one, in
tests/conformance/README.md ("The simulated browser").
"""

from __future__ import annotations

import ipaddress
import itertools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

UTC = timezone.utc
MAX_LIFETIME = timedelta(days=400)
MAX_NAME_VALUE = 4096
MAX_ATTRIBUTE_VALUE = 1024

# One global counter: cookie creation order across every browser.  The virtual
# clock does not move during a step, so creation *order* (not time) is kept.
_creation_counter = itertools.count(1)


@dataclass
class Cookie:
    name: str
    value: str
    domain: str  # lower-case, no leading dot
    host_only: bool
    path: str
    expiry: datetime | None  # None = session cookie (no Expires / Max-Age)
    secure: bool
    httponly: bool
    samesite: str | None  # "Lax" | "Strict" | "None" | None (absent / invalid)
    creation: int

    def identity(self):
        return (self.name, self.domain, self.host_only, self.path)

    def snapshot(self):
        return {
            "name": self.name,
            "value": self.value,
            "expires": iso_utc(self.expiry) if self.expiry is not None else None,
            "path": self.path,
            "domain": self.domain,
            "secure": self.secure,
            "httponly": self.httponly,
            "samesite": self.samesite,
        }


def iso_utc(dt: datetime) -> str:
    """YYYY-MM-DDTHH:MM:SSZ, with .ffffff before Z only when microseconds != 0.
    A naive datetime is taken to be UTC."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    # Not strftime: glibc's %Y does not pad years before 1000 to four digits.
    text = "%04d-%02d-%02dT%02d:%02d:%02d" % (
        dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second
    )
    if dt.microsecond:
        text += ".%06d" % dt.microsecond
    return text + "Z"


# --------------------------------------------------------------------------
# URLs, hosts, domains, paths


@dataclass
class Url:
    scheme: str
    host: str  # lower-case, no port
    port: int
    path: str  # path only, no query
    query: str

    @property
    def secure(self):
        # Only https is secure; http://localhost is NOT trusted here.
        return self.scheme == "https"


def parse_url(origin: str, path: str = "/") -> Url:
    parts = urlsplit(origin)
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if scheme == "https" else 80)
    if "?" in path:
        p, q = path.split("?", 1)
    else:
        p, q = path, ""
    if not p.startswith("/"):
        p = "/" + p
    return Url(scheme, host, port, p, q)


def is_ip(host: str) -> bool:
    h = host.strip("[]")
    try:
        ipaddress.ip_address(h)
        return True
    except ValueError:
        return False


def registrable_domain(host: str) -> str | None:
    """Simplified eTLD+1: the last two labels; None for IPs and single labels."""
    if not host or is_ip(host) or "." not in host.strip("."):
        return None
    labels = host.strip(".").split(".")
    return ".".join(labels[-2:])


def domain_match(host: str, domain: str) -> bool:
    if host == domain:
        return True
    return host.endswith("." + domain) and not is_ip(host)


def default_path(request_path: str) -> str:
    if not request_path.startswith("/"):
        return "/"
    if request_path.count("/") == 1:
        return "/"
    return request_path[: request_path.rfind("/")]


def path_match(request_path: str, cookie_path: str) -> bool:
    if request_path == cookie_path:
        return True
    if request_path.startswith(cookie_path):
        if cookie_path.endswith("/"):
            return True
        if request_path[len(cookie_path)] == "/":
            return True
    return False


# --------------------------------------------------------------------------
# Cookie dates (RFC 6265 section 5.1.1)

_DELIMS = set(
    [chr(0x09)]
    + [chr(c) for c in range(0x20, 0x30)]
    + [chr(c) for c in range(0x3B, 0x41)]
    + [chr(c) for c in range(0x5B, 0x61)]
    + [chr(c) for c in range(0x7B, 0x7F)]
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D.*)?$", re.S)
_DAY_RE = re.compile(r"^(\d{1,2})(?:\D.*)?$", re.S)
_YEAR_RE = re.compile(r"^(\d{2,4})(?:\D.*)?$", re.S)


def parse_cookie_date(text: str) -> datetime | None:
    tokens, cur = [], ""
    for ch in text:
        if ch in _DELIMS:
            if cur:
                tokens.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        tokens.append(cur)
    time_v = day = month = year = None
    for tok in tokens:
        if time_v is None:
            m = _TIME_RE.match(tok)
            if m:
                time_v = tuple(int(x) for x in m.groups())
                continue
        if day is None:
            m = _DAY_RE.match(tok)
            if m:
                day = int(m.group(1))
                continue
        if month is None and tok[:3].lower() in _MONTHS:
            month = _MONTHS.index(tok[:3].lower()) + 1
            continue
        if year is None:
            m = _YEAR_RE.match(tok)
            if m:
                year = int(m.group(1))
                continue
    if None in (time_v, day, month, year):
        return None
    if 70 <= year <= 99:
        year += 1900
    elif 0 <= year <= 69:
        year += 2000
    h, mi, s = time_v
    if not (1 <= day <= 31) or year < 1601 or h > 23 or mi > 59 or s > 59:
        return None
    try:
        return datetime(year, month, day, h, mi, s, tzinfo=UTC)
    except ValueError:
        return None


# --------------------------------------------------------------------------
# Set-Cookie parsing (RFC 6265bis section 5.6)


def _has_ctl(text: str) -> bool:
    return any((ord(c) < 0x20 and c != "\t") or ord(c) == 0x7F for c in text)


def parse_set_cookie(header: str):
    """-> (name, value, [(attr_name_lower, attr_value), ...]) or None if ignored."""
    if _has_ctl(header):
        return None
    if ";" in header:
        nv, rest = header.split(";", 1)
        unparsed = rest.split(";")
    else:
        nv, unparsed = header, []
    if "=" in nv:
        name, value = nv.split("=", 1)
    else:
        name, value = "", nv
    name, value = name.strip(" \t"), value.strip(" \t")
    if name == "" and value == "":
        return None
    attrs = []
    for av in unparsed:
        if "=" in av:
            an, aval = av.split("=", 1)
        else:
            an, aval = av, ""
        an, aval = an.strip(" \t"), aval.strip(" \t")
        if an == "":
            continue
        attrs.append((an.lower(), aval))
    return name, value, attrs


def describe_set_cookie(header: str) -> dict:
    """The trace's parsed view of one Set-Cookie header, values as sent."""
    parsed = parse_set_cookie(header)
    if parsed is None:
        name, value, attrs = "", header, []
    else:
        name, value, attrs = parsed
    out = {
        "name": name,
        "value": value,
        "max_age": None,
        "expires": None,
        "path": None,
        "domain": None,
        "secure": False,
        "httponly": False,
        "samesite": None,
    }
    for an, av in attrs:  # last occurrence wins
        if an == "max-age":
            try:
                out["max_age"] = int(av)
            except ValueError:
                out["max_age"] = None
        elif an == "expires":
            out["expires"] = av
        elif an == "path":
            out["path"] = av
        elif an == "domain":
            out["domain"] = av
        elif an == "secure":
            out["secure"] = True
        elif an == "httponly":
            out["httponly"] = True
        elif an == "samesite":
            out["samesite"] = av
    return out


# --------------------------------------------------------------------------
# The jar


class Browser:
    def __init__(self, name: str):
        self.name = name
        self.cookies: list[Cookie] = []

    # -- housekeeping -----------------------------------------------------
    def evict_expired(self, now: datetime):
        self.cookies = [c for c in self.cookies if c.expiry is None or c.expiry > now]

    def close(self):
        """The browser quits: session cookies (no expiry) are gone."""
        self.cookies = [c for c in self.cookies if c.expiry is not None]

    def snapshot(self, now: datetime):
        self.evict_expired(now)
        return [c.snapshot() for c in sorted(self.cookies, key=lambda c: (c.name, c.domain, c.path))]

    # -- sending ----------------------------------------------------------
    def cookies_for(self, url: Url, now: datetime) -> list[Cookie]:
        self.evict_expired(now)
        out = []
        for c in self.cookies:
            if c.host_only:
                if url.host != c.domain:
                    continue
            elif not domain_match(url.host, c.domain):
                continue
            if not path_match(url.path, c.path):
                continue
            if c.secure and not url.secure:
                continue
            # SameSite never blocks: every scenario request is a same-site
            # top-level navigation typed into / clicked within the site.
            out.append(c)
        out.sort(key=lambda c: (-len(c.path), c.creation))
        return out

    def cookie_header(self, url: Url, now: datetime) -> str | None:
        cs = self.cookies_for(url, now)
        if not cs:
            return None
        return "; ".join(f"{c.name}={c.value}" if c.name else c.value for c in cs)

    def value_for(self, name: str, url: Url, now: datetime) -> str | None:
        """The value Django would read for `name` from this browser's Cookie
        header to `url` (last duplicate wins), else the oldest cookie of that
        name the browser holds, else None."""
        sent = [c for c in self.cookies_for(url, now) if c.name == name]
        if sent:
            return sent[-1].value
        held = sorted((c for c in self.cookies if c.name == name), key=lambda c: c.creation)
        if held:
            return held[0].value
        return None

    # -- receiving --------------------------------------------------------
    def receive(self, header: str, url: Url, now: datetime) -> str:
        """Store one Set-Cookie header received from `url`.  Returns a short
        outcome ("stored", "deleted", or "rejected: <why>")."""
        self.evict_expired(now)
        parsed = parse_set_cookie(header)
        if parsed is None:
            return "rejected: unparsable"
        name, value, attrs = parsed
        if len(name.encode()) + len(value.encode()) > MAX_NAME_VALUE:
            return "rejected: name+value too long"

        expires_attr = max_age_attr = domain_attr = path_attr = None
        secure = httponly = False
        samesite = None
        for an, av in attrs:
            if len(av.encode()) > MAX_ATTRIBUTE_VALUE:
                continue
            if an == "expires":
                d = parse_cookie_date(av)
                if d is not None:
                    expires_attr = d
            elif an == "max-age":
                if av and (av[0].isdigit() or av[0] == "-") and re.fullmatch(r"-?\d+", av):
                    n = int(av)
                    max_age_attr = n
            elif an == "domain":
                if av != "":
                    domain_attr = av
            elif an == "path":
                path_attr = av
            elif an == "secure":
                secure = True
            elif an == "httponly":
                httponly = True
            elif an == "samesite":
                low = av.lower()
                samesite = {"none": "None", "strict": "Strict", "lax": "Lax"}.get(low)

        # Expiry: Max-Age wins over Expires; <= 0 means "the earliest time".
        expiry = None
        if max_age_attr is not None:
            if max_age_attr <= 0:
                expiry = datetime(1970, 1, 1, tzinfo=UTC)
            else:
                expiry = now + timedelta(seconds=min(max_age_attr, 400 * 86400 + 1))
        elif expires_attr is not None:
            expiry = expires_attr
        if expiry is not None and expiry > now + MAX_LIFETIME:
            expiry = now + MAX_LIFETIME

        # Domain.
        host = url.host
        if domain_attr is None:
            host_only, domain = True, host
        else:
            d = domain_attr.lower()
            if d.startswith("."):
                d = d[1:]
            if d == "":
                host_only, domain = True, host
            elif is_ip(host) or registrable_domain(host) is None:
                if d == host:
                    host_only, domain = True, host
                else:
                    return "rejected: domain attribute not allowed for this host"
            elif registrable_domain(d) != registrable_domain(host) or not domain_match(host, d):
                return "rejected: domain attribute does not match the host"
            else:
                host_only, domain = False, d

        # Path.
        if path_attr is None or not path_attr.startswith("/"):
            path = default_path(url.path)
        else:
            path = path_attr

        if secure and not url.secure:
            return "rejected: Secure cookie from an insecure origin"
        if samesite == "None" and not secure:
            return "rejected: SameSite=None without Secure"
        lname = name.lower()
        if lname.startswith("__secure-") and not secure:
            return "rejected: __Secure- prefix without Secure"
        if lname.startswith("__host-") and not (
            secure and domain_attr is None and path_attr == "/"
        ):
            return "rejected: __Host- prefix rules"
        if not url.secure:
            for c in self.cookies:
                if (
                    c.secure
                    and c.name == name
                    and (domain_match(domain, c.domain) or domain_match(c.domain, domain))
                    and path_match(path, c.path)
                ):
                    return "rejected: would overwrite a Secure cookie from an insecure origin"

        creation = None
        kept = []
        for c in self.cookies:
            if c.identity() == (name, domain, host_only, path):
                creation = c.creation
            else:
                kept.append(c)
        self.cookies = kept
        if expiry is not None and expiry <= now:
            return "deleted"
        if creation is None:
            creation = next(_creation_counter)
        self.cookies.append(
            Cookie(name, value, domain, host_only, path, expiry, secure, httponly, samesite, creation)
        )
        return "stored"

    # -- developer tools ------------------------------------------------------
    def edit(self, name, value, url: Url, now: datetime, domain=None, path=None):
        """Edit (value str), delete (value None) or create a cookie by hand."""
        self.evict_expired(now)
        want_domain = domain.lower().lstrip(".") if domain is not None else None
        matches = []
        for c in self.cookies:
            if c.name != name:
                continue
            if c.host_only:
                if url.host != c.domain:
                    continue
            elif not domain_match(url.host, c.domain):
                continue
            if want_domain is not None and c.domain != want_domain:
                continue
            if path is not None and c.path != path:
                continue
            matches.append(c)
        if value is None:
            self.cookies = [c for c in self.cookies if c not in matches]
            return
        if matches:
            for c in matches:
                c.value = value
            return
        self.cookies.append(
            Cookie(name, value, url.host, True, "/", None, False, False, None, next(_creation_counter))
        )


# --------------------------------------------------------------------------
# Self-checks


def _self_check():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    http = parse_url("http://testserver", "/ops/")
    https = parse_url("https://testserver", "/ops/")

    b = Browser("A")
    assert b.receive(
        "sessionid=abc; expires=Thu, 15 Jan 2026 00:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax",
        http, now) == "stored"
    snap = b.snapshot(now)
    assert snap == [{"name": "sessionid", "value": "abc", "expires": "2026-01-15T00:00:00Z", "path": "/",
                     "domain": "testserver", "secure": False, "httponly": True, "samesite": "Lax"}], snap
    assert b.cookie_header(http, now) == "sessionid=abc"
    # Max-Age wins over Expires
    b.receive("x=1; Max-Age=60; expires=Thu, 01 Jan 2099 00:00:00 GMT", http, now)
    assert b.snapshot(now)[1]["expires"] == "2026-01-01T00:01:00Z"
    # default path from /ops/ is /ops
    assert b.snapshot(now)[1]["path"] == "/ops"
    # expiry <= now evicts
    assert [c["name"] for c in b.snapshot(now + timedelta(seconds=60))] == ["sessionid"]
    # deletion
    assert b.receive('sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax',
                     http, now) == "deleted"
    assert b.snapshot(now) == []
    # Secure over http rejected, over https kept; http may not overwrite it
    assert b.receive("s=1; Path=/; Secure", http, now).startswith("rejected")
    assert b.receive("s=1; Path=/; Secure", https, now) == "stored"
    assert b.cookie_header(http, now) is None
    assert b.cookie_header(https, now) == "s=1"
    assert b.receive("s=2; Path=/", http, now).startswith("rejected")
    assert b.receive("s=2; Path=/", https, now) == "stored"
    # SameSite=None needs Secure
    assert b.receive("n=1; SameSite=None", https, now).startswith("rejected")
    assert b.receive("n=1; SameSite=None; Secure", https, now) == "stored"
    # 400-day cap
    b2 = Browser("B")
    b2.receive("long=1; Max-Age=99999999", http, now)
    assert b2.snapshot(now)[0]["expires"] == "2027-02-05T00:00:00Z"
    # size limit
    assert b2.receive("big=" + "x" * 4094, http, now).startswith("rejected")
    assert b2.receive("big=" + "x" * 4093, http, now) == "stored"
    # domain cookies
    www = parse_url("http://www.example.com", "/")
    other = parse_url("http://other.example.com", "/x")
    b3 = Browser("C")
    assert b3.receive("d=1; Domain=.example.com; Path=/", www, now) == "stored"
    assert b3.cookie_header(other, now) == "d=1"
    assert b3.receive("e=1; Domain=other.com", www, now).startswith("rejected")
    assert b3.receive("e=1; Domain=com", www, now).startswith("rejected")
    assert b3.receive("h=1; Domain=testserver", http, now) == "stored"
    assert [c for c in b3.cookies if c.name == "h"][0].host_only
    # header order: longer path first, then older
    b4 = Browser("D")
    b4.receive("a=1; Path=/", http, now)
    b4.receive("b=2; Path=/ops", http, now)
    b4.receive("c=3; Path=/", http, now)
    assert b4.cookie_header(http, now) == "b=2; a=1; c=3"
    # replacement keeps creation time
    b4.receive("a=9; Path=/", http, now)
    assert b4.cookie_header(http, now) == "b=2; a=9; c=3"
    # path matching
    assert path_match("/ops/", "/ops") and path_match("/ops/x", "/ops/") and not path_match("/opsx", "/ops")
    # prefixes
    assert b4.receive("__Host-x=1; Path=/; Secure", https, now) == "stored"
    assert b4.receive("__Host-y=1; Path=/; Secure; Domain=testserver", https, now).startswith("rejected")
    assert b4.receive("__Secure-z=1; Path=/", https, now).startswith("rejected")
    # session cookies go on close
    b4.close()
    assert b4.snapshot(now) == []
    # cookie dates
    assert parse_cookie_date("Thu, 01 Jan 1970 00:00:00 GMT") == datetime(1970, 1, 1, tzinfo=UTC)
    assert parse_cookie_date("Sun, 13-Dec-26 03:16:16 GMT") == datetime(2026, 12, 13, 3, 16, 16, tzinfo=UTC)
    assert parse_cookie_date("garbage") is None
    # edit_cookie
    b5 = Browser("E")
    b5.edit("sessionid", "zzz", http, now)
    assert b5.snapshot(now)[0] == {"name": "sessionid", "value": "zzz", "expires": None, "path": "/",
                                   "domain": "testserver", "secure": False, "httponly": False,
                                   "samesite": None}
    b5.edit("sessionid", None, http, now)
    assert b5.snapshot(now) == []
    assert iso_utc(datetime(2026, 1, 1, 0, 0, 0, 5, tzinfo=UTC)) == "2026-01-01T00:00:00.000005Z"
    print("browser.py self-checks passed")


if __name__ == "__main__":
    _self_check()

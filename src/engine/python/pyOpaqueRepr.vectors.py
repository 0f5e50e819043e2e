"""Writes pyOpaqueRepr.vectors.json: CPython's repr() of the objects a view run as
Python can put in the session, beside the shape the bridge carries them in
(src/server/python/djangoShimPy.ts). Run: .venv/bin/python src/engine/python/pyOpaqueRepr.vectors.py"""
import base64
import datetime
import decimal
import json
import pathlib

td = datetime.timedelta
VALUES = [
    datetime.datetime(2026, 11, 29, 15, 0, tzinfo=datetime.timezone.utc),
    datetime.datetime(2026, 11, 29, 15, 0, 5, tzinfo=datetime.timezone.utc),
    datetime.datetime(2026, 11, 29, 15, 0, 0, 120, tzinfo=datetime.timezone.utc),
    datetime.datetime(2026, 1, 2, 3, 4, 5, 600000),
    datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(td(hours=8))),
    datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(td(hours=-5, minutes=-30))),
    datetime.datetime(2026, 1, 2, 3, 4, tzinfo=datetime.timezone(td(hours=1, seconds=7, microseconds=3))),
    td(0), td(seconds=300), td(days=14), td(days=-1), td(seconds=-1), td(microseconds=1500),
    td(days=2, seconds=5, microseconds=7), td(days=-3, microseconds=-1),
    decimal.Decimal("1.10"), decimal.Decimal("-0"), decimal.Decimal("1E+3"), decimal.Decimal("NaN"),
    b"", b"abc", b"a'b", b'a"b', b"a'b\"c", b"\x00\xff\n\t\r\\\x7f ~", bytearray(b"hi"), bytearray(),
    {1, 2}, frozenset(), set(), frozenset({"a"}), {(1, 2)}, {(1,)}, {None, True, 1.5, 2.0},
    {"it's"}, {frozenset({3})}, {td(seconds=1)},
]


def carried(v):
    """The bridge's shape, as the engine holds it (a float like 2.0 marked, as pyFloat boxes it)."""
    if isinstance(v, datetime.datetime):
        return {"pyOpaque": "datetime", "value": v.isoformat()}
    if isinstance(v, datetime.timedelta):
        return {"pyOpaque": "timedelta", "value": v.total_seconds()}
    if isinstance(v, decimal.Decimal):
        return {"pyOpaque": "Decimal", "value": str(v)}
    if isinstance(v, (bytes, bytearray)):
        return {"pyOpaque": type(v).__name__, "value": base64.b64encode(v).decode()}
    if isinstance(v, (set, frozenset)):
        return {"pyOpaque": type(v).__name__, "value": [carried(x) for x in v]}
    if isinstance(v, tuple):
        return [carried(x) for x in v]
    if isinstance(v, float) and v.is_integer():
        return {"float": v}
    return v


out = pathlib.Path(__file__).with_suffix(".json")
out.write_text(json.dumps([[carried(v), repr(v)] for v in VALUES], indent=2) + "\n")

"""The small Django project the golden traces are recorded against.

Settings are not kept in a file: record.py builds them per scenario with
settings.configure() (see tests/conformance/README.md).
"""

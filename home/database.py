"""Telling a database that is briefly unavailable from a query that is wrong.

A database that is down, restarting or locked past its timeout is a passing state:
the visitor gets a 503 and their input back (``ocp.middleware``,
``inquiries.views``, ``inquiries.api``). A query the schema cannot answer is a bug
and must stay a 500 that reaches the error report. PostgreSQL tells them apart by
class (a missing table is a ProgrammingError); SQLite reports both as
OperationalError, so its message decides.
"""

from __future__ import annotations

from django.db import InterfaceError, OperationalError, connection

SQLITE_TRANSIENT = (
    "database is locked",
    "database table is locked",
    "database is busy",
    "unable to open database",
    "disk i/o error",
)


def is_unavailable(error: BaseException) -> bool:
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    if connection.vendor == "sqlite":
        message = str(error).lower()
        return any(text in message for text in SQLITE_TRANSIENT)
    return True

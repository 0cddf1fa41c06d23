"""Reading what clients send: one strict parser per kind of input.

Python's own parsers accept more than the site can handle further on: ``json.loads``
recurses until it raises ``RecursionError`` on deep nesting and lets lone surrogates
(``"\\ud800"``) through, which no database, email or ``str.encode`` accepts; ``int()``
reads ``9_999``, ``+1``, ``" 1"`` and Arabic-Indic digits, and numbers no database
column holds (search queries are cleaned by the search backend, ``home.search``).
Each of these once answered 500. The parsers here turn every such input into a
``BadInput`` (a 400 for the caller to phrase), so the views never see it.
"""

from __future__ import annotations

import json
import re
from typing import Any

LARGEST_INTEGER = 2**63 - 1  # a signed 64-bit column: SQLite's and PostgreSQL's bigint
JSON_MAX_DEPTH = 16  # a form is an object of values and lists: two levels
JSON_MAX_BYTES = 256 * 1024  # the largest form, every field full, is far below this

_DIGITS = re.compile(r"[0-9]+")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # no database text column takes these


class BadInput(ValueError):  # noqa: N818 - it reads as what the client sent
    """The client sent something this parser refuses; ``str()`` says what, in English."""


class TooLarge(BadInput):
    """The input is larger than this parser reads at all (an HTTP 413)."""


def parse_int(value: str, *, name: str = "value", maximum: int = LARGEST_INTEGER) -> int:
    """A non-negative whole number written in ASCII digits only, at most ``maximum``.

    Stricter than ``int()`` on purpose: no sign, no spaces, no underscores, no other
    scripts' digits, nothing a 64-bit column cannot hold.
    """
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        raise BadInput(f"{name} must be a whole number written in the digits 0-9.")
    digits = value.lstrip("0") or "0"
    if len(digits) > len(str(maximum)) or int(digits) > maximum:
        raise BadInput(f"{name} cannot be higher than {maximum}")
    return int(digits)


def _refuse_constant(name: str):
    raise BadInput(f"{name} is not a JSON number.")


def decode_json(raw: bytes, *, max_depth: int = JSON_MAX_DEPTH, max_bytes: int = JSON_MAX_BYTES):
    """The JSON document in ``raw`` (UTF-8), refusing what the rest of the site cannot
    hold: more than ``max_bytes``, nesting deeper than ``max_depth``, lone surrogates
    in any key or string, NUL (PostgreSQL stores no text or JSON holding one), and
    ``NaN``/``Infinity``."""
    if len(raw) > max_bytes:
        raise TooLarge(f"The body is larger than {max_bytes} bytes.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("The body is not UTF-8.") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise BadInput(f"The body is nested deeper than {max_depth} levels.") from None
    except ValueError as error:  # JSONDecodeError, and numbers past int's digit limit
        if isinstance(error, BadInput):
            raise
        raise BadInput("The body is not JSON.") from None
    _check_tree(data, max_depth)
    return data


def _check_tree(data: Any, max_depth: int) -> None:
    """Walks the decoded document without recursion (it may be deep)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if _UNSTORABLE.search(value):
                raise BadInput("The body holds a NUL or a lone surrogate (invalid characters).")
        elif isinstance(value, dict | list):
            if depth > max_depth:
                raise BadInput(f"The body is nested deeper than {max_depth} levels.")
            items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
            for key, item in items:
                if key is not None:
                    stack.append((key, depth))
                stack.append((item, depth + 1))

"""Is a server the suite can use running? ``python -m tests.support.reachable postgres URL``.

``make test`` asks before its PostgreSQL run, and the Redis tests before they start:
a missing server is a clear skip on a developer's machine and a failure on CI (where
``CI=true``), never a silent pass.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit, urlunsplit


def shown(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def postgres_error(url: str) -> str | None:
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as error:
        return f"PostgreSQL is not reachable at {shown(url)}: {str(error).strip()}"
    return None


def redis_error(url: str) -> str | None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        return f"Redis is not reachable at {shown(url)}: {error}"
    return None


if __name__ == "__main__":
    kind, url = sys.argv[1], sys.argv[2]
    error = {"postgres": postgres_error, "redis": redis_error}[kind](url)
    if error:
        print(error, file=sys.stderr)
        sys.exit(1)

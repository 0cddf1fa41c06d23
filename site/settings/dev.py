"""Local development: `make run` serves these settings on http://127.0.0.1:8000."""

from ocp.config import env_bool, env_int, env_str

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = env_bool("DEBUG", True)
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# No page cache while templates and code change under the server (PAGE_CACHE_SECONDS=3600
# to try it).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)

# A development key that is different on every machine and stable across restarts,
# so sessions survive a restart but no key is shared between installations.
_key_file = BASE_DIR / ".dev-secret-key"
if env_str("SECRET_KEY", None) is None:
    if not _key_file.exists():
        import secrets

        _key_file.write_text(secrets.token_urlsafe(50))
        _key_file.chmod(0o600)
    SECRET_KEY = _key_file.read_text().strip()

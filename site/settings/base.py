"""Settings shared by every environment; the environment-specific modules extend them.

Nothing secret lives here: values that differ between machines come from the
environment through :mod:`ocp.config` (see ``.env.example``).
"""

from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from frontends.config import frontends_from_env, preview_origins
from ocp.config import (
    SHARED_CACHE_BACKENDS,
    cache_config,
    database_config,
    email_config,
    env_addresses,
    env_bool,
    env_int,
    env_list,
    env_str,
    frontend_cache_config,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY", None)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The public address of the site, used for canonical and alternate links, the
# sitemap and links in emails (and, as WAGTAILADMIN_BASE_URL, in admin emails).
BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL

INSTALLED_APPS = [
    "home",
    "programs",
    "faq",
    "inquiries",
    "leads",
    "participants",
    "staticsite",
    "frontends",
    "accounts",
    "ocp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v3",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ocp.middleware.ContentSecurityPolicyMiddleware",
    "ocp.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before everything that reads the session or the database: a cached page answers
    # here (see ocp.pagecache).
    "ocp.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ocp.middleware.LocaleMiddleware",
    "ocp.middleware.ApiCacheMiddleware",
    "ocp.middleware.HostileInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.IdleSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "ocp.routing.PageRouteMiddleware",
    "ocp.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "ocp.urls"
WSGI_APPLICATION = "ocp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {"default": database_config(env_str("DATABASE_URL", None), BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache every app server shares (Redis, through CACHE_URL) or, without one, a
# memory cache per process; shared state (the intake's rate limit) then lives in the
# database instead.
CACHES = {"default": cache_config(env_str("CACHE_URL", None))}
CACHE_IS_SHARED = CACHES["default"]["BACKEND"] in SHARED_CACHE_BACKENDS
# Published pages as anonymous visitors see them (ocp.pagecache): in Redis when
# CACHE_URL names it, under keys of their own, so every app server drops a changed page
# at once; otherwise in files (PAGE_CACHE_DIR), which every process of the host shares,
# so a change made in one gunicorn worker (or the task worker) drops the page for all of
# them (a memory cache per process could not be told). Kept for PAGE_CACHE_SECONDS
# (0: no page cache); a change drops exactly the pages it affects long before that.
# CDNs may keep a page PAGE_CDN_SECONDS (s-maxage); with FRONTEND_CACHE_URL set they
# are told to drop the same pages.
if CACHE_IS_SHARED:
    CACHES["pages"] = {
        **CACHES["default"],
        "KEY_PREFIX": f"{CACHES['default']['KEY_PREFIX']}:pages",
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("PAGE_CACHE_DIR", str(BASE_DIR / ".page-cache")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)
PAGE_CDN_SECONDS = env_int("PAGE_CDN_SECONDS", 300)
WAGTAILFRONTENDCACHE = frontend_cache_config(env_str("FRONTEND_CACHE_URL", None))
# The purge names each page's own address in its language; Wagtail must not add the
# same path in the other languages (they are named when they changed).
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Japanese is the source and default; every public URL carries its prefix.
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
    ("ne", "नेपाली"),
]
# Our own catalogue first (makemessages regenerates it), then the Japanese we add for
# Wagtail's, wagtail-localize's and taggit's strings that their catalogues leave
# untranslated (kept by hand: makemessages never looks in a folder named "_packages").
# Both come before every app's own catalogue.
LOCALE_PATHS = [BASE_DIR / "locales", BASE_DIR / "locales" / "_packages"]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin is used in Japanese and English (Wagtail ships no Nepali admin).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ja", "日本語"), ("en", "English")]
# One clock for staff (Japan time): no user picks another zone in their profile, and
# dates read the same on Wagtail's screens as on ours (home.clock, home.formats).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
FORMAT_MODULE_PATH = ["home.formats"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_SITE_NAME = "OCP"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# In production the web server in front (nginx) serves /media/; `make run` and the
# tests have none, so Django serves it there.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# The fonts the default share images are drawn with (home.share_images), per language;
# empty: Debian's fonts-ipafont-gothic (ja, en) and fonts-lohit-deva (ne).
SHARE_IMAGE_FONTS = {
    code: path
    for code in ("ja", "en", "ne")
    if (path := env_str(f"SHARE_IMAGE_FONT_{code.upper()}", ""))
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "csv", "txt", "zip"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail's database search: SQLite's FTS5 on SQLite, PostgreSQL's full-text search on
# PostgreSQL. One text-search configuration serves the three languages, so it is
# "simple" (lower-casing, no stemming, no stop words): PostgreSQL has no Japanese or
# Nepali stemmer, and English stemming would drop words the other two need. `home.search`
# wraps that backend: it cleans what is typed (no FTS syntax reaches the database) and
# also matches a substring of the indexed text, since Japanese has no spaces between words.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search", "SEARCH_CONFIG": "simple"}}

# Background work (search and reference indexing, the intake's emails, the static export)
# goes through django-tasks on the database: no broker, and workers on several hosts
# share the database. `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

globals().update(email_config(env_str("EMAIL_URL", "console://")))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "OCP <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The intake (inquiries/): the consent text's version stored with every record, the
# spam timing rules, the rate limit per client and form, and email retries.
INTAKE_CONSENT_VERSION = "2026-11"
INTAKE_MIN_SECONDS = env_int("INTAKE_MIN_SECONDS", 3)  # faster than this: a bot
INTAKE_MAX_AGE_SECONDS = env_int("INTAKE_MAX_AGE_SECONDS", 2 * 24 * 3600)  # older: stale
INTAKE_RATE_LIMIT = (env_int("INTAKE_RATE_LIMIT", 10), env_int("INTAKE_RATE_WINDOW", 3600))
INTAKE_EMAIL_MAX_ATTEMPTS = env_int("INTAKE_EMAIL_MAX_ATTEMPTS", 8)
# Retention (APPI): how long personal data is kept, in days, once it is no longer needed.
# A long-term pair's check-ins: days after the pair became active (2 weeks, 1 month,
# 3 months), then one at the pair's end, PAIR_LENGTH_DAYS after it became active (half
# a year); a reminder when a check-in has waited CHECK_IN_REMINDER_DAYS for an answer.
CHECK_IN_CADENCE_DAYS = tuple(
    int(days) for days in env_str("CHECK_IN_CADENCE_DAYS", "14,30,90").split(",")
)
PAIR_LENGTH_DAYS = env_int("PAIR_LENGTH_DAYS", 182)
CHECK_IN_REMINDER_DAYS = env_int("CHECK_IN_REMINDER_DAYS", 5)
# Company reports (participants.reports): a figure about fewer people than this is shown
# as "fewer than 5"; the link emailed to a company's contact works this many days.
REPORT_MIN_GROUP = env_int("REPORT_MIN_GROUP", 5)
REPORT_LINK_DAYS = env_int("REPORT_LINK_DAYS", 30)
RETENTION_DAYS = {
    "lead_closed": env_int("RETENTION_LEAD_CLOSED_DAYS", 365),  # leads lost or spam
    "spam": env_int("RETENTION_SPAM_DAYS", 365),  # submissions stored as spam
    "registration_closed": env_int("RETENTION_REGISTRATION_CLOSED_DAYS", 3 * 365),
    "email": env_int("RETENTION_EMAIL_DAYS", 90),  # the outbox's copies of sent emails
    "task_result": env_int("RETENTION_TASK_RESULT_DAYS", 7),  # finished tasks' rows
    # a pair's check-ins, flags, follow-ups and survey answers, after the pair ended
    "pair_ended": env_int("RETENTION_PAIR_ENDED_DAYS", 3 * 365),
    # company reports sent (what was sent, to whom, downloads): CSR disclosures look
    # back five years
    "report_send": env_int("RETENTION_REPORT_SEND_DAYS", 5 * 365),
}
# How long the intake API answers a retried Idempotency-Key with its first answer: as
# long as the form token it carries is accepted (a later retry is stale anyway).
IDEMPOTENCY_KEY_MAX_AGE_SECONDS = env_int("IDEMPOTENCY_KEY_MAX_AGE_SECONDS", INTAKE_MAX_AGE_SECONDS)
# A task RUNNING for longer than this was left by a worker that died: it is queued again.
TASK_STUCK_MINUTES = env_int("TASK_STUCK_MINUTES", 60)
# The static export (staticsite): where the worker keeps it current after each
# publish (empty: no automatic refresh), where it is served, where its forms post.
STATIC_EXPORT_DIR = env_str("STATIC_EXPORT_DIR", "")
STATIC_EXPORT_BASE_URL = env_str("STATIC_EXPORT_BASE_URL", "").rstrip("/")
STATIC_EXPORT_API_ORIGIN = env_str("STATIC_EXPORT_API_ORIGIN", "").rstrip("/")
# Front ends on the API (frontends): each gets a signed event when content changes
# and may open an editor's preview (FRONTENDS=next, then FRONTEND_NEXT_WEBHOOK_URL,
# FRONTEND_NEXT_PREVIEW_URL, FRONTEND_NEXT_SECRET); how often and how long a webhook is
# tried.
FRONTENDS = frontends_from_env()
FRONTEND_WEBHOOK_MAX_ATTEMPTS = env_int("FRONTEND_WEBHOOK_MAX_ATTEMPTS", 8)
FRONTEND_WEBHOOK_TIMEOUT = env_int("FRONTEND_WEBHOOK_TIMEOUT", 5)  # seconds
# Seconds a preview link to a front end shows its draft (frontends.preview).
FRONTEND_PREVIEW_MAX_AGE = env_int("FRONTEND_PREVIEW_MAX_AGE", 600)
# Origins (scheme://host[:port]) whose pages may send the intake forms to the API;
# the static export's own origin always may.
INTAKE_ALLOWED_ORIGINS = env_list("INTAKE_ALLOWED_ORIGINS")
if STATIC_EXPORT_BASE_URL and STATIC_EXPORT_BASE_URL not in INTAKE_ALLOWED_ORIGINS:
    INTAKE_ALLOWED_ORIGINS.append(STATIC_EXPORT_BASE_URL)
# /readyz answers 503 when a due task has waited longer than this (no worker running).
READYZ_MAX_TASK_AGE = env_int("READYZ_MAX_TASK_AGE", 300)
# Seconds that clients and CDNs may reuse a public API answer without asking again.
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 60)
# A new lead nobody has handled for this many business days is overdue.
LEAD_UNTOUCHED_BUSINESS_DAYS = 2
# Material links sent after a request work for this many days.
MATERIAL_LINK_MAX_AGE_DAYS = env_int("MATERIAL_LINK_MAX_AGE_DAYS", 14)
# Documents in this collection (or attached to request-only materials) are refused
# at their plain URLs to everyone but staff.
PRIVATE_MATERIALS_COLLECTION = "Private materials"
# How many reverse proxies in front add to X-Forwarded-For (0: use the peer address).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)

# Staff sign-in (accounts): lock-out after repeated failures; sessions that end
# after a working day and when idle.
AUTHENTICATION_BACKENDS = ["accounts.signin.LockoutBackend"]
SIGNIN_MAX_FAILURES = env_int("SIGNIN_MAX_FAILURES", 5)
SIGNIN_LOCKOUT_MINUTES = env_int("SIGNIN_LOCKOUT_MINUTES", 15)
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 9 * 3600)
STAFF_SESSION_IDLE_MINUTES = env_int("STAFF_SESSION_IDLE_MINUTES", 60)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "ocp.views.csrf_failure"
CSRF_COOKIE_HTTPONLY = True  # no script reads it: Wagtail's takes the token from the page
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Browser features no page of the site uses (ocp.middleware.SecurityHeadersMiddleware).
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)
# Content-Security-Policy (django-csp): the public pages load only the site's own
# scripts, styles, images and fonts, and nothing inline. An embed from another site
# (video, map) would need its origin in frame-src.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (/admin/, see ocp.middleware.ContentSecurityPolicyMiddleware):
# Wagtail 8 still writes inline scripts (date pickers, inline panels, uploads,
# translation editor) and inline styles, shows images from blobs while uploading and
# previews pages in a frame of its own origin. Still only this site's files, no eval,
# no plugins, no foreign frames, forms or connections.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        # and the front ends an editor's preview opens in that frame (frontends.preview)
        "frame-src": [SELF, *preview_origins(FRONTENDS)],
        "frame-ancestors": [SELF],
    }
}
# Staff browsers talk to this site only: no avatars from Gravatar (which would learn
# staff email hashes) and no update check against wagtail.io.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Errors are mailed to ADMINS (comma-separated addresses) with personal data hidden,
# and log lines mask email addresses and phone numbers (ocp.logs). LOG_FORMAT=json
# writes JSON lines for a log collector; the default key=value lines read well too.
ADMINS = [("", address) for address in env_addresses("ADMINS")]
DEFAULT_EXCEPTION_REPORTER = "ocp.logs.RedactingExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "ocp.logs.PrivateExceptionReporterFilter"
# Each distinct error is mailed once in this many seconds; repeats are counted (0: all).
ERROR_MAIL_THROTTLE_SECONDS = env_int("ERROR_MAIL_THROTTLE_SECONDS", 600)
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOG_FORMAT = env_str("LOG_FORMAT", "text")
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "ocp.logs.RedactPersonalData"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "text": {"()": "ocp.logs.KeyValueFormatter"},
        "json": {"()": "ocp.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["redact"],
        },
        "mail_admins": {
            "class": "ocp.logs.ThrottledAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "redact"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own: errors mailed to ADMINS, everything on to the console (root).
        "django": {"handlers": ["mail_admins"], "level": LOG_LEVEL},
        "django.db.backends": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # PDFs (company reports): WeasyPrint logs each step of each PDF at INFO
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # one line per task at INFO: set LOG_LEVEL_TASKS=INFO to see them
        "django_tasks": {"level": env_str("LOG_LEVEL_TASKS", "WARNING")},
    },
}

"""Logs and error reports that carry no personal data.

The site stores what visitors send (names, email addresses, phone numbers, free
text); APPI makes a copy of it in a log file or an error email a leak. So:

- every log line goes through :class:`RedactPersonalData`, which masks email
  addresses and phone numbers in the message and the traceback;
- lines are structured (``key=value`` by default, readable in a terminal; JSON lines
  with ``LOG_FORMAT=json`` for a log collector), naming the request's method, path
  and status, never its query string or body;
- error reports (the emails to ``ADMINS``) use :class:`PrivateExceptionReporterFilter`,
  which hides every POST and GET value, every local variable of every frame and the
  client's address, and :class:`RedactingExceptionReporter`, which masks addresses
  and numbers left in what remains (an exception's message, for instance);
- :class:`ThrottledAdminEmailHandler` mails each distinct error once per
  ``ERROR_MAIL_THROTTLE_SECONDS`` and counts the repeats.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.utils.log import AdminEmailHandler
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# Digits with the separators the forms accept (spaces, hyphens, brackets, a leading
# +); a match counts as a phone number when it holds 10 to 15 digits, so dates,
# times, ids and addresses (dots, colons, slashes stop a match) stay readable.
PHONE = re.compile(r"(?<![\w:/-])(?<!\d\.)\+?\(?\d[\d() -]{7,}\d(?![\w:/-]|\.\d)")


def _phone(match: re.Match) -> str:
    digits = sum(char.isdigit() for char in match.group(0))
    return "[phone]" if 10 <= digits <= 15 else match.group(0)


def redact(text: str) -> str:
    """The text with email addresses and phone numbers masked."""
    return PHONE.sub(_phone, EMAIL.sub("[email]", text))


class RedactPersonalData(logging.Filter):
    """Masks email addresses and phone numbers in a record's message and traceback.

    The record is rewritten in place (its message formatted once, its traceback
    rendered once), so every handler after this filter sees the masked text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = redact(message)
        if masked != message or record.args:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def _fields(record: logging.LogRecord) -> dict:
    fields = {
        "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
        "level": record.levelname,
        "logger": record.name,
        "message": record.getMessage(),
    }
    request = getattr(record, "request", None)
    if request is not None and hasattr(request, "path"):
        fields["method"] = getattr(request, "method", "")
        fields["path"] = request.path
    status = getattr(record, "status_code", None)
    if status is not None:
        fields["status"] = status
    return fields


class KeyValueFormatter(logging.Formatter):
    """``time=… level=… logger=… message="…"``: greppable, and readable in a terminal
    (a traceback follows on its own lines)."""

    def format(self, record: logging.LogRecord) -> str:
        parts = []
        for key, value in _fields(record).items():
            text = str(value)
            if key == "message" or not text or any(c in text for c in ' "='):
                text = json.dumps(text, ensure_ascii=False)
            parts.append(f"{key}={text}")
        line = " ".join(parts)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line += "\n" + record.exc_text
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per line, the traceback in ``exception``."""

    def format(self, record: logging.LogRecord) -> str:
        fields = _fields(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            fields["exception"] = record.exc_text
        return json.dumps(fields, ensure_ascii=False, default=str)


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """Django's filter, hiding everything a visitor may have typed or that points at them.

    Any frame between a view and the database can hold what a form sent (the form's
    cleaned data, a query's parameters), so no frame shows its variables' values; every
    POST value is hidden, whichever form sent it (the intake forms, the admin's notes),
    and so is the client's address. Names stay visible to help debugging.
    """

    CLIENT_HEADERS = {
        "REMOTE_ADDR",
        "HTTP_X_FORWARDED_FOR",
        "HTTP_X_REAL_IP",
        "HTTP_FORWARDED",
        "HTTP_REFERER",
    }

    def get_post_parameters(self, request):
        if request is None:
            return {}
        if not self.is_active(request):
            return request.POST
        cleansed = request.POST.copy()
        for key in cleansed:
            cleansed.setlist(key, [self.cleansed_substitute])
        return cleansed

    def get_cleansed_multivaluedict(self, request, multivaluedict):
        if not self.is_active(request):
            return multivaluedict
        cleansed = multivaluedict.copy()
        for key in cleansed:
            cleansed.setlist(key, [self.cleansed_substitute])
        return cleansed

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        if self.is_active(request):
            for key in self.CLIENT_HEADERS & meta.keys():
                meta[key] = self.cleansed_substitute
        return meta

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class RedactingExceptionReporter(ExceptionReporter):
    """Error reports without query values, and with addresses and numbers masked."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.request is not None and self.filter.is_active(self.request):
            substitute = self.filter.cleansed_substitute
            data["request_GET_items"] = [(key, substitute) for key in self.request.GET]
            raw_host = self.request._get_raw_host()
            data["request_insecure_uri"] = f"{self.request.scheme}://{raw_host}{self.request.path}"
        return data

    def get_traceback_text(self):
        return redact(super().get_traceback_text())

    def get_traceback_html(self):
        return redact(super().get_traceback_html())


def _innermost_project_frame(traceback) -> str:
    """``file:function:line`` of the deepest frame in the project's own code (the
    innermost frame of all when the error is raised before any of it runs)."""
    base = Path(settings.BASE_DIR).resolve()
    innermost = project = None
    while traceback is not None:
        code = traceback.tb_frame.f_code
        innermost = f"{code.co_filename}:{code.co_name}:{traceback.tb_lineno}"
        path = Path(code.co_filename)
        if (
            path.is_absolute()
            and path.is_relative_to(base)
            and "site-packages" not in path.parts
            and ".venv" not in path.relative_to(base).parts
        ):
            project = f"{path.relative_to(base)}:{code.co_name}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return project or innermost or ""


def error_fingerprint(record: logging.LogRecord) -> str:
    """What makes two error reports the same error: the logger, the status, the URL
    pattern (never the path, which a client chooses), and the exception's class and
    the innermost frame of the project's code, or, without an exception, the log
    message's template (before its arguments are filled in)."""
    parts = [record.name, record.levelname, str(getattr(record, "status_code", ""))]
    match = getattr(getattr(record, "request", None), "resolver_match", None)
    parts.append(str(getattr(match, "route", "")))
    if record.exc_info and record.exc_info[0] is not None:
        error_class, _error, traceback = record.exc_info
        parts += [f"{error_class.__module__}.{error_class.__qualname__}"]
        parts += [_innermost_project_frame(traceback)]
    else:
        parts.append(str(record.msg))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


class ThrottledAdminEmailHandler(AdminEmailHandler):
    """Django's error mail to ``ADMINS``, once per distinct error per window.

    A fault every request hits (a table gone after a bad deploy) or a client that
    replays an input that crashes would otherwise send a mail per request, in JII's
    name, and bury the one new error among them. The first report of an error
    (:func:`error_fingerprint`) is mailed; repeats within ``ERROR_MAIL_THROTTLE_SECONDS``
    are counted, and the next mail of that error says how many were not sent. The
    window lives in the Django cache, so the workers agree when it is shared (Redis,
    ``CACHE_URL``); if the cache fails, the report is mailed anyway: a first report is
    never lost for want of a cache. ``clock`` is there for tests to move time.
    """

    KEY_PREFIX = "ocp:error-mail"
    COUNT_TIMEOUT = 7 * 24 * 3600
    clock = staticmethod(time.time)

    def handle(self, record: logging.LogRecord):
        # Before the filters: "redact" fills the message's arguments in, and the
        # fingerprint needs the template.
        if not hasattr(record, "error_fingerprint"):
            try:
                record.error_fingerprint = error_fingerprint(record)
            except Exception:  # noqa: BLE001 - a report must never fail on its key
                record.error_fingerprint = None
        return super().handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        if not settings.ADMINS:
            return
        repeats = self.repeats_since_last_mail(getattr(record, "error_fingerprint", None))
        if repeats is None:
            return
        self._repeats = repeats
        try:
            super().emit(record)
        finally:
            self._repeats = 0

    def repeats_since_last_mail(self, fingerprint: str | None) -> int | None:
        """None when this error was mailed within the window (the repeat is counted);
        otherwise how many repeats were not mailed since the previous mail."""
        window = settings.ERROR_MAIL_THROTTLE_SECONDS
        if window <= 0 or not fingerprint:
            return 0
        sent_key = f"{self.KEY_PREFIX}:{fingerprint}:sent"
        count_key = f"{self.KEY_PREFIX}:{fingerprint}:repeats"
        try:
            cache = caches["default"]
            now = self.clock()
            if not cache.add(sent_key, now, timeout=window):
                sent = cache.get(sent_key)
                if sent is not None and 0 <= now - sent < window:
                    cache.add(count_key, 0, timeout=self.COUNT_TIMEOUT)
                    cache.incr(count_key)
                    return None
                cache.set(sent_key, now, timeout=window)
            repeats = cache.get(count_key) or 0
            if repeats:
                cache.delete(count_key)
            return repeats
        except Exception:  # noqa: BLE001 - no cache: mail every report rather than none
            return 0

    def send_mail(self, subject, message, *args, **kwargs):
        repeats = getattr(self, "_repeats", 0)
        if repeats:
            minutes = max(1, settings.ERROR_MAIL_THROTTLE_SECONDS // 60)
            message = (
                f"This error also happened {repeats} more time(s) since the previous "
                f"mail about it; repeats within {minutes} minutes are not mailed.\n\n" + message
            )
        super().send_mail(subject, message, *args, **kwargs)

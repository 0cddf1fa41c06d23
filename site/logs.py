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
  and numbers left in what remains (an exception's message, for instance).
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime

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

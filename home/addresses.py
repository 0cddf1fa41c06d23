"""One email address is one mailbox: the rule for every address the site sends to.

An address field that accepts what RFC 5322 allows (quoted local parts, comments,
groups, encoded words, lists) lets one visitor make the site mail many strangers, or a
stranger other than the one the value names: ``"a,victim@evil.example,b"@example.com``
is valid to Django, and anything that later splits it on commas sends to every piece.
The site needs none of that syntax, so it accepts only the plain ``local@domain``
form, checked so that the value reads as exactly one address, and the same address,
to every parser that will see it (``email.utils``, Django's validator, the IDNA
encoding the SMTP backend applies to the domain).
"""

from __future__ import annotations

import unicodedata
from email.utils import getaddresses, parseaddr

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 254
# Characters with a meaning in address headers (lists, quotes, comments, routes,
# domain literals, groups), none of which a plain mailbox needs.
SPECIALS = frozenset('"(),:;<>[]\\')
# Controls, format characters (bidi, zero-width), surrogates, private use, unassigned,
# and every kind of space or line separator.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


def mailbox_problem(value: object) -> str:
    """Why ``value`` is not exactly one plain mailbox, or "" when it is."""
    if not isinstance(value, str) or not value:
        return "not text"
    if len(value) > MAX_LENGTH:
        return "too long"
    for char in value:
        if char in SPECIALS or char.isspace():
            return "separator"
        if unicodedata.category(char) in REFUSED_CATEGORIES:
            return "control"
    if "=?" in value or "?=" in value:
        return "encoded word"
    if value.count("@") != 1:
        return "not one @"
    local, domain = value.split("@")
    if not local.isascii():
        return "local part"
    if not _canonical_domain(domain.lower()):
        return "domain"
    if getaddresses([value]) != [("", value)] or parseaddr(value) != ("", value):
        return "parsed otherwise"
    from django.core.validators import validate_email

    try:
        validate_email(value)
    except ValidationError:
        return "invalid"
    return ""


def _canonical_domain(domain: str) -> bool:
    """The domain is written the way it will be sent: each label survives the IDNA
    encoding the mail backend applies unchanged, so full-width letters or dots,
    mapped characters and broken punycode do not quietly name another domain."""
    from django.utils.encoding import punycode

    if not domain:
        return False
    for label in domain.split("."):
        if not label:
            return False
        try:
            if label.isascii():
                if label.startswith("xn--"):
                    decoded = label.encode("ascii").decode("idna")
                    if punycode(decoded) != label:
                        return False
                continue
            if unicodedata.normalize("NFC", label) != label:
                return False
            if punycode(label).encode("ascii").decode("idna") != label:
                return False
        except UnicodeError:
            return False
    return True


def is_single_mailbox(value: object) -> bool:
    return not mailbox_problem(value)


@deconstructible
class SingleMailboxValidator:
    """Refuses anything but one plain mailbox (see :func:`mailbox_problem`)."""

    message = _(
        "Enter one email address such as name@example.com, without spaces, line "
        "breaks, quotation marks, commas, semicolons or brackets."
    )
    code = "invalid"

    def __init__(self, message=None):
        if message is not None:
            self.message = message

    def __call__(self, value) -> None:
        if mailbox_problem(value):
            raise ValidationError(self.message, code=self.code, params={"value": value})

    def __eq__(self, other) -> bool:
        return isinstance(other, SingleMailboxValidator) and self.message == other.message


validate_single_mailbox = SingleMailboxValidator()

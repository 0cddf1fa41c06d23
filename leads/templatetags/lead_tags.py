"""Template filters of the lead screens: links that mail and call a contact."""

from __future__ import annotations

import re
import unicodedata

from django import template

register = template.Library()


@register.filter
def tel_href(phone: str) -> str:
    """A ``tel:`` link for a phone number as a person typed it (full-width digits,
    hyphens, spaces, brackets): its digits, with a leading + kept; "" without digits."""
    text = unicodedata.normalize("NFKC", phone or "").strip()
    digits = re.sub(r"\D", "", text)
    if not digits:
        return ""
    return f"tel:{'+' if text.startswith('+') else ''}{digits}"


@register.filter
def person_name(user) -> str:
    """How staff see a colleague: their full name, else their username."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()

"""Detail lines of the plain-text emails ("label: value") use the full-width colon in
Japanese and ": " in English and Nepali; every email template is rendered here."""

from __future__ import annotations

import datetime
import re
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

SIGNATURE = SimpleNamespace(
    organisation_name="JII", address="Tokyo", contact_email="ocp@example.org", phone="03-0000"
)
ACTIVITY = SimpleNamespace(
    date=datetime.date(2026, 5, 1),
    starts_at=datetime.time(10),
    ends_at=datetime.time(11),
    online=False,
    place="City hall",
)
COMMON = {"signature": SIGNATURE, "base_url": "https://example.org", "first_name": "Sita"}
RECORD = SimpleNamespace(
    name="Sita",
    form_kind="inquiry",
    get_topic_display="Other",
    company="Acme",
    get_role_display="",
    needs_review=False,
    get_form_kind_display="Inquiry",
    locale=SimpleNamespace(get_display_name="日本語"),
)
TEMPLATES = {
    "participants/email/activity_assignment.txt": {
        "activity": ACTIVITY,
        "need": "Hospital",
        "prefecture": "Tokyo",
        "language": "Nepali",
        "partner_first_name": "Kenji",
    },
    "participants/email/activity_confirmed.txt": {
        "activity": ACTIVITY,
        "need": "Hospital",
        "prefecture": "Tokyo",
        "partner_first_name": "Kenji",
    },
    "participants/email/pair_introduction.txt": {
        "partner_first_name": "Kenji",
        "partner_language": "Japanese",
        "first_meeting": datetime.date(2026, 5, 1),
    },
    "inquiries/email/confirmation.txt": {"record": RECORD},
    "inquiries/email/staff.txt": {"record": RECORD, "admin_url": "https://example.org/a"},
}
# A detail line: a label, the separator, a value.
HALF = re.compile(r"^[^:：\s][^:：]*: \S", re.M)
FULL = re.compile(r"^[^:：\s][^:：]*：\S", re.M)


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_detail_lines_use_the_full_width_colon_in_japanese_only(template):
    context = COMMON | TEMPLATES[template]
    with translation.override("ja"):
        japanese = render_to_string(template, context)
    assert FULL.search(japanese), japanese
    assert not HALF.search(japanese.replace("https://", "")), japanese
    for language in ("en", "ne"):
        with translation.override(language):
            text = render_to_string(template, context)
        assert HALF.search(text), text
        assert "：" not in text

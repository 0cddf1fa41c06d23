"""A submission's answers as staff read them (``inquiries.answers``): labels, not keys;
yes or no, not True; a family as "spouse; child, 6", not a Python list; dates on the one
clock; in the admin's language. And the one clock itself (``home.clock``)."""

from __future__ import annotations

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from home import clock
from inquiries import choices
from inquiries.answers import ANSWER_FIELDS, Answer, answers, display_value, family
from inquiries.forms import FORMS
from inquiries.models import (
    Inquiry,
    InquiryTopic,
    MaterialRequest,
    OnboardingRequest,
    ParticipantRegistration,
)
from leads.models import Organization
from tests.support.factories import (
    InquiryFactory,
    MaterialRequestFactory,
    OnboardingRequestFactory,
    ParticipantRegistrationFactory,
)

pytestmark = pytest.mark.django_db

# 20:05:09.123456 UTC on 30 November is 05:05 on 1 December in Japan: the date differs.
LATE_UTC = datetime.datetime(2026, 11, 30, 20, 5, 9, 123456, tzinfo=datetime.UTC)
MODEL_OF = {
    choices.FormKind.INQUIRY: Inquiry,
    choices.FormKind.MATERIAL_REQUEST: MaterialRequest,
    choices.FormKind.ONBOARDING: OnboardingRequest,
    choices.FormKind.REGISTRATION: ParticipantRegistration,
}
FACTORIES = [
    InquiryFactory,
    MaterialRequestFactory,
    OnboardingRequestFactory,
    ParticipantRegistrationFactory,
]
RAW = ("True", "False", "None", "[", "{", "'")  # what a Python value leaks as


def by_field(record) -> dict[str, str]:
    return {answer.field: answer.value for answer in answers(record)}


# -- the clock --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected_datetime", "expected_date"),
    [
        ("ja", "2026年12月1日 05:05", "2026年12月1日"),
        ("en", "1 Dec 2026, 05:05", "1 Dec 2026"),
        ("ne", "2026-12-01 05:05", "2026-12-01"),
    ],
)
def test_the_clock_is_japan_time_in_the_admins_language(language, expected_datetime, expected_date):
    with translation.override(language):
        assert clock.staff_datetime(LATE_UTC) == expected_datetime
        assert clock.staff_date(LATE_UTC) == expected_date  # the date in Japan, not UTC
        assert clock.staff_date(datetime.date(2026, 11, 30)) != expected_date


def test_the_clock_ignores_the_active_time_zone_and_drops_fractions():
    from django.utils import timezone

    with timezone.override("America/Los_Angeles"), translation.override("en"):
        assert clock.staff_datetime(LATE_UTC) == "1 Dec 2026, 05:05"
        assert clock.staff_iso(LATE_UTC) == "2026-12-01T05:05:09+09:00"
    naive = datetime.datetime(2026, 12, 1, 5, 5, 9, 999999)  # taken as Japan time
    assert clock.japan_time_naive(naive) == datetime.datetime(2026, 12, 1, 5, 5, 9)
    assert clock.japan_time_naive(LATE_UTC) == datetime.datetime(2026, 12, 1, 5, 5, 9)


@pytest.mark.parametrize("nothing", [None, ""])
def test_no_date_reads_as_a_dash(nothing):
    assert clock.staff_datetime(nothing) == clock.staff_date(nothing) == "–"
    assert clock.staff_iso(nothing) == ""


def test_template_filters_use_the_same_clock():
    template = Template(
        "{% load staff_tags %}{{ when|staff_datetime }}|{{ when|staff_date }}|"
        "{{ when|staff_iso }}|{{ lead|readable:'stage' }}|{{ missing|staff_datetime }}"
    )
    lead = Organization(stage="proposal")
    with translation.override("ja"):
        rendered = template.render(Context({"when": LATE_UTC, "lead": lead, "missing": None}))
    assert rendered == "2026年12月1日 05:05|2026年12月1日|2026-12-01T05:05:09+09:00|提案済み|–"


# -- the answers ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(MODEL_OF))
def test_every_question_of_every_form_has_its_answer(kind):
    """A field added to a form without an answer here would vanish from every screen."""
    assert MODEL_OF[kind].form_kind == kind
    form_class = FORMS[kind]
    asked = {
        "family" if name.startswith("family_") else name
        for name in form_class.base_fields
        if name not in form_class.control_fields
    }
    if kind == choices.FormKind.REGISTRATION:
        asked.add("family")  # its rows are added per role
    assert asked <= set(ANSWER_FIELDS[kind]), asked - set(ANSWER_FIELDS[kind])


@pytest.mark.parametrize("factory", FACTORIES)
@pytest.mark.parametrize("language", ["ja", "en"])
def test_no_answer_reads_as_a_code_or_a_python_value(factory, language):
    record = factory()
    with translation.override(language):
        shown = answers(record)
        assert record.readable_answers() == shown
    assert shown and all(isinstance(answer, Answer) for answer in shown)
    for answer in shown:
        assert isinstance(answer.label, str) and isinstance(answer.value, str), answer
        assert answer.value, answer
        assert not answer.value.startswith(RAW), answer
        assert "_" not in answer.label, answer  # a label, not the field's name


def test_a_registration_reads_in_japanese():
    record = ParticipantRegistrationFactory(
        family=[{"relation": "spouse", "age": None}, {"relation": "child", "age": 6}],
        needs=["procedures", "hospital"],
        availability=["weekday_evening", "weekend_daytime"],
        agrees_to_screening=True,
    )
    with translation.override("ja"):
        values = by_field(record)
        labels = {answer.field: answer.label for answer in answers(record)}
    assert values["family"] == "配偶者・パートナー、子ども（6歳）"
    assert values["needs"] == "行政手続き、通院"
    assert values["availability"] == "平日・夜間、土日・日中"
    assert values["agrees_to_screening"] == "はい"
    assert values["role"] == str(choices.Role.SUPPORTED.label)
    assert values["contact_language"] == "ネパール語"
    assert values["nationality"] == "ネパール"
    assert values["prefecture"] == "東京都"
    assert values["japanese_level"] == "日常会話レベル"
    assert values["years_in_japan"] == "3"
    # each language with its level, Japanese from its own question
    assert values["languages"] == "ネパール語（ネイティブ）、英語（流暢）、日本語（日常会話）"
    assert labels["family"] == "一緒に来日した家族"


def test_a_registration_reads_in_english():
    record = ParticipantRegistrationFactory(
        family=[{"relation": "spouse", "age": None}, {"relation": "child", "age": 6}],
        needs=["procedures"],
        needs_other="",
        hobbies="",
    )
    with translation.override("en"):
        values = by_field(record)
    assert values["family"] == "Spouse or partner; Child, 6"
    assert values["needs"] == "Administrative procedures"
    assert values["needs_other"] == values["hobbies"] == "–"
    assert values["agrees_to_screening"] == "Yes"
    assert values["contact_language"] == "Nepali"
    assert values["languages"] == "Nepali (native), English (fluent), Japanese (conversational)"
    assert values["interests"] == "Cooking, Walking, hiking and nature"
    assert values["hobbies"] == "–"


def test_a_volunteer_was_not_asked_about_family_or_needs():
    record = ParticipantRegistrationFactory(volunteer=True)
    assert not {"family", "needs", "needs_other"} & set(by_field(record))
    assert {"family", "needs"} <= set(by_field(ParticipantRegistrationFactory()))


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ([], "–"),
        (None, "–"),
        ([{"relation": "child", "age": 0}], "Child, 0"),  # a baby's age is shown
        ([{"relation": "parent", "age": ""}], "Parent"),
        ([{"relation": "cousin", "age": 3}], "cousin, 3"),  # an unknown key, as stored
        ([{"age": 4}], "?, 4"),
        (["spouse"], "spouse"),  # a damaged row is shown, not hidden
        ({"relation": "spouse"}, "Spouse or partner"),
    ],
)
def test_a_family_reads_whatever_was_stored(members, expected):
    with translation.override("en"):
        assert family(members) == expected


def test_company_answers_read_as_labels_in_japanese():
    inquiry = InquiryFactory(topic=InquiryTopic.PRESS, department="")
    onboarding = OnboardingRequestFactory(
        goals=["retention", "engagement"], preferred_start=datetime.date(2027, 2, 1)
    )
    request = MaterialRequestFactory()
    with translation.override("ja"):
        assert by_field(inquiry)["topic"] == "取材・報道について"
        assert by_field(inquiry)["department"] == "–"
        shown = by_field(onboarding)
        assert shown["goals"] == "外国人社員の定着、社員エンゲージメント・CSR"
        assert shown["preferred_start"] == "2027年2月1日"
        assert shown["industry"] == "製造業"
        assert shown["expected_supported"] == "12"
        materials = by_field(request)["materials"]
    titles = [str(material) for material in request.materials.all()]
    assert titles and materials == "、".join(titles)


def test_display_value_reads_what_the_site_keeps_too():
    record = InquiryFactory(submitted_at=LATE_UTC, spam=True, language="en")
    with translation.override("ja"):
        assert display_value(record, "submitted_at") == "2026年12月1日 05:05"
        assert display_value(record, "locale") == "英語"
        assert display_value(record, "is_spam") == "はい"
        assert display_value(record, "organization.stage") == "–"  # a spam record has no lead
        assert record.display_value("form_kind") == "お問い合わせ"
    with translation.override("en"):
        assert display_value(record, "locale") == "English"
        assert display_value(record, "is_spam") == "Yes"

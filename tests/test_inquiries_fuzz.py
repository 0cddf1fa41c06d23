"""No input of any shape makes an intake form answer 500 or store something invalid."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from inquiries.services import RECORD_MODELS
from inquiries.tokens import issue_token
from tests.support.fuzz import examples

pytestmark = pytest.mark.django_db

COMMON = ["consent", "website", "form_token", "unexpected", "name", "email", "company"]
FORMS = {
    "/en/contact/": ("inquiry", ["department", "phone", "topic", "message"]),
    "/en/request-materials/": (
        "material_request",
        ["role", "company_size", "foreign_employees", "heard_from", "materials"],
    ),
    "/en/onboarding/": (
        "onboarding",
        [
            "industry",
            "prefecture",
            "employees",
            "foreign_employees",
            "main_languages",
            "goals",
            "interests",
            "expected_supported",
            "expected_volunteers",
            "preferred_start",
            "department",
            "phone",
            "message",
        ],
    ),
    "/en/register/": (
        "registration",
        [
            "role",
            "phone",
            "contact_language",
            "languages",
            "languages_language_1",
            "languages_level_1",
            "company_code",
            "japanese_level",
            "nationality",
            "years_in_japan",
            "prefecture",
            "municipality",
            "needs",
            "needs_other",
            "activity_type",
            "activity_format",
            "pair_preference",
            "availability",
            "help_with",
            "capacity",
            "interests",
            "hobbies",
            "agrees_to_screening",
            "family_relation_1",
            "family_age_1",
        ],
    ),
}
text = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            "",
            "on",
            "a@b.jp",
            "\r\n",
            "\x00",
            "<script>",
            "0" * 5000,
            "-1",
            "1",
            "2030-01-01",
            "not-a-date",
            "supported",
            "volunteer",
            "JP",
            "tokyo",
            "long_term",
            "99999999999999999999",
        ]
    ),
)


def payloads(fields):
    return st.dictionaries(
        st.sampled_from(COMMON + fields), st.one_of(text, st.lists(text, max_size=3))
    )


@pytest.mark.parametrize("url", list(FORMS))
def test_any_post_is_answered_without_a_server_error(client, settings, url):
    settings.INTAKE_RATE_LIMIT = (10_000, 3600)
    kind, fields = FORMS[url]
    model = RECORD_MODELS[kind]

    @hypothesis_settings(
        max_examples=examples(60),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(payload=payloads(fields), with_valid_token=st.booleans())
    def post_anything(payload, with_valid_token):
        if with_valid_token:
            payload["form_token"] = issue_token()
        before = model.objects.count()
        response = client.post(url, payload)
        assert response.status_code in (302, 400), response.status_code
        stored = model.objects.count() - before
        assert stored == (1 if response.status_code == 302 and _new(response, model) else 0)

    post_anything()


def _new(response, model) -> bool:
    token = response["Location"].split("sent=")[-1]
    return model.objects.filter(token=token).exists()

"""No input of any shape makes the inquiry form answer 500 or store something invalid."""

import re

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from inquiries.forms import issue_token
from inquiries.models import Inquiry

pytestmark = pytest.mark.django_db

FIELDS = [
    "company",
    "department",
    "name",
    "email",
    "phone",
    "topic",
    "message",
    "consent",
    "website",
    "form_token",
    "unexpected",
]
text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.sampled_from(["", "costs", "on", "a@b.jp", "\r\n", "\x00", "<script>", "0" * 5000]),
)
payloads = st.dictionaries(st.sampled_from(FIELDS), st.one_of(text, st.lists(text, max_size=3)))


@hypothesis_settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(payload=payloads, with_valid_token=st.booleans())
def test_any_post_is_answered_without_a_server_error(client, settings, payload, with_valid_token):
    settings.INTAKE_RATE_LIMIT = (10_000, 3600)
    if with_valid_token:
        payload["form_token"] = issue_token()
    before = Inquiry.objects.count()
    response = client.post("/en/contact/", payload)
    assert response.status_code in (302, 400)
    stored = Inquiry.objects.count() - before
    if response.status_code == 400:
        assert stored == 0
    else:
        assert stored <= 1
        for inquiry in Inquiry.objects.all():
            assert not re.search(r"[\r\n]", inquiry.name + inquiry.company + inquiry.email)
            assert inquiry.topic in {
                "introduction",
                "costs",
                "content",
                "volunteering",
                "press",
                "other",
            }

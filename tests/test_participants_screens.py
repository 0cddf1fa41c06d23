"""What a coordinator reads on the matching, pair and activity screens: the way from
the queue to the draft for everyone waiting, a person's pairs and activities on their
own screen, a volunteer's places, and how to reach the people of a pair or an
activity."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.support.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/inquiries_participantregistration/"
DRAFT = "/admin/inquiries_participantregistration/suggest-all/"


def signed_in(**traits) -> Client:
    client = Client()
    client.force_login(UserFactory(**traits))
    return client


def text_of(html: str) -> str:
    """The page's words, as a reader sees them (tags dropped, spaces folded)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_queue_leads_a_coordinator_to_the_draft_for_everyone_waiting():
    page = signed_in(coordinator=True, language="ja").get(QUEUE).content.decode()
    link = re.search(rf'<a[^>]+href="{re.escape(DRAFT)}"[^>]*>(.*?)</a>', page, re.S)
    assert link, "no link to the draft in the queue's header"
    assert "待っている全員のペアを提案" in text_of(link[1])


def test_who_may_only_read_the_queue_gets_no_link_to_the_draft():
    reader = signed_in(privacy_officer=True, language="en")
    page = reader.get(QUEUE)
    assert page.status_code == 200
    assert DRAFT not in page.content.decode()

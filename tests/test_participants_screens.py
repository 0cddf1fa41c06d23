"""What a coordinator reads on the matching, pair and activity screens: the way from
the queue to the draft for everyone waiting, a person's pairs and activities on their
own screen, a volunteer's places, and how to reach the people of a pair or an
activity."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from inquiries import choices
from leads.models import Stage
from leads.services import give_enrolment_code
from participants import activities, pairs
from tests.support.factories import (
    OrganizationFactory,
    QueuedSupportedFactory,
    ScreenedVolunteerFactory,
    UserFactory,
)

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


def registration_screen(client: Client, registration) -> str:
    url = f"/admin/inquiries_participantregistration/inspect/{registration.pk}/"
    return client.get(url).content.decode()


def test_a_participants_screen_lists_their_pairs_and_activities_with_links():
    coordinator = UserFactory(coordinator=True, language="ja")
    supported = QueuedSupportedFactory(name="Mina Gurung")
    volunteer = ScreenedVolunteerFactory(name="山田 花子", capacity=2)
    pair = pairs.propose(supported, volunteer, by=coordinator)
    activity = activities.record(
        supported,
        by=coordinator,
        need=choices.Need.HOSPITAL,
        date=timezone.localdate() + datetime.timedelta(days=3),
        starts_at=datetime.time(10),
        ends_at=datetime.time(12),
        prefecture=choices.Prefecture.TOKYO,
        language="ne",
    )
    client = Client()
    client.force_login(coordinator)

    page = registration_screen(client, supported)
    section = text_of(page.split('id="pairs-heading"')[1].split("</section>")[0])
    assert "ペアと単発活動" in page
    assert "山田 花子さんとのペア · 提案中" in section
    assert "通院 · ボランティアを探し中" in section
    assert f'href="/admin/participants_pair/inspect/{pair.pk}/"' in page
    assert f'href="/admin/participants_oneoffactivity/inspect/{activity.pk}/"' in page

    volunteers = registration_screen(client, volunteer)
    assert "Mina Gurungさんとのペア · 提案中" in text_of(volunteers)
    assert "同時に組めるペア数 2（現在1組）" in text_of(volunteers)


def test_the_member_company_and_its_code_read_as_one_japanese_phrase():
    lead = OrganizationFactory(name="株式会社サクラ製作所", stage=Stage.MEMBER)
    code = give_enrolment_code(lead)
    supported = QueuedSupportedFactory(member_company=lead, company_code=code)
    page = registration_screen(signed_in(coordinator=True, language="ja"), supported)
    assert f"株式会社サクラ製作所（コード：{code}）" in text_of(page)


def test_a_pair_and_an_activity_show_how_to_reach_each_person():
    coordinator = UserFactory(coordinator=True, language="ja")
    supported = QueuedSupportedFactory(name="Mina Gurung", phone="090-1234-5678", language="ne")
    volunteer = ScreenedVolunteerFactory(name="山田 花子", phone="080-1111-2222")
    pair = pairs.propose(supported, volunteer, by=coordinator, score=9.7, reasons=["理由"])
    client = Client()
    client.force_login(coordinator)
    page = client.get(f"/admin/participants_pair/inspect/{pair.pk}/").content.decode()
    words = text_of(page)
    assert 'href="tel:09012345678"' in page and 'href="tel:08011112222"' in page
    assert f'href="mailto:{supported.email}"' in page
    assert "連絡はネパール語で" in words and "連絡は日本語で" in words
    assert "提案の理由（スコア9.7）" in words

    activity = activities.record(
        supported,
        by=coordinator,
        need=choices.Need.ENROLMENT,
        date=timezone.localdate() + datetime.timedelta(days=3),
        starts_at=datetime.time(13),
        ends_at=datetime.time(15),
        online=True,
        language="ne",
    )
    activities.assign(activity, volunteer, by=coordinator)
    page = client.get(f"/admin/participants_oneoffactivity/inspect/{activity.pk}/").content.decode()
    assert 'href="tel:09012345678"' in page and 'href="tel:08011112222"' in page
    assert f'href="mailto:{volunteer.email}"' in page


def test_the_queue_names_the_role_in_a_word_not_the_forms_sentence():
    ScreenedVolunteerFactory(name="山田 花子")
    QueuedSupportedFactory(name="Mina Gurung")
    page = signed_in(coordinator=True, language="ja").get(QUEUE).content.decode()
    rows = text_of(page.split('<table class="listing')[1].split("</table>")[0])
    assert re.search(r"山田 花子.{0,40}?ボランティア マッチング待ち", rows), rows
    assert re.search(r"Mina Gurung.{0,40}?サポートを受ける参加者 マッチング待ち", rows), rows
    assert "参加を希望する社員" not in rows


def test_an_activity_is_shown_with_its_weekday():
    coordinator = UserFactory(coordinator=True, language="ja")
    supported = QueuedSupportedFactory(name="Mina Gurung")
    day = timezone.localdate() + datetime.timedelta(days=3)
    activity = activities.record(
        supported,
        by=coordinator,
        need=choices.Need.HOSPITAL,
        date=day,
        starts_at=datetime.time(10),
        ends_at=datetime.time(12),
        online=True,
        language="ne",
    )
    weekday = "月火水木金土日"[day.weekday()]
    when = f"{day.year}年{day.month}月{day.day}日（{weekday}） 10:00–12:00"
    client = Client()
    client.force_login(coordinator)
    screen = client.get(f"/admin/participants_oneoffactivity/inspect/{activity.pk}/")
    assert when in text_of(screen.content.decode())
    listing = client.get("/admin/participants_oneoffactivity/")
    assert when in text_of(listing.content.decode())
    assert when in text_of(registration_screen(client, supported))


def test_a_ready_participants_suggestions_come_before_their_details():
    """On a phone the screen is one column: the next action must not wait below the
    contact, the profile and the screening steps."""
    supported = QueuedSupportedFactory(name="Mina Gurung")
    page = registration_screen(signed_in(coordinator=True, language="ja"), supported)
    link = page.index(
        f'href="/admin/inquiries_participantregistration/suggestions/{supported.pk}/"'
    )
    assert link < page.index('id="contact-heading"') < page.index('id="screening-heading"')
    assert "マッチング候補" in text_of(page[link : link + 200])

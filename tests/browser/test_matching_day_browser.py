"""A Japanese coordinator's matching day in a real browser: from the queue to a ready
supported participant, through the ranked suggestions and their reasons, to a proposed
pair, both acceptances, the introduction and an active pair, reading at each step what
the screens say in Japanese (and that each person's emails were queued in their own
language); then the draft for everyone waiting: one row changed, the draft confirmed,
the pairs listed."""

from __future__ import annotations

import datetime
import re

import pytest

from tests.browser.test_participants_day_browser import PASSWORD, assert_accessible, sign_in

pytestmark = pytest.mark.browser

QUEUE = "/admin/inquiries_participantregistration/"

# Sinhala is the only language these people share well enough (the supported ones
# speak Japanese and English at a basic level only), so volunteers made by other tests
# in the same running site are never among their candidates.
SETUP = """
from inquiries import choices
from tests.support.factories import ReadySupportedFactory, ScreenedVolunteerFactory, UserFactory
UserFactory(username={username!r}, password={password!r}, groups=['Coordinators'],
            language='ja', first_name='愛子', last_name='森')
def supported(name, email, municipality):
    return ReadySupportedFactory(
        name=name, email=email, language='en', municipality=municipality,
        japanese_level=choices.JapaneseLevel.BASIC,
        languages=[{{'language': 'si', 'level': 'native'}}, {{'language': 'en', 'level': 'basic'}}],
        availability=['weekend_daytime'], needs=['hospital', 'enrolment'], interests=['cooking'])
def volunteer(name, email, municipality, level, **extra):
    return ScreenedVolunteerFactory(
        name=name, email=email, municipality=municipality,
        languages=[{{'language': 'si', 'level': level}}], **extra)
for name, email, municipality, level, extra in {volunteers!r}:
    volunteer(name, email, municipality, level, **extra)
for name, email, municipality in {supported!r}:
    supported(name, email, municipality)
"""


def setup(running_site, username: str, *, supported, volunteers) -> None:
    running_site.manage(
        "shell",
        "-c",
        SETUP.format(
            username=username, password=PASSWORD, supported=supported, volunteers=volunteers
        ),
    )


def submit(page, button: str, success: str) -> None:
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()
    assert page.get_by_text(success).first.is_visible(), page.url


def summary(page) -> str:
    return page.locator(".registration__summary").inner_text()


def test_a_japanese_coordinator_pairs_a_ready_participant_up_to_an_active_pair(running_site, page):
    base = running_site.url
    person, top, second = "Nimal Perera", "石田 一郎", "石田 二郎"
    setup(
        running_site,
        "coord_match_ja",
        supported=[(person, "nimal.browser@example.com", "Toshima")],
        volunteers=[
            (
                top,
                "ichiro.browser@example.com",
                "Toshima",
                "fluent",
                {"help_with": ["hospital", "enrolment"], "interests": ["cooking"], "capacity": 2},
            ),
            (second, "jiro.browser@example.com", "Nerima", "conversational", {"interests": []}),
        ],
    )
    sign_in(page, base, "coord_match_ja")

    # The queue, filtered to those ready for matching; the person opens their screen.
    page.goto(f"{base}{QUEUE}?status=ready")
    page.get_by_role("link", name=person, exact=True).click()
    page.wait_for_url(re.compile(r"/inspect/\d+/$"))
    assert "マッチング待ち" in summary(page)
    assert page.get_by_role("heading", name="マッチング", exact=True).is_visible()
    page.get_by_role("link", name="マッチング候補").click()
    page.wait_for_url(re.compile(r"/suggestions/\d+/$"))

    # The ranked candidates, each with its reasons in Japanese.
    assert page.get_by_role("heading", name=f"{person}さんに合うボランティア").is_visible()
    cards = page.locator(".matching__card")
    assert cards.count() == 2
    first, runner_up = cards.nth(0), cards.nth(1)
    assert first.locator(".matching__name").inner_text() == top
    assert runner_up.locator(".matching__name").inner_text() == second
    scores = [
        float(re.search(r"スコア ([\d.]+)", card.locator(".matching__score").inner_text())[1])
        for card in (first, runner_up)
    ]
    assert scores[0] > scores[1]
    assert "受け持ち中：2組中0組" in first.inner_text()
    reasons = first.locator(".matching__reasons li").all_inner_texts()
    assert "どちらもシンハラ語を話します（ネイティブ（母語）／流暢）" in reasons
    assert "同じ区：豊島区" in reasons  # the ward in Japanese, however it was typed
    assert "共通の時間帯1つ：土日・日中" in reasons
    assert any(line.startswith("手伝えること：通院") for line in reasons), reasons
    assert "共通の趣味：料理" in reasons
    assert not any(re.search(r"[A-Za-z]{4,}", line) for line in reasons)
    assert_accessible(page)

    # Proposing the top candidate comes back to the participant, now matched.
    first.get_by_role("button", name=f"{top}さんを提案").click()
    page.wait_for_url(re.compile(r"/inspect/\d+/$"))
    assert page.get_by_text(f"ペアを提案しました：{person}さんと{top}さん。").is_visible()
    assert "マッチング済み" in summary(page)
    pairs = page.locator("section[aria-labelledby=pairs-heading]")
    assert f"{top}さんとのペア · 提案中" in pairs.inner_text()
    pairs.get_by_role("link", name=f"{top}さんとのペア").click()
    page.wait_for_url(re.compile(r"/admin/participants_pair/inspect/\d+/$"))
    assert summary(page).startswith("提案中")
    assert page.locator("a[href='mailto:nimal.browser@example.com']").is_visible()
    assert page.get_by_text("連絡は英語で").is_visible()

    # Both acceptances, the introduction, then active.
    page.get_by_label("参加者", exact=True).check()
    page.get_by_label("ボランティア", exact=True).check()
    submit(page, "承諾を記録", "承諾を記録しました。")
    assert summary(page).startswith("双方承諾")
    page.get_by_label("初回面会の日").fill(datetime.date.today().isoformat())
    page.keyboard.press("Escape")
    submit(page, "紹介を記録して双方にメール", "紹介を記録し、お二人にメールを送りました。")
    assert summary(page).startswith("紹介済み")
    submit(page, "ペアを活動中にする", "ペアは活動中になりました。")
    assert summary(page).startswith("活動中")
    changes = page.locator(".registration__timeline").inner_text()
    for line in ("提案中", "提案中 → 双方承諾", "双方承諾 → 紹介済み", "紹介済み → 活動中"):
        assert line in changes
    assert_accessible(page)

    # The participant's screen: active, the pair and every step on the timeline.
    page.get_by_role("link", name=person, exact=True).click()
    page.wait_for_url(re.compile(r"/inquiries_participantregistration/inspect/\d+/$"))
    assert "活動中" in summary(page)
    assert (
        f"{top}さんとのペア · 活動中"
        in page.locator("section[aria-labelledby=pairs-heading]").inner_text()
    )
    timeline = page.locator(".registration__timeline").inner_text()
    for line in (
        f"{top}さんとのペア：提案中",
        f"{top}さんとのペア：双方承諾",
        f"{top}さんとのペア：紹介済み",
        f"{top}さんとのペア：活動中",
        "ステータス：マッチング待ち → マッチング済み",
        "ステータス：マッチング済み → 活動中",
    ):
        assert line in timeline, timeline

    # The volunteer's screen: one of their two places taken.
    page.go_back()
    page.get_by_role("link", name=top, exact=True).click()
    page.wait_for_url(re.compile(r"/inquiries_participantregistration/inspect/\d+/$"))
    assert "同時に組めるペア数\n2（現在1組）" in page.locator(
        "section[aria-labelledby=profile-heading]"
    ).inner_text().replace("\t", "\n")
    assert_accessible(page)

    # Each person's emails were queued in their own language.
    queued = running_site.query(
        'SELECT "to", purpose, language FROM inquiries_outboundemail'
        ' WHERE "to" IN (%s, %s) ORDER BY id',
        "nimal.browser@example.com",
        "ichiro.browser@example.com",
    )
    assert sorted(queued) == sorted(
        [
            *(
                (to, purpose, language)
                for to, language in (
                    ("nimal.browser@example.com", "en"),
                    ("ichiro.browser@example.com", "ja"),
                )
                for purpose in ("pair_proposal", "pair_accepted", "pair_introduction")
            ),
            # The pair is active: its volunteer is asked the awareness survey's start.
            ("ichiro.browser@example.com", "survey", "ja"),
        ]
    )


def test_a_japanese_coordinator_changes_a_row_of_the_draft_and_confirms_it(running_site, page):
    base = running_site.url
    kamal, sunil = "Kamal Silva", "Sunil Fernando"
    near_kamal, near_sunil, other = "石田 三郎", "石田 四郎", "石田 五郎"
    setup(
        running_site,
        "coord_draft_ja",
        supported=[
            (kamal, "kamal.browser@example.com", "Itabashi"),
            (sunil, "sunil.browser@example.com", "Adachi"),
        ],
        volunteers=[
            (near_kamal, "saburo.browser@example.com", "Itabashi", "native", {}),
            (near_sunil, "shiro.browser@example.com", "Adachi", "native", {}),
            (other, "goro.browser@example.com", "Koto", "conversational", {}),
        ],
    )
    sign_in(page, base, "coord_draft_ja")
    page.goto(f"{base}{QUEUE}")
    page.get_by_role("link", name="待っている全員のペアを提案").click()
    page.wait_for_url(re.compile(r"/suggest-all/$"))
    assert page.get_by_role("heading", name="待っている全員のペアを提案").is_visible()

    def row(name: str):
        return page.locator("table.matching__draft tbody tr").filter(
            has=page.get_by_role("link", name=name, exact=True)
        )

    def chosen(name: str) -> str:
        return row(name).locator("select option:checked").inner_text()

    # The draft pairs each with the volunteer of their own ward, with the reasons.
    assert chosen(kamal).startswith(near_kamal)
    assert chosen(sunil).startswith(near_sunil)
    assert "同じ区：板橋区" in row(kamal).inner_text()
    assert_accessible(page)

    # Only these two rows (others waiting, made by other tests, are left out), and
    # Sunil goes to another volunteer than the draft's.
    for box in page.locator("input[name=keep]").all():
        box.uncheck()
    row(kamal).get_by_role("checkbox").check()
    row(sunil).get_by_role("checkbox").check()
    select = row(sunil).locator("select")
    value = select.locator("option", has_text=other).get_attribute("value")
    select.select_option(value)
    submit(page, "チェックしたペアを提案する", "2組のペアを提案しました。")

    # The pairs, proposed, in the listing.
    page.goto(f"{base}/admin/participants_pair/?status=proposed")
    listing = page.locator("table.listing tbody")
    for supported, volunteer in ((kamal, near_kamal), (sunil, other)):
        line = listing.locator("tr").filter(has=page.get_by_role("link", name=supported))
        assert volunteer in line.inner_text()
        assert "提案中" in line.inner_text()
    assert_accessible(page)

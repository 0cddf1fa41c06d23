"""Suggestions for a participant ready for matching: every hard rule excludes (and its
other side does not), every reason line reads as a coordinator expects in Japanese and
English, the ranking follows the weights with ties broken the same way each time, and
the number of queries does not grow with the number of volunteers."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from inquiries.choices import Hobby
from inquiries.choices import LanguageLevel as Level
from inquiries.models import ParticipantStatus
from participants import matching, places
from participants.models import Pair, PairStatus
from tests.support.factories import (
    OrganizationFactory,
    ReadySupportedFactory,
    ReadyVolunteerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def ids(suggestions) -> list[int]:
    return [s.candidate.pk for s in suggestions]


def excluded_by(person) -> dict[int, str]:
    with translation.override("en"):
        return {candidate.pk: rule for candidate, rule in matching.excluded(person)}


def pair(supported, volunteer, status=PairStatus.ACTIVE) -> Pair:
    return Pair.objects.create(
        supported=supported, volunteer=volunteer, setting="external", status=status
    )


def reasons_of(person, volunteer, language="en") -> list[str]:
    with translation.override(language):
        found = {s.candidate.pk: s for s in matching.suggest(person)}
    assert volunteer.pk in found, excluded_by(person)
    return found[volunteer.pk].reasons


# -- candidates -------------------------------------------------------------------------


def test_only_screened_genuine_volunteers_are_candidates():
    person = ReadySupportedFactory()
    ready = ReadyVolunteerFactory()
    active = ReadyVolunteerFactory(status=ParticipantStatus.ACTIVE)
    ReadyVolunteerFactory(status=ParticipantStatus.INTERVIEW_DONE)
    ReadyVolunteerFactory(is_spam=True, spam_reason="honeypot")
    ReadyVolunteerFactory(status=ParticipantStatus.WITHDRAWN)
    other_supported = ReadySupportedFactory()

    assert sorted(ids(matching.suggest(person))) == sorted([ready.pk, active.pk])
    assert other_supported.pk not in excluded_by(person)
    assert matching.suggest(ready) == []  # a volunteer gets no suggestions


# -- hard rules, both sides --------------------------------------------------------------


def test_a_shared_language_must_be_conversational_or_better_on_both_sides():
    person = ReadySupportedFactory(
        languages=[{"language": "ne", "level": "native"}], japanese_level="basic"
    )
    basic = ReadyVolunteerFactory(
        languages=[{"language": "ne", "level": "basic"}], japanese_level="native"
    )
    conversational = ReadyVolunteerFactory(
        languages=[{"language": "ne", "level": "conversational"}], japanese_level="native"
    )
    assert ids(matching.suggest(person)) == [conversational.pk]
    assert excluded_by(person) == {
        basic.pk: "No language both speak at conversational level or better."
    }
    # Japanese counts, read from the Japanese question.
    person.japanese_level = "daily"
    person.save()
    assert basic.pk in ids(matching.suggest(person))


@pytest.mark.parametrize(
    ("mine", "theirs", "fits"),
    [
        ("in_person", "online", False),
        ("online", "in_person", False),
        ("in_person", "in_person", True),
        ("online", "both", True),
        ("both", "online", True),
    ],
)
def test_formats_must_meet(mine, theirs, fits):
    person = ReadySupportedFactory(activity_format=mine)
    volunteer = ReadyVolunteerFactory(activity_format=theirs)
    assert (volunteer.pk in ids(matching.suggest(person))) is fits
    if not fits:
        assert excluded_by(person)[volunteer.pk] == (
            "One wants to meet in person, the other online."
        )


@pytest.mark.parametrize(
    ("mine", "theirs", "fits"),
    [
        ("long_term", "one_off", False),
        ("one_off", "long_term", False),
        ("long_term", "both", True),
        ("both", "one_off", True),
    ],
)
def test_activity_types_must_meet(mine, theirs, fits):
    person = ReadySupportedFactory(activity_type=mine)
    volunteer = ReadyVolunteerFactory(activity_type=theirs)
    assert (volunteer.pk in ids(matching.suggest(person))) is fits
    if not fits:
        assert "long-term" in excluded_by(person)[volunteer.pk]


def test_in_company_means_the_same_member_company():
    company, other = OrganizationFactory(), OrganizationFactory()
    person = ReadySupportedFactory(pair_preference="in_company", member_company=company)
    colleague = ReadyVolunteerFactory(member_company=company)
    elsewhere = ReadyVolunteerFactory(member_company=other)
    local = ReadyVolunteerFactory(member_company=None)
    assert ids(matching.suggest(person)) == [colleague.pk]
    assert set(excluded_by(person)) == {elsewhere.pk, local.pk}
    # Without a company of their own, nobody is "the same company".
    person.member_company = None
    person.save()
    assert matching.suggest(person) == []


def test_external_means_another_company_or_none():
    company, other = OrganizationFactory(), OrganizationFactory()
    person = ReadySupportedFactory(pair_preference="external", member_company=company)
    colleague = ReadyVolunteerFactory(member_company=company)
    elsewhere = ReadyVolunteerFactory(member_company=other)
    local = ReadyVolunteerFactory(member_company=None)
    assert sorted(ids(matching.suggest(person))) == sorted([elsewhere.pk, local.pk])
    assert excluded_by(person) == {
        colleague.pk: "Someone from outside the company was asked for: same company."
    }


def test_the_volunteers_preference_counts_too_and_none_sets_no_rule():
    company = OrganizationFactory()
    person = ReadySupportedFactory(pair_preference="none", member_company=company)
    wants_outside = ReadyVolunteerFactory(pair_preference="external", member_company=company)
    no_rule = ReadyVolunteerFactory(pair_preference="none", member_company=None)
    assert ids(matching.suggest(person)) == [no_rule.pk]
    assert set(excluded_by(person)) == {wants_outside.pk}


def test_in_person_only_needs_the_same_prefecture_online_does_not():
    person = ReadySupportedFactory(activity_format="in_person", prefecture="tokyo")
    far = ReadyVolunteerFactory(activity_format="both", prefecture="osaka")
    near = ReadyVolunteerFactory(activity_format="both", prefecture="tokyo")
    assert ids(matching.suggest(person)) == [near.pk]
    assert excluded_by(person) == {
        far.pk: "In person only, and they live in different prefectures."
    }
    person.activity_format = "both"
    person.save()
    assert far.pk in ids(matching.suggest(person))


def test_a_volunteer_at_capacity_is_excluded_a_place_left_is_not():
    person = ReadySupportedFactory()
    full = ReadyVolunteerFactory(capacity=1)
    room = ReadyVolunteerFactory(capacity=2)
    freed = ReadyVolunteerFactory(capacity=1)
    pair(ReadySupportedFactory(status=ParticipantStatus.MATCHED), full, PairStatus.PROPOSED)
    pair(ReadySupportedFactory(status=ParticipantStatus.MATCHED), room)
    pair(ReadySupportedFactory(), freed, PairStatus.DECLINED)  # gives the place back
    suggestions = {s.candidate.pk: s for s in matching.suggest(person)}
    assert set(suggestions) == {room.pk, freed.pk}
    assert suggestions[room.pk].places_taken == 1
    assert excluded_by(person) == {
        full.pk: "The volunteer already has as many pairs as they can take."
    }


def test_a_previous_partner_of_this_participant_is_excluded_not_of_another():
    person = ReadySupportedFactory()
    before = ReadyVolunteerFactory(capacity=3)
    someone_elses = ReadyVolunteerFactory(capacity=3)
    pair(person, before, PairStatus.ENDED)
    pair(ReadySupportedFactory(), someone_elses, PairStatus.ENDED)
    assert ids(matching.suggest(person)) == [someone_elses.pk]
    assert excluded_by(person) == {before.pk: "They were paired before."}
    with translation.override("en"):
        assert matching.rule_against(person, before) == "They were paired before."
    assert matching.rule_against(person, someone_elses) is None


def test_rule_against_refuses_what_is_not_a_candidate():
    person = ReadySupportedFactory()
    assert matching.rule_against(person, ReadySupportedFactory()) is not None
    assert matching.rule_against(person, person) is not None
    unscreened = ReadyVolunteerFactory(status=ParticipantStatus.SUBMITTED)
    assert matching.rule_against(person, unscreened) is not None
    assert matching.rule_against(ReadyVolunteerFactory(), ReadyVolunteerFactory()) is not None


def test_rules_read_in_japanese_for_a_japanese_admin():
    person = ReadySupportedFactory(activity_format="in_person")
    ReadyVolunteerFactory(activity_format="online")
    with translation.override("ja"):
        [(_candidate, rule)] = matching.excluded(person)
    assert rule == "一方は対面、もう一方はオンラインを希望しています。"


# -- reasons -----------------------------------------------------------------------------


def test_each_reason_line_in_english():
    company = OrganizationFactory(name="Acme")
    person = ReadySupportedFactory(
        languages=[{"language": "ne", "level": "native"}],
        japanese_level="basic",
        municipality="Shinjuku-ku",
        availability=["weekday_evening", "weekend_daytime", "weekend_evening"],
        needs=["hospital", "enrolment", "rules"],
        interests=["cooking", "music", "films"],
        member_company=company,
        pair_preference="in_company",
    )
    volunteer = ReadyVolunteerFactory(
        languages=[{"language": "ne", "level": "conversational"}],
        municipality="shinjuku",
        availability=["weekday_evening", "weekend_daytime", "weekend_evening", "weekday_daytime"],
        help_with=["hospital", "enrolment"],
        interests=["cooking"],
        member_company=company,
    )
    assert reasons_of(person, volunteer) == [
        "Both speak Nepali (native / conversational)",
        "Same ward: Shinjuku",
        "3 shared time slots: Weekdays, evening, Weekends, daytime, Weekends, evening",
        "Can help with: Hospital visits, Nursery and school enrolment",
        "Shared interest: cooking",
        "Same company: Acme",
        "No working contact: check with the company",
    ]


def test_each_reason_line_in_japanese():
    company = OrganizationFactory(name="株式会社アクメ")
    person = ReadySupportedFactory(
        languages=[{"language": "ne", "level": "native"}],
        japanese_level="basic",
        municipality="新宿区",
        availability=["weekend_daytime"],
        needs=["hospital"],
        interests=["cooking", "music"],
        member_company=company,
    )
    volunteer = ReadyVolunteerFactory(
        languages=[{"language": "ne", "level": "fluent"}],
        municipality="新宿",
        availability=["weekend_daytime"],
        help_with=["hospital"],
        interests=["cooking", "music"],
        member_company=company,
    )
    with translation.override("ja"):  # the choices' own labels, as the admin reads them
        native, fluent = (str(level.label).lower() for level in (Level.NATIVE, Level.FLUENT))
        cooking, music = (str(hobby.label).lower() for hobby in (Hobby.COOKING, Hobby.MUSIC))
    assert reasons_of(person, volunteer, "ja") == [
        f"どちらもネパール語を話します（{native}／{fluent}）",
        "同じ区：新宿区",
        "共通の時間帯1つ：土日・日中",
        "手伝えること：通院",
        f"共通の趣味：{cooking}、{music}",
        "同じ会社：株式会社アクメ",
        "業務上の接点がないこと：会社に確認してください",
    ]


@pytest.mark.parametrize(
    "written",
    [
        "Shinjuku-ku",
        "Shinjuku",
        "shinjuku ku",
        "新宿区",
        "新宿",
        "ＳＨＩＮＪＵＫＵ　Ｗａｒｄ",
        "東京都新宿区",
        "Shinjuku City",
        "SHINJUKU-KU",
        "shinjukuku",
    ],
)
def test_a_ward_romanised_or_in_kanji_is_one_place(written):
    assert places.place(written) == places.place("新宿区")
    assert places.place(written).ward


def test_long_vowels_and_other_places_fold_too():
    assert places.place("Chūō-ku") == places.place("Chuuou") == places.place("中央区")
    assert places.place("Ōta-ku") == places.place("大田区") != places.place("Kita-ku")
    assert places.place("横浜市") == places.place("横浜")
    assert places.place(" Yokohama City ").key == "yokohama"
    assert not places.place("横浜市").ward
    assert places.place("区") == places.place("区")
    assert places.place("町田市") == places.place("Machida-shi")


@pytest.mark.parametrize(
    "written", ["", None, "\x00\x1b[31m" * 1000, "新" * 100_000, "新宿Shinjuku\u202e", "区区区"]
)
def test_hostile_municipalities_never_crash(written):
    found = places.place(written)
    assert len(found.key) <= places.LONGEST
    stored = (written or "").replace("\x00", "")[:100]  # what the column can hold
    person = ReadySupportedFactory(municipality=stored)
    ReadyVolunteerFactory(municipality=stored)
    assert len(matching.suggest(person)) == 1


@pytest.mark.parametrize(
    ("language", "line"),
    [("ja", "同じ区：新宿区"), ("en", "Same ward: Shinjuku"), ("ne", "एउटै वडा: Shinjuku")],
)
def test_the_same_ward_line_names_it_in_the_admins_language(language, line):
    person = ReadySupportedFactory(municipality="Shinjuku-ku")
    volunteer = ReadyVolunteerFactory(municipality="新宿")
    assert any(line in reason for reason in reasons_of(person, volunteer, language))


def test_same_prefecture_and_external_fit_lines():
    person = ReadySupportedFactory(municipality="Toshima", pair_preference="external")
    volunteer = ReadyVolunteerFactory(municipality="Nerima-ku", member_company=None)
    reasons = reasons_of(person, volunteer)
    assert "Same prefecture: Tokyo" in reasons
    assert "From outside the company, as asked" in reasons
    assert not any(line.startswith("Same ward") for line in reasons)
    with translation.override("ja"):
        assert "同じ都道府県：東京都" in reasons_of(person, volunteer, "ja")


def test_no_reason_line_for_what_is_not_shared():
    person = ReadySupportedFactory(
        prefecture="tokyo",
        activity_format="online",
        availability=["weekday_daytime"],
        needs=["japanese"],
        interests=[],
    )
    volunteer = ReadyVolunteerFactory(
        prefecture="osaka", activity_format="online", availability=["weekend_evening"]
    )
    reasons = reasons_of(person, volunteer)
    assert all(line.startswith("Both speak") for line in reasons), reasons


# -- ranking ----------------------------------------------------------------------------


def test_ranking_follows_the_weights():
    person = ReadySupportedFactory(
        availability=["weekend_daytime", "weekday_evening"], needs=["hospital", "enrolment"]
    )
    best = ReadyVolunteerFactory(
        availability=["weekend_daytime", "weekday_evening"], help_with=["hospital", "enrolment"]
    )
    middle = ReadyVolunteerFactory(availability=["weekend_daytime"], help_with=["hospital"])
    far = ReadyVolunteerFactory(
        prefecture="osaka", availability=["weekend_daytime"], help_with=["hospital"]
    )
    suggestions = matching.suggest(person)
    assert ids(suggestions) == [best.pk, middle.pk, far.pk]
    scores = [s.score for s in suggestions]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 3
    weights = matching.WEIGHTS
    assert scores[1] - scores[2] == weights.same_municipality + weights.same_prefecture


def test_ties_go_to_fewer_places_taken_then_to_who_registered_first():
    person = ReadySupportedFactory()
    first, second, busy = (ReadyVolunteerFactory(capacity=2) for _ in range(3))
    pair(ReadySupportedFactory(status=ParticipantStatus.MATCHED), first)
    # busy and second have no pair: second registered first
    assert ids(matching.suggest(person)) == [second.pk, busy.pk, first.pk]
    assert ids(matching.suggest(person, limit=1)) == [second.pk]


def test_a_better_language_ranks_higher():
    person = ReadySupportedFactory(
        languages=[{"language": "ne", "level": "native"}], japanese_level="daily"
    )
    japanese_only = ReadyVolunteerFactory(languages=[])
    nepali = ReadyVolunteerFactory(languages=[{"language": "ne", "level": "native"}])
    assert ids(matching.suggest(person)) == [nepali.pk, japanese_only.pk]


# -- queries ----------------------------------------------------------------------------


def count_queries(person) -> int:
    person = type(person).objects.get(pk=person.pk)  # as a screen reads it: nothing cached
    with CaptureQueriesContext(connection) as queries:
        shown = [  # what the screen reads of each
            (
                s.candidate.name,
                s.candidate.capacity,
                s.places_taken,
                s.candidate.get_status_display(),
            )
            for s in matching.suggest(person)
        ]
    assert shown
    return len(queries)


def test_the_query_count_does_not_grow_with_the_volunteers():
    company = OrganizationFactory()
    person = ReadySupportedFactory(member_company=company)
    for n in range(5):
        volunteer = ReadyVolunteerFactory(capacity=2, member_company=company if n % 2 else None)
        pair(ReadySupportedFactory(status=ParticipantStatus.MATCHED), volunteer)
    few = count_queries(person)
    for n in range(45):
        volunteer = ReadyVolunteerFactory(capacity=3, member_company=company if n % 2 else None)
        if n % 3 == 0:
            pair(person, volunteer, PairStatus.ENDED)
    many = count_queries(person)
    assert few == many == 1, (few, many)  # the candidates, with their companies
    assert len(matching.suggest(person, limit=None)) > 10


# -- the suggestions screen --------------------------------------------------------------


def suggestions_url(person) -> str:
    return f"/admin/inquiries_participantregistration/suggestions/{person.pk}/"


def staff(language="en", **role):
    user = UserFactory(language=language, **(role or {"coordinator": True}))
    client = Client()
    client.force_login(user)
    return client, user


def shown(response) -> list[str]:
    """The messages the answer shows (the posts follow their redirect, so each answer
    shows its own)."""
    return [str(m) for m in get_messages(response.wsgi_request)]


def post(client, url, data):
    return client.post(url, data, follow=True)


def test_the_screen_lists_ranked_candidates_with_reasons_in_english_and_japanese():
    person = ReadySupportedFactory(name="Sita", municipality="Shinjuku-ku")
    best = ReadyVolunteerFactory(name="Kenji", help_with=["hospital", "enrolment"], capacity=2)
    ReadyVolunteerFactory(name="Mika", prefecture="osaka")
    ReadyVolunteerFactory(name="Far", prefecture="osaka", activity_format="in_person")
    client, _user = staff()
    page = client.get(suggestions_url(person)).content.decode()
    assert page.index("Kenji") < page.index("Mika")
    assert "Same ward: Shinjuku" in page
    assert "Places taken: 0 of 2" in page
    assert f'name="volunteer" value="{best.pk}"' in page
    assert "Far" not in page  # excluded: only on request
    page = client.get(suggestions_url(person) + "?excluded=1").content.decode()
    assert "Far" in page and "In person only, and they live in different prefectures." in page

    client, _user = staff(language="ja")
    page = client.get(suggestions_url(person)).content.decode()
    assert "同じ区：新宿区" in page and "除外された人とその理由を表示" in page


def test_a_coordinator_proposes_from_a_suggestion_out_of_rank_order():
    person = ReadySupportedFactory(name="Sita")
    ReadyVolunteerFactory(name="Kenji", help_with=["hospital", "enrolment"])
    second = ReadyVolunteerFactory(name="Mika", prefecture="osaka")
    client, user = staff()
    response = post(client, suggestions_url(person), {"volunteer": second.pk})
    assert response.redirect_chain[-1][0].endswith(f"/inspect/{person.pk}/")
    assert shown(response) == ["Pair proposed: Sita and Mika."]
    made = Pair.objects.get()
    assert (made.supported, made.volunteer, made.proposed_by) == (person, second, user)
    assert (
        made.score
        == matching.evaluate(
            matching.Profile.of(person), matching.Profile.of(second), explain=False
        )[0]
    )
    assert made.reasons[0].startswith("Both speak")
    person.refresh_from_db()
    assert person.status == ParticipantStatus.MATCHED
    # The same form sent again (a double click) is refused with a message.
    again = post(client, suggestions_url(person), {"volunteer": second.pk})
    assert Pair.objects.count() == 1
    assert shown(again) == ["Only a participant ready for matching can be paired."]


def test_a_previous_partner_needs_a_reason_which_is_kept():
    person = ReadySupportedFactory()
    before = ReadyVolunteerFactory(name="Kenji")
    pair(person, before, PairStatus.ENDED)
    client, _user = staff()
    page = client.get(suggestions_url(person) + "?excluded=1").content.decode()
    assert "Why should they be paired again?" in page
    response = post(client, suggestions_url(person), {"volunteer": before.pk, "override": " "})
    assert shown(response) == ["They were paired before: say why they should be paired again."]
    assert Pair.objects.count() == 1
    reason = "They asked for each other; the first pair ended only because of a move."
    response = post(client, suggestions_url(person), {"volunteer": before.pk, "override": reason})
    assert shown(response) == [f"Pair proposed: {person.name} and Kenji."]
    assert Pair.objects.get(status=PairStatus.PROPOSED).override == reason


@pytest.mark.parametrize(
    "value",
    ["", "abc", "-1", "1e3", "99999999999999999999", "１", "1\x00", "<script>", "0"],
)
def test_hostile_volunteer_values_are_refused_with_a_message(value):
    person = ReadySupportedFactory()
    ReadyVolunteerFactory()
    client, _user = staff()
    response = post(client, suggestions_url(person), {"volunteer": value})
    assert shown(response) == ["This person is not a volunteer who may be paired."]
    assert not Pair.objects.exists()


def test_forged_ids_excluded_people_and_people_not_ready_are_refused():
    person = ReadySupportedFactory()
    other_supported = ReadySupportedFactory()
    unscreened = ReadyVolunteerFactory(status=ParticipantStatus.ORIENTATION_DONE)
    online = ReadyVolunteerFactory(activity_format="online")
    person.activity_format = "in_person"
    person.save()
    client, _user = staff()
    for forged in (other_supported.pk, unscreened.pk, person.pk):
        response = post(client, suggestions_url(person), {"volunteer": forged})
        assert shown(response) == ["This person is not a volunteer who may be paired."]
    response = post(client, suggestions_url(person), {"volunteer": online.pk})
    assert shown(response) == ["One wants to meet in person, the other online."]
    # A participant not ready for matching, and a volunteer's own screen.
    waiting = ReadySupportedFactory(status=ParticipantStatus.INTERVIEW_DONE)
    fits = ReadyVolunteerFactory()
    for who in (waiting, fits):
        response = post(client, suggestions_url(who), {"volunteer": fits.pk})
        assert shown(response) == ["Only a participant ready for matching can be paired."]
        page = client.get(suggestions_url(who)).content.decode()
        assert "ready for matching" in page and "Propose" not in page
    assert not Pair.objects.exists()
    assert (
        client.get("/admin/inquiries_participantregistration/suggestions/999999/").status_code
        == 404
    )


def test_an_override_reason_too_long_is_refused():
    person = ReadySupportedFactory()
    before = ReadyVolunteerFactory()
    pair(person, before, PairStatus.ENDED)
    client, _user = staff()
    response = post(
        client, suggestions_url(person), {"volunteer": before.pk, "override": "x" * 501}
    )
    assert shown(response) == ["Please keep the reason under 500 characters."]
    assert Pair.objects.count() == 1


def test_the_privacy_officer_reads_suggestions_but_cannot_propose():
    person = ReadySupportedFactory()
    volunteer = ReadyVolunteerFactory(name="Kenji")
    client, _user = staff(privacy_officer=True)
    page = client.get(suggestions_url(person)).content.decode()
    assert "Kenji" in page and 'name="volunteer"' not in page
    refused = client.post(suggestions_url(person), {"volunteer": volunteer.pk})
    assert refused.status_code == 403 or refused["Location"] == "/admin/"
    client, _user = staff(lead_staff=True)
    assert client.get(suggestions_url(person)).status_code in (302, 403)
    assert not Pair.objects.exists()


def test_the_registration_screen_links_to_the_suggestions_when_ready():
    person = ReadySupportedFactory()
    client, _user = staff()
    page = client.get(f"/admin/inquiries_participantregistration/inspect/{person.pk}/")
    assert suggestions_url(person) in page.content.decode()
    waiting = ReadySupportedFactory(status=ParticipantStatus.INTERVIEW_DONE)
    page = client.get(f"/admin/inquiries_participantregistration/inspect/{waiting.pk}/")
    assert suggestions_url(waiting) not in page.content.decode()

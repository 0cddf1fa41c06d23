"""Company enrolment: a member company gets a code and a registration link per language;
registrations made with the code attach to the company, an unknown code is accepted and
flagged for a coordinator to link; company staff never see who registered."""

from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client

from inquiries.models import ParticipantRegistration
from leads import services
from leads.models import Organization
from leads.rules import ENROLMENT_ALPHABET, ENROLMENT_CODE_LENGTH
from tests.support.factories import (
    OrganizationFactory,
    ParticipantRegistrationFactory,
    UserFactory,
)
from tests.support.intake import form_token, send
from tests.test_inquiries_api import post, token
from tests.test_participants_profiles import VOLUNTEER

pytestmark = pytest.mark.django_db

QUEUE = "/admin/inquiries_participantregistration/"


def signed_in(**role) -> Client:
    client = Client()
    client.force_login(UserFactory(**role))
    return client


def to_stage(client, lead, stage: str):
    return client.post(
        f"/admin/inquiries_lead/edit/{lead.pk}/",
        {"stage": stage, "lost_reason": "Budget" if stage == "lost" else "", "assignee": ""},
    )


def member(**fields) -> Organization:
    lead = OrganizationFactory(**fields)
    lead.stage = "member"
    lead.save()
    services.give_enrolment_code(lead)
    return lead


# -- the code -----------------------------------------------------------------------------


def test_a_lead_becoming_a_member_gets_a_code_that_never_changes():
    staff = signed_in(lead_staff=True, language="en")
    lead = OrganizationFactory(stage="proposal")
    assert to_stage(staff, lead, "onboarding").status_code == 302
    lead.refresh_from_db()
    assert lead.enrolment_code is None  # not a member yet
    assert to_stage(staff, lead, "member").status_code == 302
    lead.refresh_from_db()
    code = lead.enrolment_code
    assert len(code) == ENROLMENT_CODE_LENGTH and set(code) <= set(ENROLMENT_ALPHABET)
    for stage in ("lost", "member", "contacted", "member"):
        to_stage(staff, lead, stage)
        lead.refresh_from_db()
        assert lead.enrolment_code == code, stage


def test_a_copy_read_before_the_code_was_given_does_not_erase_it():
    lead = OrganizationFactory(stage="onboarding")
    stale = Organization.objects.get(pk=lead.pk)
    lead.stage = "member"
    lead.save()
    code = services.give_enrolment_code(lead)
    stale.name = "Renamed Co."
    stale.save()
    stale.refresh_from_db()
    assert (stale.name, stale.enrolment_code) == ("Renamed Co.", code)


def test_the_bulk_move_gives_each_new_member_its_own_code():
    staff = signed_in(lead_staff=True, language="en")
    leads = OrganizationFactory.create_batch(3, stage="onboarding")
    ids = "&".join(f"id={lead.pk}" for lead in leads)
    response = staff.post(f"/admin/bulk/leads/organization/move_stage/?{ids}", {"stage": "member"})
    assert response.status_code == 302
    codes = [Organization.objects.get(pk=lead.pk).enrolment_code for lead in leads]
    assert all(codes) and len(set(codes)) == 3


def test_a_code_another_company_holds_is_drawn_again(monkeypatch):
    taken = member()
    draws = iter([taken.enrolment_code, taken.enrolment_code, "ABCDEFGH"])
    monkeypatch.setattr(services, "new_enrolment_code", lambda: next(draws))
    lead = OrganizationFactory(stage="member")
    assert services.give_enrolment_code(lead) == "ABCDEFGH"
    assert Organization.objects.get(pk=lead.pk).enrolment_code == "ABCDEFGH"
    assert Organization.objects.get(pk=taken.pk).enrolment_code == taken.enrolment_code


# -- the lead's screen --------------------------------------------------------------------


def test_the_lead_screen_shows_the_code_and_a_link_per_language():
    lead = member()
    code = lead.enrolment_code
    html = signed_in(lead_staff=True, language="ja").get(
        f"/admin/inquiries_lead/inspect/{lead.pk}/"
    )
    soup = BeautifulSoup(html.content, "html.parser")
    links = [a["href"] for a in soup.select(".lead-enrolment-links a")]
    assert links == [
        f"{settings.BASE_URL}/{language}/register/?company={code}"
        for language in ("ja", "en", "ne")
    ]
    text = soup.get_text(" ", strip=True)
    assert code in text and "登録用リンク" in text and "英語" in text
    # each link opens the registration page with the code kept
    page = Client().get(links[1].removeprefix(settings.BASE_URL))
    assert page.status_code == 200
    assert f'name="company" value="{code}"' in page.content.decode()


def test_company_staff_see_a_count_of_registrations_never_who():
    lead = member()
    for name in ("Sita Gurung", "Nguyen Van An"):
        ParticipantRegistrationFactory(
            name=name, email=f"{name.split()[0].lower()}@example.com", member_company=lead
        )
    staff = signed_in(lead_staff=True, language="en")
    html = staff.get(f"/admin/inquiries_lead/inspect/{lead.pk}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert "Employees registered with the code" in html
    facts = soup.select_one(".lead-screen__facts").get_text(" ", strip=True)
    assert "Employees registered with the code 2" in facts
    for export_format in ("csv", "xlsx"):
        response = staff.get("/admin/inquiries_lead/", {"export": export_format})
        body = b"".join(response.streaming_content)
        assert response.status_code == 200
        for secret in (b"Sita", b"Nguyen", b"sita@example.com"):
            assert secret not in body
    for secret in ("Sita", "Nguyen", "example.com"):
        assert secret not in html
    assert all(not isinstance(r, ParticipantRegistration) for r in lead.submissions())
    # and the queue itself is not theirs
    assert staff.get(QUEUE).status_code in (302, 403)


# -- registering with the code ------------------------------------------------------------


def test_the_code_survives_the_role_step_and_errors_and_attaches_the_registration(client):
    lead = member()
    code = lead.enrolment_code
    first = BeautifulSoup(
        client.get(f"/ja/register/?company={code.lower()}").content, "html.parser"
    )
    assert first.select_one("main form input[name=company]")["value"] == code
    url = f"/ja/register/?company={code}&role=volunteer"
    page = client.get(url)
    assert f'name="company_code" value="{code}"' in page.content.decode()
    notice = f"勤務先の会社の登録用リンクから開いています（コード：{code}）。"
    assert notice in page.content.decode()
    data = {**VOLUNTEER, "company_code": code, "form_token": form_token(page)}
    refused = client.post("/ja/register/", {**data, "email": "not an address"})
    assert refused.status_code == 400
    assert f'name="company_code" value="{code}"' in refused.content.decode()
    assert client.post("/ja/register/", data).status_code == 302
    record = ParticipantRegistration.objects.get()
    assert (record.member_company, record.company_code, record.company_to_link) == (
        lead,
        code,
        False,
    )
    assert record.company == VOLUNTEER["company"]  # what they typed is kept


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "{dashed}", "{wide}"])
def test_a_code_typed_as_the_company_attaches_too(client, typed):
    lead = member()
    code = lead.enrolment_code
    text = typed.format(
        code=code,
        lower=code.lower(),
        dashed=f"{code[:4]}-{code[4:]}",
        wide="".join(chr(ord(c) + 0xFEE0) for c in code),  # full-width, as a phone types it
    )
    response = send(client, "/en/register/?role=volunteer", {**VOLUNTEER, "company": text})
    assert response.status_code == 302
    assert ParticipantRegistration.objects.get().member_company == lead


def test_a_company_name_keeps_working_as_before(client):
    member(name="OCP-1234")
    response = send(client, "/en/register/?role=volunteer", VOLUNTEER)  # company "OCP-1234"
    assert response.status_code == 302
    record = ParticipantRegistration.objects.get()
    assert (record.member_company, record.company_code, record.company_to_link) == (None, "", False)


def test_an_unknown_code_is_kept_and_flagged_for_a_coordinator(client):
    was_member = member()
    to_stage(signed_in(lead_staff=True), was_member, "lost")  # keeps its code, not a member
    for code in ("QRST2345", was_member.enrolment_code):
        ParticipantRegistration.objects.all().delete()
        page = client.get(f"/en/register/?role=volunteer&company={code}")
        data = {**VOLUNTEER, "company_code": code, "form_token": form_token(page)}
        assert client.post("/en/register/", data).status_code == 302
        record = ParticipantRegistration.objects.get()
        assert (record.member_company, record.company_code, record.company_to_link) == (
            None,
            code,
            True,
        )


@pytest.mark.parametrize(
    "value", ["", "not a code", "ABC", "<script>", "ABCDEFGH\u202e", "0O1IL000"]
)
def test_a_value_that_cannot_be_a_code_is_ignored(client, value):
    page = client.get("/en/register/?role=volunteer")
    data = {**VOLUNTEER, "company_code": value, "form_token": form_token(page)}
    response = client.post("/en/register/", data)
    if response.status_code == 400:  # hidden characters are refused like any text
        assert ParticipantRegistration.objects.count() == 0
        return
    record = ParticipantRegistration.objects.get()
    assert (record.company_code, record.company_to_link, record.member_company) == ("", False, None)


def test_the_api_takes_the_code(client):
    lead = member()
    body = {
        **{k: v for k, v in VOLUNTEER.items() if not k.startswith("languages_")},
        "company_code": lead.enrolment_code.lower(),
        "consent": True,
        "agrees_to_screening": True,
        "form_token": token(client, "registration", role="volunteer"),
    }
    response = post(client, "registration", body)
    assert response.status_code == 201, response.content
    assert ParticipantRegistration.objects.get().member_company == lead


# -- a coordinator links it ---------------------------------------------------------------


def test_the_queue_filters_registrations_to_link_and_a_coordinator_links_one():
    flagged = ParticipantRegistrationFactory(
        name="Flagged Person", company_code="QRST2345", company_to_link=True
    )
    ParticipantRegistrationFactory(name="Linked Person")
    company = member(name="サンプル株式会社")
    coordinator = signed_in(coordinator=True, language="ja")
    listing = coordinator.get(QUEUE, {"company_to_link": "true"}).content.decode()
    assert "Flagged Person" in listing and "Linked Person" not in listing

    screen = f"{QUEUE}inspect/{flagged.pk}/"
    html = coordinator.get(screen).content.decode()
    assert "QRST2345" in html and "一致する会員企業なし：要紐付け" in html
    soup = BeautifulSoup(html, "html.parser")
    offered = [o.get_text() for o in soup.select("select[name=company] option") if o["value"]]
    assert offered == ["サンプル株式会社"]  # member companies only

    not_member = OrganizationFactory(stage="proposal")
    response = coordinator.post(screen, {"action": "link_company", "company": not_member.pk})
    assert response.status_code == 200 and "会員企業を選んでください。" in response.content.decode()
    flagged.refresh_from_db()
    assert flagged.member_company is None and flagged.company_to_link

    response = coordinator.post(screen, {"action": "link_company", "company": company.pk})
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert flagged.member_company == company and not flagged.company_to_link
    html = coordinator.get(screen).content.decode()
    assert "会員企業「サンプル株式会社」に紐付け" in html and "企業コード：QRST2345" in html
    assert (
        coordinator.get(QUEUE, {"member_company": company.pk})
        .content.decode()
        .count("Flagged Person")
    )


def test_only_who_may_change_registrations_links_them():
    flagged = ParticipantRegistrationFactory(company_code="QRST2345", company_to_link=True)
    company = member()
    privacy = signed_in(privacy_officer=True, language="en")
    response = privacy.post(
        f"{QUEUE}inspect/{flagged.pk}/", {"action": "link_company", "company": company.pk}
    )
    assert response.status_code in (302, 403)  # the admin sends them away
    flagged.refresh_from_db()
    assert flagged.member_company is None and flagged.company_to_link


def test_merging_a_duplicate_member_keeps_its_registrations_and_code():
    keep = OrganizationFactory(stage="member")
    duplicate = member()
    code = duplicate.enrolment_code
    registration = ParticipantRegistrationFactory(member_company=duplicate, company_code=code)
    services.merge_leads(keep, duplicate)
    registration.refresh_from_db()
    keep.refresh_from_db()
    assert registration.member_company == keep and keep.enrolment_code == code


def test_the_registration_export_names_the_member_company():
    company = member(name="Sample Co., Ltd.")
    ParticipantRegistrationFactory(member_company=company, company_code=company.enrolment_code)
    response = signed_in(coordinator=True, language="en").get(QUEUE, {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text)))[:2]
    columns = dict(zip(header, row, strict=True))
    assert columns["Member company"] == "Sample Co., Ltd."
    assert columns["Company enrolment code"] == company.enrolment_code
    assert columns["Company to link"] == "No"

"""The participant queue: coordinators move registrations on, filter them, and the review
flag holds a registration back from matching until it is resolved."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.admin.menu import SubmenuMenuItem, admin_menu

from inquiries.models import ParticipantStatus
from participants import services
from tests.support.factories import ParticipantRegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_coordinators_find_registrations_by_status_and_a_click_opens_the_registration():
    registration = ParticipantRegistrationFactory(language="en")
    staff = Client()
    staff.force_login(UserFactory(username="coord", coordinator=True))
    services.record_step(registration, "identity", actor=None, method="passport")
    listing = staff.get(
        "/admin/inquiries_participantregistration/", {"status": "identity_verified"}
    ).content.decode()
    assert f'href="/admin/inquiries_participantregistration/inspect/{registration.pk}/"' in listing
    empty = staff.get(
        "/admin/inquiries_participantregistration/", {"status": "matched"}
    ).content.decode()
    assert f"/inspect/{registration.pk}/" not in empty


def test_a_flagged_registration_cannot_go_to_matching_until_a_decision(admin_user):
    registration = ParticipantRegistrationFactory(language="en", flagged=True)
    for step, kwargs in (
        ("identity", {"method": "passport"}),
        ("orientation", {"held_on": datetime.date.today()}),
        ("interview", {"held_on": datetime.date.today()}),
    ):
        services.record_step(registration, step, actor=admin_user, **kwargs)
    with pytest.raises(ValidationError):
        services.change_status(registration, ParticipantStatus.READY, actor=admin_user)
    assert registration.status == "interview_done"
    services.decide_review(
        registration, "accepted", actor=admin_user, reason="Checked: settling in Japan, eligible"
    )
    services.change_status(registration, ParticipantStatus.READY, actor=admin_user)
    registration.refresh_from_db()
    assert registration.status == "ready"


def test_participant_queue_filters_by_need(admin_client):
    registration = ParticipantRegistrationFactory(needs=["hospital", "enrolment"])
    hit = admin_client.get(
        "/admin/inquiries_participantregistration/", {"needs": ["hospital"]}
    ).content.decode()
    miss = admin_client.get(
        "/admin/inquiries_participantregistration/", {"needs": ["japanese"]}
    ).content.decode()
    assert f"/inspect/{registration.pk}/" in hit
    assert f"/inspect/{registration.pk}/" not in miss


def test_the_queue_sits_in_the_intake_menu_after_the_onboarding_requests():
    reverse("wagtailadmin_home")  # the admin's URLs register the viewsets and their menus
    with translation.override("en"):
        (intake,) = [
            item
            for item in admin_menu.registered_menu_items
            if isinstance(item, SubmenuMenuItem) and str(item.label) == "Intake"
        ]
        entries = sorted(intake.menu.registered_menu_items, key=lambda item: item.order)
        assert [(str(item.label), item.url) for item in entries] == [
            ("Leads", "/admin/inquiries_lead/"),
            ("Inquiries", "/admin/inquiries_inquiry/"),
            ("Material requests", "/admin/inquiries_materialrequest/"),
            ("Onboarding requests", "/admin/inquiries_onboardingrequest/"),
            ("Participant queue", "/admin/inquiries_participantregistration/"),
            ("Pairs", "/admin/participants_pair/"),
            ("One-off activities", "/admin/participants_oneoffactivity/"),
            ("Awareness survey", "/admin/participants_surveyquestion/"),
            ("Company reports", "/admin/company-reports/"),
            ("Outgoing emails", "/admin/inquiries_outboundemail/"),
        ]


@pytest.mark.parametrize("status", ParticipantStatus.values)
def test_a_flagged_registration_may_go_up_to_the_interview_or_close(status):
    matching = {ParticipantStatus.READY, ParticipantStatus.MATCHED, ParticipantStatus.ACTIVE}
    allowed = status not in matching
    services.check_status(status, needs_review=False)
    if allowed:
        services.check_status(status, needs_review=True)
    else:
        with pytest.raises(ValidationError) as refused:
            services.check_status(status, needs_review=True)
        assert list(refused.value.message_dict) == ["status"]

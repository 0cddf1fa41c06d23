"""Notifications that reach someone: the staff notification names the form it is about,
in every language it is written in; it reaches the configured recipients and the staff
who chose an email per submission, each address once; the daily digest at 09:00 Japan
time, once, in its reader's language; visitor emails from the configured sender, signed
with JII's details in the visitor's language; the "before going live" panel and the
deploy check until all of it is set."""

from __future__ import annotations

import datetime
import io
import re
import subprocess
import sys
import time
from email.header import decode_header, make_header
from email.utils import parseaddr

import pytest
from aiosmtpd.controller import Controller
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from accounts.models import NotificationPreference
from home.clock import TOKYO
from home.models import SiteSettings
from inquiries.checks import RECIPIENTS_ID, SENDER_ID
from inquiries.digest import schedule_daily_digest, send_daily_digests, write_digests
from inquiries.models import FormKind, IntakeFormPage, OutboundEmail
from inquiries.readiness import sender_is_placeholder
from inquiries.services import RECORD_MODELS, STAFF_SUBJECTS, admin_url
from tests.support.factories import (
    InquiryFactory,
    ParticipantRegistrationFactory,
    SiteSettingsFactory,
    UserFactory,
)
from tests.support.intake import run_worker, send
from tests.support.servers import ROOT, base_env, query_database
from tests.test_inquiries_email import Inbox, free_port
from tests.test_inquiries_onboarding_registration import ONBOARDING, SUPPORTED, in_two_months

pytestmark = pytest.mark.django_db

LANGUAGES = ["ja", "en", "ne"]
EMPTY = re.compile(r"（\s*）|\(\s*\)|:\s*[.।。]|：\s*。")  # a label that came out empty


def submit_every_form(client, language: str) -> None:
    from programs.models import Material

    company = {"company": "Sample", "name": "Ann", "email": "ann@sample.example"}
    send(
        client,
        f"/{language}/contact/",
        {**company, "topic": "press", "message": "Hi", "consent": "on"},
    )
    send(
        client,
        f"/{language}/request-materials/",
        {
            **company,
            "role": "HR",
            "company_size": "1-49",
            "foreign_employees": "1-9",
            "heard_from": "search",
            "materials": [Material.objects.get(locale__language_code=language).pk],
            "consent": "on",
        },
    )
    send(client, f"/{language}/onboarding/", {**ONBOARDING, "preferred_start": in_two_months()})
    send(client, f"/{language}/register/?role=supported", SUPPORTED)


@pytest.fixture
def staff_told():
    SiteSettingsFactory(language="ja", notification_recipients="office@jii.example")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_staff_email_names_the_form_for_every_form_and_language(client, staff_told, language):
    submit_every_form(client, language)
    staff = {
        email.form_kind: email
        for email in OutboundEmail.objects.filter(purpose=OutboundEmail.Purpose.STAFF)
    }
    assert set(staff) == set(FormKind.values)
    with translation.override("ja"):  # staff are told in the site's language
        for kind, email in staff.items():
            label = str(FormKind(kind).label)
            assert f"（{label}）" in email.body, (kind, email.body)
            assert str(STAFF_SUBJECTS[kind]) in email.subject, email.subject
            assert not EMPTY.search(email.body), (kind, email.body)
            assert not EMPTY.search(email.subject), (kind, email.subject)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", FormKind.values)
def test_the_staff_email_template_names_the_form_in_each_language(
    client, staff_told, language, kind
):
    submit_every_form(client, "en")
    record = RECORD_MODELS[kind].objects.get()
    with translation.override(language):
        body = render_to_string(
            "inquiries/email/staff.txt", {"record": record, "admin_url": "https://x/"}
        )
        label = str(FormKind(kind).label)
    first_line = body.strip().splitlines()[0]
    assert label in first_line, (language, kind, first_line)
    assert not EMPTY.search(first_line), first_line


# -- notifications that reach someone (issue 12, point 4) -----------------------------
#
# Delivery goes through a real SMTP server (aiosmtpd on loopback) and the real task
# worker; the digest's 09:00 is the time the real database queue holds the task for.

SENDER = "JII おとなりさん <ocp@jii-office.jp>"
INQUIRY = {
    "company": "Sample Trading",
    "name": "Ann Lee",
    "email": "ann@sample.example",
    "topic": "press",
    "message": "Hi",
    "consent": "on",
}


@pytest.fixture
def mail_server(settings):
    """A real SMTP server on loopback, and the site sending to it from a configured sender."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.DEFAULT_FROM_EMAIL = SENDER
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox
    controller.stop()


def delivered(inbox, count: int) -> list:
    """The messages the server received, once the worker has sent ``count``."""
    run_worker()
    deadline = time.monotonic() + 5
    while len(inbox.messages) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return inbox.messages


def body_of(message) -> str:
    text = message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")
    return text.replace("\r\n", "\n")  # SMTP's line ends


def subject_of(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def choose(user, frequency: str) -> None:
    NotificationPreference.objects.update_or_create(user=user, defaults={"frequency": frequency})


def test_new_submissions_reach_the_configured_recipients_and_who_chose_each_once(mail_server):
    """Office + lead staff who chose "each" get the inquiry (each address once, however
    spelt, in their admin language); a coordinator who chose "each" does not (their role
    may not see it), nor staff who chose the digest or nothing."""
    SiteSettingsFactory(language="ja", notification_recipients="office@jii.example")
    twin = UserFactory(lead_staff=True, email="Office@JII.example", language="en")
    english = UserFactory(lead_staff=True, email="ken@jii.example", language="en")
    japanese = UserFactory(lead_staff=True, email="yui@jii.example", language="ja")
    coordinator = UserFactory(coordinator=True, email="coord@jii.example")
    digest_reader = UserFactory(lead_staff=True, email="daily@jii.example")
    silent = UserFactory(lead_staff=True, email="none@jii.example")
    for user in (twin, english, japanese, coordinator):
        choose(user, "each")
    choose(digest_reader, "daily")
    choose(silent, "none")
    gone = UserFactory(lead_staff=True, email="gone@jii.example", is_active=False)
    choose(gone, "each")  # an account that was closed is never told

    assert send(Client(), "/en/contact/", INQUIRY).status_code == 302
    messages = delivered(mail_server, 3)

    staff = [(to, m) for to, m in messages if m["Message-ID"] != confirmation_id()]
    addresses = [address.lower() for to, _m in staff for address in to]
    assert sorted(addresses) == ["ken@jii.example", "office@jii.example", "yui@jii.example"]
    by_address = {address.lower(): m for to, m in staff for address in to}
    assert "新しいお問い合わせ" in subject_of(by_address["yui@jii.example"])
    assert by_address["ken@jii.example"]["Subject"].startswith("[OCP] New inquiry")
    assert "A new submission has arrived" in body_of(by_address["ken@jii.example"])
    assert all(parseaddr(m["From"])[1] == "ocp@jii-office.jp" for _to, m in messages)
    # the one Japanese email went to the office and Yui together
    assert {tuple(sorted(a.lower() for a in to)) for to, _m in staff} == {
        ("office@jii.example", "yui@jii.example"),
        ("ken@jii.example",),
    }


def confirmation_id() -> str:
    return OutboundEmail.objects.get(purpose="confirmation").message_id


def test_a_registration_reaches_the_coordinator_who_chose_each_and_not_lead_staff(client):
    coordinator = UserFactory(coordinator=True, email="coord@jii.example")
    lead = UserFactory(lead_staff=True, email="lead@jii.example")
    choose(coordinator, "each")
    choose(lead, "each")
    send(client, "/en/register/?role=supported", SUPPORTED)
    staff = OutboundEmail.objects.get(purpose="staff")
    assert staff.recipients == ["coord@jii.example"]


SIGNATURES = {
    "ja": {
        "organisation_name": "特定非営利活動法人 JII",
        "address": "東京都新宿区西新宿1-1-1",
        "contact_email": "info@jii-office.jp",
    },
    "en": {
        "organisation_name": "JII (NPO)",
        "address": "1-1-1 Nishi-Shinjuku, Shinjuku, Tokyo",
        "contact_email": "hello@jii-office.jp",
    },
}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_visitor_emails_come_from_the_sender_and_end_with_jii_in_their_language(
    mail_server, language
):
    SiteSettingsFactory(language="ja", phone="03-0000-1111", **SIGNATURES["ja"])
    SiteSettingsFactory(language="en", phone="03-0000-1111", **SIGNATURES["en"])
    assert send(Client(), f"/{language}/contact/", INQUIRY).status_code == 302
    [(to, message)] = [m for m in delivered(mail_server, 1) if m[0] == ["ann@sample.example"]]
    assert parseaddr(message["From"])[1] == "ocp@jii-office.jp"
    body = body_of(message)
    signature = body.split("\n-- \n", 1)[1]
    other = "en" if language == "ja" else "ja"
    for value in SIGNATURES[language].values():
        assert value in signature, (value, signature)
    for value in SIGNATURES[other].values():
        assert value not in body
    phone = {"ja": "電話", "en": "Phone"}[language]
    colon = {"ja": "：", "en": ": "}[language]
    assert f"{phone}{colon}03-0000-1111" in signature


# -- the daily digest ------------------------------------------------------------------


def jst(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=TOKYO)


def digest_tasks():
    return DBTaskResult.objects.filter(task_path="inquiries.digest.send_daily_digests")


def test_the_digest_is_queued_once_for_09_00_japan_time():
    out = io.StringIO()
    call_command("send_daily_digests", "--schedule", stdout=out)
    call_command("send_daily_digests", "--schedule", stdout=out)
    [queued] = digest_tasks().filter(status="READY")
    run_at = queued.run_after.astimezone(TOKYO)
    now = timezone.now()
    assert (run_at.hour, run_at.minute, run_at.second) == (9, 0, 0)
    assert now < queued.run_after <= now + datetime.timedelta(days=1)
    assert queued.args_kwargs["args"] == [(run_at.date() - datetime.timedelta(days=1)).isoformat()]
    assert "already queued" in out.getvalue()


@pytest.fixture
def yesterday_submissions():
    """Yesterday (Japan time): two inquiries (one at 00:00 sharp, one at 23:59), a
    registration, a spam inquiry; and one inquiry each side of the day."""
    day = timezone.now().astimezone(TOKYO).date() - datetime.timedelta(days=1)
    early = InquiryFactory(company="Dawn Trading", submitted_at=jst(day, 0, 0))
    late = InquiryFactory(company="Midnight Foods", submitted_at=jst(day, 23, 59))
    person = ParticipantRegistrationFactory(name="Sita Gurung", submitted_at=jst(day, 12))
    InquiryFactory(company="Spam Bot", spam=True, submitted_at=jst(day, 13))
    InquiryFactory(company="Day Before", submitted_at=jst(day, 0) - datetime.timedelta(minutes=1))
    InquiryFactory(company="Day After", submitted_at=jst(day, 0) + datetime.timedelta(days=1))
    return day, early, late, person


def test_the_digest_lists_yesterday_by_kind_in_each_readers_language_once(
    mail_server, yesterday_submissions
):
    day, early, late, person = yesterday_submissions
    japanese = UserFactory(lead_staff=True, email="yui@jii.example", language="ja")
    english = UserFactory(coordinator=True, email="ken@jii.example", language="en")
    officer = UserFactory(privacy_officer=True, email="po@jii.example", language="en")
    for user in (japanese, english, officer):
        choose(user, "daily")
    choose(UserFactory(lead_staff=True, email="each@jii.example"), "each")

    assert schedule_daily_digest(day) and not schedule_daily_digest(day)
    [queued] = digest_tasks().filter(status="READY")
    assert queued.run_after == jst(day + datetime.timedelta(days=1), 9)  # today, 09:00 JST
    # the worker runs the task once it is due: make it due, as 09:00 arriving would
    digest_tasks().filter(status="READY").update(run_after=timezone.now())
    send_daily_digests.enqueue(day.isoformat())  # a second worker running the same day
    messages = delivered(mail_server, 3)
    run_worker()  # again: nothing is sent twice

    assert sorted(to[0] for to, _m in messages) == [
        "ken@jii.example",
        "po@jii.example",
        "yui@jii.example",
    ]
    assert OutboundEmail.objects.filter(purpose="digest").count() == 3
    assert all(e.status == "sent" for e in OutboundEmail.objects.filter(purpose="digest"))
    bodies = {to[0]: body_of(m) for to, m in messages}
    subjects = {to[0]: subject_of(m) for to, m in messages}

    ja = bodies["yui@jii.example"]
    assert f"{day.year}年{day.month}月{day.day}日" in subjects["yui@jii.example"]
    assert "お問い合わせ（2件）" in ja
    assert "- 00:00 Dawn Trading" in ja and "- 23:59 Midnight Foods" in ja
    assert admin_url(early) in ja and admin_url(late) in ja
    for absent in ("Spam Bot", "Day Before", "Day After", "Sita", str(person.email)):
        assert absent not in ja
    assert "参加登録" not in ja  # a lead staff member's role does not see registrations
    assert "Times are" not in ja  # no English in a Japanese digest

    en = bodies["ken@jii.example"]
    assert "Participant registration (1)" in en
    assert f"Registration #{person.pk}" in en and admin_url(person) in en
    assert "Sita" not in en and person.email not in en and "Dawn Trading" not in en
    assert subjects["ken@jii.example"].startswith("[OCP] New submissions on")

    po = bodies["po@jii.example"]
    assert "Inquiry (2)" in po and "Participant registration (1)" in po

    # the next digest is queued once, for 09:00 Japan time the day after next
    [following] = digest_tasks().filter(status="READY")
    assert following.args_kwargs["args"] == [(day + datetime.timedelta(days=1)).isoformat()]
    assert following.run_after == jst(day + datetime.timedelta(days=2), 9)

    # run late and again (by hand, or another worker): still nothing new
    call_command("send_daily_digests", "--day", day.isoformat(), stdout=io.StringIO())
    assert OutboundEmail.objects.filter(purpose="digest").count() == 3


def test_no_digest_on_a_day_without_anything_the_reader_may_see(yesterday_submissions):
    day, *_ = yesterday_submissions
    editor = UserFactory(editor=True, email="ed@jii.example")
    choose(editor, "daily")
    call_command("send_daily_digests", "--day", day.isoformat(), stdout=io.StringIO())
    assert not OutboundEmail.objects.filter(purpose="digest").exists()


def test_a_digest_another_worker_wrote_is_not_written_again(yesterday_submissions):
    """The outbox's Message-ID is unique and fixed by the day and the reader: a digest
    already written (by a worker that won the race) makes the next writer skip it."""
    day, *_ = yesterday_submissions
    reader = UserFactory(lead_staff=True, email="yui@jii.example")
    choose(reader, "daily")
    first = write_digests(day)
    assert len(first) == 1
    assert write_digests(day) == []
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboundEmail.objects.create(
            **{
                f.name: getattr(first[0], f.name)
                for f in OutboundEmail._meta.fields
                if f.name not in ("id", "created_at")
            }
        )


# -- the account page: each user's choice ------------------------------------------------


def account_form(client) -> dict:
    """Every field of the account page's form with the values it shows."""
    soup = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    form = soup.find("form", attrs={"method": re.compile("post", re.I)})
    data: dict = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.name == "select":
            option = field.find("option", selected=True) or field.find("option")
            data[name] = option.get("value", "") if option else ""
        elif field.get("type") in ("radio", "checkbox"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "") if field.name == "input" else field.text
    return data


@pytest.mark.parametrize("language", ["ja", "en"])
def test_staff_choose_their_notifications_on_their_account_page(client, language):
    user = UserFactory(lead_staff=True, language=language)
    client.force_login(user)
    page = client.get("/admin/account/").content.decode()
    labels = {
        "ja": [
            "新しい送信ごとにメール",
            "毎日9時（日本時間）にまとめて1通",
            "メールを受け取らない",
        ],
        "en": [
            "An email for each new submission",
            "One digest a day at 9:00 (Japan time)",
            "No emails",
        ],
    }[language]
    for label in labels:
        assert label in page
    data = account_form(client)
    assert data["submission_notifications-frequency"] == ["none"]
    data["submission_notifications-frequency"] = "daily"
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert NotificationPreference.objects.get(user=user).frequency == "daily"
    data["submission_notifications-frequency"] = "sometimes"  # not a choice
    response = client.post("/admin/account/", data)
    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=user).frequency == "daily"


# -- before going live ---------------------------------------------------------------------


def go_live_items(client) -> dict[str, list[str]]:
    """The panel's items by code, each with its links."""
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.find(attrs={"aria-labelledby": "go-live-title"})
    if panel is None:
        return {}
    return {
        item["data-code"]: [a["href"] for a in item.find_all("a")] for item in panel.find_all("li")
    }


def set_everything_up(settings):
    settings.DEFAULT_FROM_EMAIL = SENDER
    for language in ("ja", "en", "ne"):
        SiteSettingsFactory(
            language=language,
            notification_recipients="office@jii.example",
            organisation_name="JII",
            contact_email="info@jii-office.jp",
            phone="03-0000-1111",
            address="東京都新宿区",
        )


def test_the_go_live_panel_lists_what_is_missing_with_links_until_done(client, settings):
    client.force_login(UserFactory(superuser=True, language="ja"))
    items = go_live_items(client)
    settings_row = SiteSettings.objects.get(locale__language_code="ja")
    settings_url = reverse("wagtailsnippets_home_sitesettings:edit", args=[settings_row.pk])
    for kind in FormKind.values:
        page = IntakeFormPage.objects.get(form_kind=kind, locale__language_code="ja")
        links = items[f"recipients:{kind}"]
        assert links == [reverse("wagtailadmin_pages:edit", args=[page.pk]), settings_url]
    assert "sender" in items
    assert items["contact:ja"] == [settings_url]
    english_url = reverse(
        "wagtailsnippets_home_sitesettings:edit",
        args=[SiteSettings.objects.get(locale__language_code="en").pk],
    )
    assert items["contact:en"] == [english_url]
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    japanese = soup.find(attrs={"data-code": "contact:ja"})
    assert japanese["data-details"] == "contact_email phone address"  # the name is set
    assert "連絡先メールアドレス、電話番号、住所" in japanese.get_text()
    english = soup.find(attrs={"data-code": "contact:en"})
    assert english["data-details"] == "contact_email address"  # the phone is the source's
    assert "（英語）" in english.get_text()
    every_link = {link for links in items.values() for link in links}
    assert every_link
    for link in every_link:  # each link opens for who is shown it
        assert client.get(link).status_code == 200, link

    html = client.get("/admin/").content.decode()
    assert "公開前に" in html and "Before going live" not in html

    # the Privacy officer sets recipients in the site settings, not on pages
    client.force_login(UserFactory(privacy_officer=True, language="en"))
    assert "Before going live" in client.get("/admin/").content.decode()
    items = go_live_items(client)
    assert items[f"recipients:{FormKind.INQUIRY}"] == [settings_url]
    for link in {link for links in items.values() for link in links}:
        assert client.get(link).status_code == 200, link

    set_everything_up(settings)
    assert go_live_items(client) == {}
    assert "go-live" not in client.get("/admin/").content.decode()


def test_other_staff_see_a_short_notice_without_the_settings(client, settings):
    client.force_login(UserFactory(lead_staff=True, language="en"))
    html = client.get("/admin/").content.decode()
    assert "The site is not fully set up yet" in html
    assert go_live_items(client) == {}
    assert "wagtailsnippets_home_sitesettings" not in html and "/snippets/home/" not in html
    set_everything_up(settings)
    assert "The site is not fully set up yet" not in client.get("/admin/").content.decode()


def test_staff_who_chose_each_count_as_someone_told(client):
    choose(UserFactory(lead_staff=True, email="lead@jii.example"), "each")
    client.force_login(UserFactory(privacy_officer=True))
    items = go_live_items(client)
    assert "recipients:registration" in items  # coordinators' records: no one told
    for kind in ("inquiry", "material_request", "onboarding"):
        assert f"recipients:{kind}" not in items


@pytest.mark.parametrize(
    "sender, placeholder",
    [
        ("OCP <noreply@localhost>", True),
        ("noreply@localhost", True),
        ("ocp@example.com", True),
        ("OCP <ocp@mail.test>", True),
        ("ocp@intranet", True),
        ("", True),
        ("not an address", True),
        ("JII <ocp@jii-office.jp>", False),
        ("ocp@jii-office.jp", False),
    ],
)
def test_which_senders_are_placeholders(sender, placeholder):
    assert sender_is_placeholder(sender) is placeholder


# -- check --deploy ----------------------------------------------------------------------


def deploy_warnings(settings_module_env: dict) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy"],
        env=settings_module_env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr + result.stdout


def test_check_deploy_with_production_settings_warns_until_notifications_reach_someone(
    site_template, tmp_path
):
    database_url, drop = site_template.copy(tmp_path)
    try:
        env = base_env(
            DJANGO_SETTINGS_MODULE="tests.support.production_settings",
            SECRET_KEY="x" * 60,
            ALLOWED_HOSTS="ocp.example.jp",
            DATABASE_URL=database_url,
        )
        env.pop("DEFAULT_FROM_EMAIL", None)
        output = deploy_warnings(env)
        assert RECIPIENTS_ID in output and SENDER_ID in output, output
        assert "noreply@localhost" in output

        query_database(
            database_url,
            "UPDATE home_sitesettings SET notification_recipients = %s",
            "office@jii-office.jp",
        )
        output = deploy_warnings({**env, "DEFAULT_FROM_EMAIL": "JII <ocp@jii-office.jp>"})
        assert RECIPIENTS_ID not in output and SENDER_ID not in output, output
    finally:
        drop()


def test_the_deploy_check_is_registered_and_reads_the_database(settings):
    """The same check through the framework in this process: tagged deploy, with ids."""
    from django.core import checks

    assert "notifications" in checks.registry.registry.tags_available(deployment_checks=True)
    assert "notifications" not in checks.registry.registry.tags_available()
    ids = {m.id for m in checks.run_checks(tags=["notifications"], include_deployment_checks=True)}
    assert ids == {RECIPIENTS_ID, SENDER_ID}
    set_everything_up(settings)
    assert checks.run_checks(tags=["notifications"], include_deployment_checks=True) == []

"""Staff sign-in: repeated failures lock out without revealing accounts; idle sessions end."""

import re
import time

import pytest
from django.test import Client

from accounts.middleware import IDLE_KEY
from accounts.models import SignInFailure
from tests.support.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-1"  # noqa: S105


@pytest.fixture
def staff(db):
    return UserFactory(
        username="staff", email="staff@jii.example", password=PASSWORD, superuser=True
    )


def sign_in(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def error_text(response) -> str:
    return " ".join(re.findall(r'<li class="error">(.*?)</li>', response.content.decode(), re.S))


def test_five_failures_lock_the_account_with_the_answer_of_a_wrong_password(staff, settings):
    settings.SIGNIN_MAX_FAILURES = 5
    client = Client(REMOTE_ADDR="198.51.100.1")
    wrong = [sign_in(client, "staff", "wrong") for _ in range(5)]
    assert all(r.status_code == 200 for r in wrong)
    locked = sign_in(Client(REMOTE_ADDR="198.51.100.2"), "staff", PASSWORD)
    assert locked.status_code == 200  # refused, although the password is right
    assert error_text(locked) == error_text(wrong[0]) != ""


def test_unknown_usernames_lock_out_the_same_way(staff, settings):
    settings.SIGNIN_MAX_FAILURES = 3
    for username in ("staff", "nobody"):
        client = Client(REMOTE_ADDR=f"198.51.100.{len(username)}")
        answers = [error_text(sign_in(client, username, "wrong")) for _ in range(4)]
        assert len(set(answers)) == 1


def test_failures_from_one_address_lock_that_address(staff, settings):
    settings.SIGNIN_MAX_FAILURES = 3
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(3):
        sign_in(attacker, f"guess{n}", "wrong")
    assert sign_in(attacker, "staff", PASSWORD).status_code == 200
    assert sign_in(Client(REMOTE_ADDR="203.0.113.10"), "staff", PASSWORD).status_code == 302


def test_the_lock_lifts_after_the_lockout_period(staff, settings):
    settings.SIGNIN_MAX_FAILURES = 2
    client = Client(REMOTE_ADDR="198.51.100.7")
    sign_in(client, "staff", "wrong")
    sign_in(client, "staff", "wrong")
    assert sign_in(client, "staff", PASSWORD).status_code == 200
    from datetime import timedelta

    from django.utils import timezone

    SignInFailure.objects.update(at=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, "staff", PASSWORD).status_code == 302
    assert not SignInFailure.objects.filter(at__gte=timezone.now() - timedelta(minutes=1))


def test_failures_store_no_username_or_address(staff):
    sign_in(Client(REMOTE_ADDR="198.51.100.8"), "staff", "wrong")
    keys = list(SignInFailure.objects.values_list("key", flat=True))
    assert keys and all("staff" not in k and "198.51" not in k and len(k) == 64 for k in keys)


def test_an_idle_session_is_signed_out(staff, settings):
    client = Client()
    assert sign_in(client, "staff", PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[IDLE_KEY] = time.time() - (settings.STAFF_SESSION_IDLE_MINUTES + 1) * 60
    session.save()
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_session_cookie_expires_within_a_working_day(staff):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": "staff", "password": PASSWORD, "remember": "on"}
    )
    cookie = response.cookies["sessionid"]  # even when asked to remember the sign-in
    assert 0 < int(cookie["max-age"]) <= 10 * 3600
    assert cookie["httponly"] and cookie["samesite"] == "Lax"

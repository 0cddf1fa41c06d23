"""Staff sign-in: lock-out after repeated failures, and sessions that end.

After ``SIGNIN_MAX_FAILURES`` failed attempts within ``SIGNIN_LOCKOUT_MINUTES`` for
one username, or from one address, sign-in is refused for that long. A locked
attempt gets exactly the answer of a wrong password, whether or not the username
exists, so the lock-out reveals nothing about accounts. Usernames and addresses
are kept only as keyed hashes.

Sessions of signed-in users end after a working day (``SESSION_COOKIE_AGE``) and
after ``STAFF_SESSION_IDLE_MINUTES`` without a request.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.utils import timezone


def _key(kind: str, value: str) -> str:
    message = f"{kind}:{value.strip().lower()}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _keys(request, username: str | None) -> list[str]:
    keys = []
    if username:
        keys.append(_key("user", username))
    if request is not None:
        from inquiries.ratelimit import client_address

        keys.append(_key("addr", client_address(request)))
    return keys


def is_locked(request, username: str | None) -> bool:
    from home.models import SignInFailure

    since = timezone.now() - timedelta(minutes=settings.SIGNIN_LOCKOUT_MINUTES)
    for key in _keys(request, username):
        if (
            SignInFailure.objects.filter(key=key, at__gte=since).count()
            >= settings.SIGNIN_MAX_FAILURES
        ):
            return True
    return False


class LockoutBackend(ModelBackend):
    """Django's model backend, refusing sign-in while the username or address is locked."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if is_locked(request, username):
            get_user_model()().set_password(password or "")  # the same work as a check
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    from home.models import SignInFailure

    username = credentials.get("username")
    SignInFailure.objects.bulk_create(SignInFailure(key=key) for key in _keys(request, username))
    old = timezone.now() - timedelta(days=1)
    SignInFailure.objects.filter(at__lt=old).delete()


@receiver(user_logged_in)
def forget_failures(sender, request, user, **kwargs):
    from home.models import SignInFailure

    SignInFailure.objects.filter(key=_key("user", user.get_username())).delete()
    if request is not None:
        request.session[IDLE_KEY] = time.time()


IDLE_KEY = "ocp_last_seen"


class IdleSessionMiddleware:
    """Signs out a user whose session has been idle for too long."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = time.time()
            last_seen = request.session.get(IDLE_KEY, now)
            if now - last_seen > settings.STAFF_SESSION_IDLE_MINUTES * 60:
                logout(request)
            else:
                request.session[IDLE_KEY] = now
        return self.get_response(request)

"""Staff sign-in: lock-out after repeated failures.

After ``SIGNIN_MAX_FAILURES`` failed attempts within ``SIGNIN_LOCKOUT_MINUTES`` for
one username, or from one address, sign-in is refused for that long. A locked
attempt gets exactly the answer of a wrong password, whether or not the username
exists, so the lock-out reveals nothing about accounts. Usernames and addresses
are kept only as keyed hashes.

The handlers below are connected in ``accounts.apps``.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.utils import timezone

from accounts.middleware import IDLE_KEY
from accounts.models import SignInFailure
from home.clients import client_address


def _key(kind: str, value: str) -> str:
    message = f"{kind}:{value.strip().lower()}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _keys(request, username: str | None) -> list[str]:
    keys = []
    if username:
        keys.append(_key("user", username))
    if request is not None:
        keys.append(_key("addr", client_address(request)))
    return keys


def is_locked(request, username: str | None) -> bool:
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


def count_failure(sender, credentials, request=None, **kwargs):
    """``user_login_failed``: one row per key, and rows older than a day go."""
    username = credentials.get("username")
    SignInFailure.objects.bulk_create(SignInFailure(key=key) for key in _keys(request, username))
    old = timezone.now() - timedelta(days=1)
    SignInFailure.objects.filter(at__lt=old).delete()


def forget_failures(sender, request, user, **kwargs):
    """``user_logged_in``: the user's failures are forgotten; the idle clock starts."""
    SignInFailure.objects.filter(key=_key("user", user.get_username())).delete()
    if request is not None:
        request.session[IDLE_KEY] = time.time()

"""The staff sign-in app: connects the handlers that count and forget failures."""

from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in, user_login_failed


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        # The handlers use the failures' model: importable only once every app is loaded.
        from accounts import signin

        user_login_failed.connect(signin.count_failure, dispatch_uid="accounts_count_failure")
        user_logged_in.connect(signin.forget_failures, dispatch_uid="accounts_forget_failures")

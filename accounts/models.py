"""The failed sign-ins the lock-out counts (``accounts.signin``), and each member of
staff's choice of notification emails."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignInFailure(models.Model):
    """One failed staff sign-in, by keyed hash of the username or address (see
    accounts.signin)."""

    key = models.CharField(max_length=64, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")

    def __str__(self) -> str:
        return f"{self.key[:8]}… {self.at:%Y-%m-%d %H:%M}"


class NotificationPreferenceQuerySet(models.QuerySet):
    def choosing(self, frequency: str) -> NotificationPreferenceQuerySet:
        """The preferences of active users with an address who chose ``frequency``."""
        return (
            self.filter(frequency=frequency, user__is_active=True)
            .exclude(user__email="")
            .select_related("user")
        )


class NotificationPreference(models.Model):
    """How one member of staff hears of new submissions: an email each time, one digest
    a day (09:00 Japan time, the previous day's), or not at all.

    Staff choose it on their own account page. The configured recipients (site settings,
    intake pages) get every notification whatever their users chose; a user who chose
    "each" is added to them for the kinds of record their role may see.
    """

    class Frequency(models.TextChoices):
        EACH = "each", _("An email for each new submission")
        DAILY = "daily", _("One digest a day at 9:00 (Japan time)")
        NONE = "none", _("No emails")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("user"),
    )
    frequency = models.CharField(
        _("emails about new submissions"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.NONE,
    )

    objects = NotificationPreferenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.frequency}"  # no personal data: it may be logged

    @classmethod
    def for_user(cls, user) -> NotificationPreference:
        """The user's preference, unsaved with the default when they never chose."""
        try:
            return user.notification_preference
        except cls.DoesNotExist:
            return cls(user=user)

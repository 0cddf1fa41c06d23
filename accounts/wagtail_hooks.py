"""Adds the notification preference to each user's account page (Wagtail's account
settings panels), so staff choose for themselves how they hear of new submissions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from accounts.forms import NotificationPreferenceForm
from accounts.models import NotificationPreference


class SubmissionNotificationsPanel(BaseSettingsPanel):
    """The preference is a model of our own (not a field of Wagtail's user profile), so
    the panel gives its form the user's preference row, made on the first save."""

    name = "submission_notifications"
    title = _("New submissions")
    tab = notifications_tab
    order = 50
    form_class = NotificationPreferenceForm

    def get_form(self):
        kwargs = {"instance": NotificationPreference.for_user(self.user), "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


@hooks.register("register_account_settings_panel")
def register_submission_notifications_panel(request, user, profile):
    return SubmissionNotificationsPanel(request, user, profile)

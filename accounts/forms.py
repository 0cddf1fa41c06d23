"""The account page's form of the notification preference."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import NotificationPreference


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
        help_texts = {
            "frequency": _(
                "How you hear of new submissions from the website. The daily digest lists "
                "the previous day's, in your admin language; each email and the digest "
                "name only what your role may see."
            )
        }

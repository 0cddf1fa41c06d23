"""The account page's form of the notification preference."""

from django import forms

from accounts.models import NotificationPreference


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}

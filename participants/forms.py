"""The form coordinators move a registration on with."""

from django import forms

from participants import services


class RegistrationForm(forms.ModelForm):
    """The queue entry's edit form: a status the review flag forbids is refused on the
    status field, and the form is shown again."""

    def clean(self):
        data = super().clean()
        if "status" in data:
            needs_review = data.get("needs_review", self.instance.needs_review)
            services.check_status(data["status"], needs_review=needs_review)
        return data

"""The forms beside a lead: its actions (stage, assignee, follow-up) and a note."""

from __future__ import annotations

import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from leads.models import Organization

NOTE_MAX_LENGTH = 5000

# Characters nobody types into a note and that cannot be kept or exported safely: NUL
# (PostgreSQL refuses it) and the other C0/C1 controls (a spreadsheet cannot hold them).
# Tabs and line breaks are text; so are emoji, joiners and right-to-left writing.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def staff_users(also=None):
    """Who can be assigned a lead: active lead staff (and ``also``, a user's pk)."""
    return (
        get_user_model()
        .objects.filter(Q(is_active=True, groups__name="Lead staff") | Q(pk=also))
        .distinct()
    )


class LeadActionsForm(WagtailAdminModelForm):
    """What staff change on a lead from its screen; the follow-up is a date picker."""

    class Meta:
        model = Organization
        fields = ["stage", "lost_reason", "assignee", "next_follow_up"]
        widgets = {"next_follow_up": AdminDateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        assignee = self.fields["assignee"]
        # Lead staff, and whoever is assigned now (even if they left the group).
        assignee.queryset = staff_users(also=self.instance.assignee_id)
        assignee.label_from_instance = lambda user: user.get_full_name() or user.get_username()


class NoteForm(forms.Form):
    """A note's text, kept exactly as typed (no trimming), up to NOTE_MAX_LENGTH."""

    body = forms.CharField(
        label=_("New note"),
        max_length=NOTE_MAX_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the note first.")},
    )

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Write the note first."), code="required")
        if _CONTROLS.search(body):
            raise ValidationError(
                _("The note contains control characters; remove them and save again."),
                code="controls",
            )
        return body

"""Bulk actions on the lead listing: assign, move to a stage, mark as spam.

Each changes the selected leads through ``services.record_lead_changes``, so every
lead's timeline shows who did what, exactly as a one-by-one edit would.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permissions import policy_registry

from leads import services
from leads.choices import Stage
from leads.forms import staff_users
from leads.models import Organization
from leads.views import CHANGE_PERMISSION


class LeadBulkAction(PermissionCheckedMixin, BulkAction):
    models = [Organization]
    permission_required = "change"
    template_name = "leads/admin/bulk_confirm.html"  # every lead action confirms on one page

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Organization)

    def check_perm(self, obj):
        return self.request.user.has_perm(CHANGE_PERMISSION)

    def get_execution_context(self):
        context = {"user": self.request.user}
        if self.form_class is not None:
            context.update(self.cleaned_form.cleaned_data)
        return context

    @classmethod
    def change(cls, objects, user, **fields) -> int:
        with transaction.atomic():
            for lead in objects:
                before = Organization.objects.get(pk=lead.pk)
                for name, value in fields.items():
                    setattr(lead, name, value)
                lead.save()
                services.record_lead_changes(before, lead, user)
        return len(objects)

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d lead has been updated.",
            "%(count)d leads have been updated.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=get_user_model().objects.none(), label=_("Assignee"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff_users()


class StageForm(forms.Form):
    stage = forms.ChoiceField(choices=Stage.choices, label=_("Stage"))


class AssignLeadsBulkAction(LeadBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected leads")
    action_priority = 10
    form_class = AssignForm

    @classmethod
    def execute_action(cls, objects, assignee=None, user=None, **kwargs):
        return cls.change(objects, user, assignee=assignee), 0


class MoveStageBulkAction(LeadBulkAction):
    display_name = _("Move to stage")
    action_type = "move_stage"
    aria_label = _("Move the selected leads to a stage")
    action_priority = 20
    form_class = StageForm

    @classmethod
    def execute_action(cls, objects, stage=None, user=None, **kwargs):
        return cls.change(objects, user, stage=stage), 0


class MarkSpamBulkAction(LeadBulkAction):
    display_name = _("Mark as spam")
    action_type = "mark_spam"
    aria_label = _("Mark the selected leads as spam")
    action_priority = 30

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return cls.change(objects, user, stage=Stage.SPAM), 0

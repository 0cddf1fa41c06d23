"""Admin screens for what the intake receives. The lead pipeline builds on these."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from inquiries.models import Inquiry, OutboundEmail


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Records arrive through the forms (and emails through the outbox), never by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


for model in (Inquiry, OutboundEmail):
    register_permission_policy(model, ReceivedOnlyPolicy(model))


class InquiryViewSet(ModelViewSet):
    model = Inquiry
    name = "inquiries_inquiry"
    icon = "mail"
    menu_label = _("Inquiries")
    list_display = ["company", "name", "topic", "locale", "submitted_at", "is_spam"]
    list_filter = ["topic", "locale", "is_spam", "submitted_at"]
    search_fields = ["company", "name", "email"]
    inspect_view_enabled = True
    copy_view_enabled = False
    # Staff may only mark a record as spam or recover it.
    form_fields = ["is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "company",
        "department",
        "name",
        "email",
        "phone",
        "topic",
        "message",
        "consent_version",
        "is_spam",
        "spam_reason",
        "source_page",
    ]


class OutboundEmailViewSet(ModelViewSet):
    model = OutboundEmail
    name = "inquiries_outboundemail"
    icon = "mail"
    menu_label = _("Outgoing emails")
    list_display = ["subject", "purpose", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "purpose", "form_kind"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    inspect_view_fields = [
        "purpose",
        "form_kind",
        "record_id",
        "language",
        "status",
        "attempts",
        "last_error",
        "message_id",
        "created_at",
        "sent_at",
        "subject",
    ]


class IntakeViewSetGroup(ModelViewSetGroup):
    items = (InquiryViewSet, OutboundEmailViewSet)
    menu_label = _("Intake")
    menu_icon = "mail"
    menu_order = 150


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()

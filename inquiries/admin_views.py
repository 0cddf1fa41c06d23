"""Admin views of the intake: the participant filters and the outbox's views, which
show each user only the emails about the records they may see."""

from __future__ import annotations

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic

from inquiries import choices
from inquiries.models import OutboundEmail, ParticipantRegistration
from leads.exports import SafeExportIndexView


class ParticipantFilterSet(WagtailFilterSet):
    needs = django_filters.MultipleChoiceFilter(
        choices=choices.Need.choices, label=_("Needs"), method="filter_needs"
    )

    class Meta:
        model = ParticipantRegistration
        fields = [
            "status",
            "role",
            "needs_review",
            "company",
            "contact_language",
            "prefecture",
            "activity_type",
            "activity_format",
            "is_spam",
        ]

    def filter_needs(self, queryset, name, value):
        """Registrations that name every chosen need (a JSON list, searched as text)."""
        for need in value:
            queryset = queryset.filter(needs__icontains=f'"{need}"')
        return queryset


class VisibleEmailsMixin:
    """Outbox views show only the emails about records the user may see (see
    ``OutboundEmailQuerySet.visible_to``): Lead staff the leads', Coordinators the
    registrations'. Another email's URL is refused, whatever the view."""

    def get_object(self, *args, **kwargs):
        email = super().get_object(*args, **kwargs)
        if not OutboundEmail.objects.visible_to(self.request.user).filter(pk=email.pk).exists():
            raise PermissionDenied
        return email


class OutboundEmailIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().visible_to(self.request.user)


class OutboundEmailInspectView(VisibleEmailsMixin, generic.InspectView):
    pass


class OutboundEmailEditView(VisibleEmailsMixin, generic.EditView):
    pass


class OutboundEmailDeleteView(VisibleEmailsMixin, generic.DeleteView):
    pass


class OutboundEmailHistoryView(VisibleEmailsMixin, generic.HistoryView):
    pass


class OutboundEmailUsageView(VisibleEmailsMixin, generic.UsageView):
    pass

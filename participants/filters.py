"""The queue listing's filters."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from inquiries import choices
from inquiries.models import ParticipantRegistration


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

"""The queue listing's filters."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from inquiries import choices
from inquiries.models import CLOSED_PARTICIPANT_STATUSES, ParticipantRegistration
from leads.choices import Stage
from leads.models import Organization


class ParticipantFilterSet(WagtailFilterSet):
    needs = django_filters.MultipleChoiceFilter(
        choices=choices.Need.choices, label=_("Needs"), method="filter_needs"
    )
    is_open = django_filters.BooleanFilter(label=_("Still open"), method="filter_open")
    # a choice, so the active filter reads "Yes"/"No" in the admin's language
    company_to_link = django_filters.ChoiceFilter(
        choices=[("true", _("Yes")), ("false", _("No"))],
        label=_("Company to link"),
        method="filter_company_to_link",
    )
    # member companies only: the filter lists no lead that is still being talked to
    member_company = django_filters.ModelChoiceFilter(
        queryset=Organization.objects.filter(stage=Stage.MEMBER).order_by("name"),
        label=_("Member company"),
    )

    class Meta:
        model = ParticipantRegistration
        fields = [
            "status",
            "role",
            "needs_review",
            "is_open",
            "company",
            "company_to_link",
            "member_company",
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

    def filter_company_to_link(self, queryset, name, value):
        """Registrations whose code matched no member company (a coordinator links them)."""
        return queryset.filter(company_to_link=value == "true")

    def filter_open(self, queryset, name, value):
        """Open: not closed, withdrawn or not eligible (what the dashboard counts)."""
        closed = [status.value for status in CLOSED_PARTICIPANT_STATUSES]
        if value is True:
            return queryset.exclude(status__in=closed)
        if value is False:
            return queryset.filter(status__in=closed)
        return queryset

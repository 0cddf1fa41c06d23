"""Admin views of the intake: the outbox's views, which
show each user only the emails about the records they may see."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from wagtail.admin.views import generic

from inquiries.models import OutboundEmail
from leads.exports import SafeExportIndexView


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

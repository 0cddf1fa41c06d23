from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "inquiries"
    verbose_name = _("Inquiries")

    def ready(self):
        # Models and admin views can be imported only once the app registry is ready.
        from inquiries.models import OutboundEmail
        from inquiries.privacy import audit_export
        from leads import exports, timeline

        timeline.register_labels("purpose", OutboundEmail.Purpose)
        exports.exported.connect(audit_export, dispatch_uid="inquiries.audit_export")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "inquiries"
    verbose_name = _("Inquiries")

    def ready(self):
        # The models, the intake's views and the pipeline's modules can be imported only
        # once the app registry is ready. The intake page answers through its view
        # (IntakeFormPage.view); exports of personal data are audited here.
        from inquiries import checks  # noqa: F401 - registers the deploy checks
        from inquiries.models import IntakeFormPage, OutboundEmail
        from inquiries.privacy import audit_export
        from inquiries.views import serve_intake_page
        from leads import exports, timeline

        IntakeFormPage.view = serve_intake_page
        timeline.register_labels("purpose", OutboundEmail.Purpose)
        exports.exported.connect(audit_export, dispatch_uid="inquiries.audit_export")

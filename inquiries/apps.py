from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "inquiries"
    verbose_name = _("Inquiries")

    def ready(self):
        # Imported here because the views use this app's models, which load after
        # this module: the intake page answers through its view (IntakeFormPage.view).
        from inquiries.models import IntakeFormPage
        from inquiries.views import serve_intake_page

        IntakeFormPage.view = serve_intake_page

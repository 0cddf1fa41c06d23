"""The pipeline's fixed vocabularies: a lead's stage and how it first got in touch.

Keys are stored; labels are shown. A key never changes once rows use it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Stage(models.TextChoices):
    NEW = "new", pgettext_lazy("lead stage", "New")
    CONTACTED = "contacted", pgettext_lazy("lead stage", "Contacted")
    MEETING = "meeting", pgettext_lazy("lead stage", "Meeting scheduled")
    PROPOSAL = "proposal", pgettext_lazy("lead stage", "Proposal sent")
    ONBOARDING = "onboarding", pgettext_lazy("lead stage", "Onboarding")
    MEMBER = "member", pgettext_lazy("lead stage", "Member")
    LOST = "lost", pgettext_lazy("lead stage", "Lost")
    SPAM = "spam", pgettext_lazy("lead stage", "Spam")


CLOSED_STAGES = (Stage.MEMBER, Stage.LOST, Stage.SPAM)


class Source(models.TextChoices):
    """The form a lead first got in touch through; the keys are the intake's form kinds."""

    INQUIRY = "inquiry", _("Inquiry")
    MATERIAL_REQUEST = "material_request", _("Material request")
    ONBOARDING = "onboarding", _("Company onboarding request")
    REGISTRATION = "registration", _("Participant registration")


class TimelineKind(models.TextChoices):
    """What happened to a lead. A staff note of any sort reads "Note" in the listing;
    the entry's data says which note it is."""

    SUBMISSION = "submission", _("Submission")
    STAGE = "stage", _("Stage changed")
    ASSIGNMENT = "assignment", _("Assigned")
    FOLLOW_UP = "follow_up", _("Note")
    NOTES = "notes", _("Note")
    MERGED = "merged", _("Note")
    SPLIT = "split", _("Note")
    NOTE = "note", _("Note")
    EMAIL_SENT = "email_sent", _("Email sent")
    EMAIL_FAILED = "email_failed", _("Email failed")
    DOWNLOAD = "download", _("Material downloaded")
    ENROLMENT_CODE = "enrolment_code", _("Enrolment code given")
    REPORT_SENT = "report_sent", _("Company report sent")
    REPORT_DOWNLOAD = "report_download", _("Company report downloaded")

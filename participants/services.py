"""The queue's rules: how far a registration may move while it is flagged for review."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from inquiries.models import CLOSED_PARTICIPANT_STATUSES, ParticipantStatus

# A registration flagged for review may go through screening up to the interview, or
# be closed, but no further (to matching) until a coordinator resolves the flag.
STATUSES_WHILE_FLAGGED = frozenset(
    {
        ParticipantStatus.SUBMITTED,
        ParticipantStatus.IDENTITY_VERIFIED,
        ParticipantStatus.ORIENTATION_DONE,
        ParticipantStatus.INTERVIEW_DONE,
        *CLOSED_PARTICIPANT_STATUSES,
    }
)


def check_status(status: str, *, needs_review: bool) -> None:
    """Refuses ``status`` for a registration that is (still) flagged for review and
    would move past the interview: the flag is resolved (unticked, the decision noted)
    first. Raises a ``ValidationError`` on the status field."""
    if needs_review and status not in STATUSES_WHILE_FLAGGED:
        raise ValidationError(
            {
                "status": _(
                    "This registration is flagged for review: resolve the flag (untick it and "
                    "note the decision) before moving it on to matching."
                )
            }
        )

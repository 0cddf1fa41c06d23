"""The intake, in one direction: form page (``IntakeFormPage``) → form (``forms``, with
its fields and validators in ``fields``) → service (``services.submit``) → record
(``models``: one typed model per form) → outbox row (``OutboundEmail``, same
transaction) → email (``tasks``, sent by the worker). The JSON API (``api``) and the
static pages' plain POST (``views``) enter at the form. It also owns the rate limit,
the signed material downloads and the privacy tools (retention purge, find and erase).
The pipeline (``leads``) is called to attach a submission to its lead; the participant
queue (``participants``) reads the registrations, never the other way round."""

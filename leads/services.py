"""What happens to leads: a submission attached, staff's changes recorded, leads merged
and split, and entries added to a timeline.

A submission is any record of a model in :func:`leads.models.submission_models`: it
has ``organization`` and ``contact`` foreign keys, ``form_kind``, ``company``,
``name``, ``email`` (maybe ``phone``), ``locale_id`` and ``submitted_at``.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from leads.choices import Stage
from leads.models import (
    Contact,
    LeadNote,
    NoteRevision,
    Organization,
    TimelineEntry,
    submission_models,
)
from leads.rules import company_domain, new_enrolment_code, normalise_company_name


def attach_to_lead(record) -> Organization:
    """Attaches a company's submission to its lead, creating the lead if it is new.

    Matching follows ``leads.rules``: contact email, then company email domain (not
    free-mail), then the folded company name. The submission becomes the first entry
    of a new lead's timeline, or the next of an existing one's.
    """
    organization = match_organization(record.company, record.email)
    if organization is None:
        organization = Organization.objects.create(
            name=record.company,
            email_domain=company_domain(record.email),
            source=record.form_kind,
            locale_id=record.locale_id,
        )
    elif not organization.email_domain and company_domain(record.email):
        organization.email_domain = company_domain(record.email)
        organization.save(update_fields=["email_domain"])
    contact = organization.contacts.filter(email__iexact=record.email).first()
    if contact is None:
        contact = organization.contacts.create(
            name=record.name, email=record.email, phone=getattr(record, "phone", "")
        )
    type(record).objects.filter(pk=record.pk).update(organization=organization, contact=contact)
    record.organization, record.contact = organization, contact
    TimelineEntry.objects.create(
        organization=organization,
        kind=TimelineEntry.Kind.SUBMISSION,
        data={"form": record.form_kind},
        record_kind=record.form_kind,
        record_id=record.pk,
    )
    return organization


def match_organization(company: str, email: str) -> Organization | None:
    contact = Contact.objects.filter(email__iexact=email).select_related("organization")
    if (found := contact.first()) is not None:
        return found.organization
    domain = company_domain(email)
    if domain and (found := Organization.objects.filter(email_domain=domain).first()):
        return found
    name = normalise_company_name(company)
    if name:
        return Organization.objects.filter(normalised_name=name).first()
    return None


ENROLMENT_CODE_ATTEMPTS = 20


def give_enrolment_code(lead: Organization, actor=None) -> str:
    """The lead's enrolment code, given the first time it is a member and never changed
    afterwards (its employees' links carry it). It is written only where the row has
    none yet, so two requests at once cannot give two codes; a code another company
    already holds (the unique index says so) is drawn again. The lead's timeline says
    when it was given, and by whom."""
    if lead.enrolment_code:
        return lead.enrolment_code
    for _attempt in range(ENROLMENT_CODE_ATTEMPTS):
        code = new_enrolment_code()
        try:
            with transaction.atomic():
                given = Organization.objects.filter(pk=lead.pk, enrolment_code=None).update(
                    enrolment_code=code
                )
        except IntegrityError:  # another company holds this code: draw again
            continue
        if not given:  # given meanwhile by another request: that one stands
            code = Organization.objects.values_list("enrolment_code", flat=True).get(pk=lead.pk)
        else:
            TimelineEntry.objects.create(
                organization=lead,
                kind=TimelineEntry.Kind.ENROLMENT_CODE,
                data={"code": code},
                actor=actor,
            )
        lead.enrolment_code = code
        return code
    raise RuntimeError("no free enrolment code after repeated draws")


def record_lead_changes(before: Organization, after: Organization, actor) -> None:
    """Writes what staff changed on a lead to its timeline and marks it handled; a lead
    that is now a member has its enrolment code (:func:`give_enrolment_code`)."""
    if after.stage == Stage.MEMBER:
        give_enrolment_code(after, actor)
    Kind = TimelineEntry.Kind
    entries = []
    if before.stage != after.stage:
        entries.append((Kind.STAGE, {"from": before.stage, "to": after.stage}))
    if before.assignee_id != after.assignee_id:
        assignee = after.assignee.get_username() if after.assignee else None
        entries.append((Kind.ASSIGNMENT, {"assignee": assignee}))
    if before.next_follow_up != after.next_follow_up:
        follow_up = after.next_follow_up.isoformat() if after.next_follow_up else None
        entries.append((Kind.FOLLOW_UP, {"date": follow_up}))
    if before.lost_reason != after.lost_reason:
        entries.append((Kind.NOTES, {"field": "lost_reason"}))
    if not entries:
        return
    TimelineEntry.objects.bulk_create(
        TimelineEntry(organization=after, kind=kind, data=data, actor=actor)
        for kind, data in entries
    )
    Organization.objects.filter(pk=after.pk).update(touched_at=timezone.now())


def lead_of(form_kind: str, record_id: int) -> Organization | None:
    """The lead of the submission of form ``form_kind`` with primary key ``record_id``."""
    for model in submission_models():
        if model.form_kind == form_kind:
            record = model.objects.filter(pk=record_id).select_related("organization").first()
            return record.organization if record else None
    return None


def add_to_timeline(organization: Organization | None, kind: str, **data) -> None:
    if organization is not None:
        TimelineEntry.objects.create(organization=organization, kind=kind, data=data)


@transaction.atomic
def merge_leads(keep: Organization, other: Organization, actor=None) -> Organization:
    """Moves everything of ``other`` into ``keep`` and deletes ``other``.

    Contacts with the same email become one; submissions, downloads and the
    timeline and the notes (with their history) follow. ``keep``'s stage and
    assignee stay.
    """
    if keep.pk == other.pk:
        raise ValueError("a lead cannot be merged into itself")
    models = submission_models()
    for contact in other.contacts.all():
        existing = keep.contacts.filter(email__iexact=contact.email).first()
        if existing is None:
            contact.organization = keep
            contact.save(update_fields=["organization"])
            continue
        for model in models:
            model.objects.filter(contact=contact).update(contact=existing)
        contact.delete()
    for model in models:
        model.objects.filter(organization=other).update(organization=keep)
    # employees registered with the duplicate's code belong to the lead that stays,
    # which takes over that code when it has none (the links handed out keep working)
    other.registrations.update(member_company=keep)
    if other.enrolment_code and not keep.enrolment_code:
        keep.enrolment_code = other.enrolment_code
        Organization.objects.filter(pk=other.pk).update(enrolment_code=None)
    other.timeline.update(organization=keep)
    other.notes.update(organization=keep)
    if not keep.email_domain:
        keep.email_domain = other.email_domain
    keep.touched_at = timezone.now()
    keep.save()
    TimelineEntry.objects.create(
        organization=keep, kind=TimelineEntry.Kind.MERGED, data={"name": other.name}, actor=actor
    )
    other.delete()
    return keep


@transaction.atomic
def add_note(lead: Organization, author, body: str) -> LeadNote:
    """Adds a note to the lead's log; the timeline says a note was added (not what it
    says: the note holds the text) and the lead counts as handled."""
    note = LeadNote.objects.create(organization=lead, author=author, body=body)
    _noted(lead, author, note, "added")
    return note


@transaction.atomic
def edit_note(note: LeadNote, editor, body: str) -> bool:
    """Replaces a note's text, keeping the text it had as a revision (who, when).
    Returns False, and keeps nothing, when the text is unchanged."""
    note = LeadNote.objects.select_for_update().get(pk=note.pk)
    if note.body == body:
        return False
    NoteRevision.objects.create(note=note, body=note.body, editor=editor)
    note.body = body
    note.save(update_fields=["body"])
    _noted(note.organization, editor, note, "edited")
    return True


def _noted(lead: Organization, actor, note: LeadNote, change: str) -> None:
    TimelineEntry.objects.create(
        organization=lead,
        kind=TimelineEntry.Kind.NOTES,
        data={"note": note.pk, "change": change},
        actor=actor,
    )
    Organization.objects.filter(pk=lead.pk).update(touched_at=timezone.now())


@transaction.atomic
def split_submission(record, actor=None) -> Organization:
    """Detaches a wrongly attached submission and makes it a lead of its own."""
    old = record.organization
    new = Organization.objects.create(
        name=record.company,
        email_domain=company_domain(record.email),
        source=record.form_kind,
        locale_id=record.locale_id,
    )
    contact = record.contact
    shared = contact is not None and _has_other_submissions(contact, record)
    if contact is None or shared:
        contact = new.contacts.create(
            name=record.name, email=record.email, phone=getattr(record, "phone", "")
        )
    else:
        contact.organization = new
        contact.save(update_fields=["organization"])
    type(record).objects.filter(pk=record.pk).update(organization=new, contact=contact)
    moved = TimelineEntry.objects.filter(
        kind=TimelineEntry.Kind.SUBMISSION, record_kind=record.form_kind, record_id=record.pk
    )
    moved.update(organization=new)
    if old is not None:
        TimelineEntry.objects.create(
            organization=old, kind=TimelineEntry.Kind.SPLIT, data={"name": new.name}, actor=actor
        )
    return new


def _has_other_submissions(contact: Contact, record) -> bool:
    for model in submission_models():
        others = model.objects.filter(contact=contact)
        if model is type(record):
            others = others.exclude(pk=record.pk)
        if others.exists():
            return True
    return False

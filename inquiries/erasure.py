"""Every place personal data about one person can sit, walked alike to find and to erase it.

An erasure that forgets a place is worse than none: ``find`` then tells the person that
nothing is held while staff notes, an email in the outbox or an admin log entry still
name them. So both walk one registry, :data:`PLACES`, and each place answers both
questions (what is held here, and erase it); they cannot disagree.

Two kinds of place:

- rows that *belong* to the person (their submissions, contacts, the emails to them and
  about their records, the timeline entries and task rows of those, the idempotency
  record of their API request) are deleted;
- free text anywhere else (staff notes, another visitor's message, an email subject,
  a Wagtail log entry's label and data, a revision's content, a task's arguments and
  result, the search index, an admin form draft) is scanned column by column, every
  text and JSON column of every table, and only what names the person (their address,
  their phone in any usual spelling, their name) is replaced with :data:`MARKER`.
  The rest of the note stays: it is about the company, and staff still need it.

Identity columns of *other* people (another contact's name or phone, a staff user's
name) are never rewritten: two people may share a name or a switchboard number, and
erasing one must not damage the other's record.

The scan reads every text column of the database in Python: there is no portable way
to match "090-1234-5678", "+81 90 1234 5678" and "０９０１２３４５６７８" in SQL. An
individual's request is rare and the database of a programme like this one is small,
so a full pass is the price of being sure.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote

from django.apps import apps
from django.db import DatabaseError, connection, models

from inquiries.models import (
    LEAD_MODELS,
    SUBMISSION_MODELS,
    IdempotencyKey,
    MaterialDownload,
    MaterialRequest,
    OutboundEmail,
)
from leads.models import Contact, Organization, TimelineEntry

logger = logging.getLogger(__name__)
MARKER = "[erased]"

# What people put between the digits of a phone number: spaces (also full-width and
# no-break), hyphens and dashes of every kind, the katakana long-vowel mark that
# Japanese keyboards give for a dash, dots, slashes and brackets.
_SEPARATORS = r"[\s\-\u2010-\u2015\u2212\u30fc\uff0d.\uff0e\u30fb/()\uff08\uff09]*"
# Columns that hold another person's own identity, never rewritten (see the docstring).
IDENTITY_FIELDS = frozenset(
    {"name", "email", "phone", "first_name", "last_name", "username", "company"}
)
# Columns that are not free text and cannot name anyone: keys, hashes, paths, choices.
_NOT_TEXT = (models.SlugField, models.URLField, models.UUIDField)
_SKIPPED_COLUMNS = {
    "auth.user": {"password"},
    "leads.organization": {"normalised_name"},  # derived from the company name
    "sessions.session": {"session_key", "session_data"},  # tokens only; see README
    "wagtailcore.page": {"path", "url_path"},
    "wagtailcore.collection": {"path"},
}
# Tables that only ever hold digests and counters, written by code, never free text.
_SKIPPED_MODELS = {"inquiries.privacyauditentry", "inquiries.ratelimitcounter"}


def _digit(d: str) -> str:
    return f"[{d}{chr(0xFF10 + int(d))}]"


def fullwidth(text: str) -> str:
    """The full-width spelling of the ASCII in ``text`` (``ａｂｃ＠ｅｘ．ｊｐ``)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def national_digits(phone: str) -> str:
    """The digits of a phone number as dialled inside Japan: ``+81 90-1234-5678`` and
    ``０９０（１２３４）５６７８`` are both ``09012345678``. Other countries keep their
    code, with a leading ``+``."""
    text = unicodedata.normalize("NFKC", phone).strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+"):
        if digits.startswith("81"):
            rest = digits[2:]
            return rest if rest.startswith("0") else "0" + rest
        return "+" + digits
    return digits


def phone_pattern(phone: str) -> str | None:
    """A regular expression matching ``phone`` in its usual spellings, or None when it
    has too few digits to name anyone."""
    digits = national_digits(phone)
    plain = digits.lstrip("+")
    if len(plain) < 6:
        return None
    if digits.startswith("+"):
        head = r"[+\uff0b]?\s*"
        body = _SEPARATORS.join(_digit(d) for d in plain)
    else:
        # 0 90 …, or the international form +81 90 … / +81 (0)90 …
        zero = _digit("0")
        country = (
            rf"[+\uff0b]\s*{_digit('8')}{_digit('1')}{_SEPARATORS}"
            rf"(?:[(\uff08]?{zero}[)\uff09]?{_SEPARATORS})?"
        )
        head = rf"(?:[(\uff08]?{zero}|{country})"
        body = _SEPARATORS.join(_digit(d) for d in plain[1:])
        head = head + _SEPARATORS
    return rf"(?<![0-9\uff10-\uff19]){head}{body}(?![0-9\uff10-\uff19])"


def _edges(pattern: str, text: str) -> str:
    """Word edges where the text starts or ends with a Latin letter or digit, so that
    "Li" does not match "Limited"; none next to Japanese, which has no spaces."""
    start = r"(?<![A-Za-z0-9\uff21-\uff3a\uff41-\uff5a])" if text[:1].isascii() else ""
    end = r"(?![A-Za-z0-9\uff21-\uff3a\uff41-\uff5a])" if text[-1:].isascii() else ""
    return f"{start}{pattern}{end}"


def name_pattern(name: str) -> str | None:
    """The name as written, with any spacing between its parts (none, a space, a
    full-width space, a middle dot), in either order for a two-part name, in half- or
    full-width letters."""
    parts = unicodedata.normalize("NFKC", name).split()
    if len("".join(parts)) < 2:
        return None
    orders = [parts, list(reversed(parts))] if len(parts) == 2 else [parts]
    spellings = []
    for order in orders:
        for width in (lambda s: s, fullwidth):
            joined = r"[\s\u3000\u30fb\u00b7,、]*".join(re.escape(width(p)) for p in order)
            spellings.append(_edges(joined, width(order[0][:1]) + width(order[-1][-1:])))
    return "|".join(f"(?:{s})" for s in dict.fromkeys(spellings))


def email_pattern(email: str) -> str:
    spellings = {email, fullwidth(email), quote(email, safe=""), quote(email, safe="@")}
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    # Edges in Latin letters only: an address runs straight into Japanese text ("…まで").
    alnum = r"A-Za-z0-9_\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
    return rf"(?<![{alnum}.+%\-])(?:{alternatives})(?![{alnum}\-]|[.\uff0e][{alnum}])"


@dataclass
class Subject:
    """The person a request is about, and how their data can be recognised in text."""

    email: str
    names: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, email: str, names=(), phones=()) -> Subject:
        """The person with ``email``, with every name and phone their own rows give
        (plus those staff were told of, for data left after an earlier erasure)."""
        subject = cls(email.strip(), set(filter(None, names)), set(filter(None, phones)))
        for model in (*SUBMISSION_MODELS, Contact):
            for row in model.objects.filter(email__iexact=subject.email):
                subject.names.add(row.name)
                if getattr(row, "phone", ""):
                    subject.phones.add(row.phone)
        return subject

    @cached_property
    def pattern(self) -> re.Pattern:
        alternatives = [email_pattern(self.email)]
        alternatives += filter(None, (name_pattern(n) for n in sorted(self.names)))
        alternatives += filter(None, (phone_pattern(p) for p in sorted(self.phones)))
        return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)

    def redact(self, value):
        """``value`` (text, or decoded JSON) with every mention replaced by MARKER."""
        if isinstance(value, str):
            return self.pattern.sub(MARKER, value)
        if isinstance(value, list):
            return [self.redact(item) for item in value]
        if isinstance(value, dict):
            return {self.redact(k): self.redact(v) for k, v in value.items()}
        return value

    def mentioned_in(self, value) -> bool:
        return self.redact(value) != value


@dataclass
class Owned:
    """The rows that belong to the person, found once and shared by every place."""

    records: dict[type, list] = field(default_factory=dict)
    contacts: list = field(default_factory=list)

    @classmethod
    def of(cls, subject: Subject) -> Owned:
        owned = cls()
        for model in SUBMISSION_MODELS:
            rows = list(model.objects.filter(email__iexact=subject.email))
            if rows:
                owned.records[model] = rows
        owned.contacts = list(Contact.objects.filter(email__iexact=subject.email))
        return owned

    @property
    def record_keys(self) -> set[tuple[str, int]]:
        return {(m.form_kind, r.pk) for m, rows in self.records.items() for r in rows}

    @property
    def tokens(self) -> set[str]:
        return {str(r.token) for rows in self.records.values() for r in rows}


class Place:
    """One kind of place: ``find`` lists what is held there, ``erase`` removes it and
    says how many rows it changed."""

    kind: str

    def find(self, subject: Subject, owned: Owned) -> list:
        raise NotImplementedError

    def erase(self, subject: Subject, owned: Owned) -> int:
        raise NotImplementedError


class Submissions(Place):
    """The person's own records of every form (downloads and M2M rows go with them)."""

    def __init__(self, model):
        self.model = model
        self.kind = model._meta.model_name

    def find(self, subject, owned):
        return owned.records.get(self.model, [])

    def erase(self, subject, owned):
        rows = self.find(subject, owned)
        self.model.objects.filter(pk__in=[r.pk for r in rows]).delete()
        return len(rows)


class Downloads(Place):
    kind = "materialdownload"

    def _rows(self, owned):
        requests = [r.pk for r in owned.records.get(MaterialRequest, [])]
        return MaterialDownload.objects.filter(request_id__in=requests)

    def find(self, subject, owned):
        return list(self._rows(owned))

    def erase(self, subject, owned):
        return self._rows(owned).delete()[1].get(MaterialDownload._meta.label, 0)


class KeptAboutRecords(Place):
    """The rows another room keeps about one of the person's records (a registration's
    screening steps, review decisions and status changes, with the coordinators' notes
    and reasons; a pair and the changes of that pair): any model with a foreign key to
    a submission model, or to such a row, found through Django's relations, so a room
    added later is disclosed and erased without being listed here (the intake does not
    import the rooms that build on it).

    A row that only *mentions* the record (or the row that goes with it) through a key
    that is set to null when it goes (``on_delete=SET_NULL``: the volunteer of another
    person's one-off activity; the volunteer's hours logged for a pair) belongs to
    someone else: erasure unlinks it and keeps the row."""

    def __init__(self, model, relation, through=None):
        self.model = model
        self.related = relation.related_model
        self.link = relation.field.name
        self.field = relation.field.name
        if through is not None:
            self.field = f"{relation.field.name}__{through.field.name}"
        self.unlink = relation.on_delete is models.SET_NULL
        # A deeper row kept this way is the other person's (not disclosed, not counted).
        self.others = self.unlink and through is not None
        self.kind = self.related._meta.model_name

    def _rows(self, owned):
        records = [r.pk for r in owned.records.get(self.model, [])]
        return self.related.objects.filter(**{f"{self.field}__in": records}).order_by("pk")

    def find(self, subject, owned):
        return [] if self.others else list(self._rows(owned))

    def erase(self, subject, owned):
        if self.unlink:
            updated = self._rows(owned).update(**{self.link: None})
            return 0 if self.others else updated
        return self._rows(owned).delete()[1].get(self.related._meta.label, 0)


def _relations(model):
    return [
        relation
        for relation in model._meta.related_objects
        if not relation.many_to_many
        and relation.related_model is not MaterialDownload
        and relation.related_model not in SUBMISSION_MODELS
    ]


def kept_about_records() -> list[KeptAboutRecords]:
    """A place for every relation to a submission model (but the downloads, their own
    place, ``Downloads``), and for every relation to the rows of those that go with
    them (a pair's changes); the deeper rows come first, so they are disclosed and
    counted before the rows they hang on are deleted."""
    direct = [(model, relation) for model in SUBMISSION_MODELS for relation in _relations(model)]
    deeper = [
        KeptAboutRecords(model, second, through=relation)
        for model, relation in direct
        if relation.on_delete is not models.SET_NULL
        for second in _relations(relation.related_model)
    ]
    return deeper + [KeptAboutRecords(model, relation) for model, relation in direct]


class Contacts(Place):
    kind = "contact"

    def find(self, subject, owned):
        return owned.contacts

    def erase(self, subject, owned):
        Contact.objects.filter(pk__in=[c.pk for c in owned.contacts]).delete()
        return len(owned.contacts)


class Outbox(Place):
    """Emails to the person, and the staff notifications about their records (whose
    subject and body name them and their company)."""

    kind = "outboundemail"

    def find(self, subject, owned):
        keys = owned.record_keys
        address = subject.email.lower()
        return [
            email
            for email in OutboundEmail.objects.all().iterator()
            if (email.form_kind, email.record_id) in keys
            or address in (r.lower() for r in email.recipients)
        ]

    def erase(self, subject, owned):
        rows = self.find(subject, owned)
        OutboundEmail.objects.filter(pk__in=[e.pk for e in rows]).delete()
        return len(rows)


class Timeline(Place):
    """The timeline entries of the person's submissions."""

    kind = "timelineentry"

    def _rows(self, owned):
        query = models.Q(pk__in=[])
        for form_kind, pk in owned.record_keys:
            query |= models.Q(record_kind=form_kind, record_id=pk)
        return TimelineEntry.objects.filter(query)

    def find(self, subject, owned):
        return list(self._rows(owned))

    def erase(self, subject, owned):
        return self._rows(owned).delete()[1].get(TimelineEntry._meta.label, 0)


class SendTasks(Place):
    """Queued and finished task rows that send the person's emails (not one running
    now: its worker owns it and finds the email gone)."""

    kind = "dbtaskresult"

    def _rows(self, subject, owned):
        from django_tasks_db.models import DBTaskResult

        ids = {e.pk for e in Outbox().find(subject, owned)}
        path = "inquiries.tasks.send_outbound_email"
        return [
            row
            for row in DBTaskResult.objects.filter(task_path=path).exclude(status="RUNNING")
            if set((row.args_kwargs or {}).get("args", [])[:1]) & ids
        ]

    def find(self, subject, owned):
        return self._rows(subject, owned)

    def erase(self, subject, owned):
        from django_tasks_db.models import DBTaskResult

        rows = self._rows(subject, owned)
        DBTaskResult.objects.filter(pk__in=[r.pk for r in rows]).delete()
        return len(rows)


class IdempotencyRecords(Place):
    """The stored answer to the person's API request (it carries their record's id and
    download links)."""

    kind = "idempotencykey"

    def _rows(self, owned):
        tokens = owned.tokens
        return [
            key
            for key in IdempotencyKey.objects.exclude(response_body=None).iterator()
            if isinstance(key.response_body, dict) and key.response_body.get("id") in tokens
        ]

    def find(self, subject, owned):
        return self._rows(owned)

    def erase(self, subject, owned):
        rows = self._rows(owned)
        IdempotencyKey.objects.filter(pk__in=[r.pk for r in rows]).delete()
        return len(rows)


class EmptyLeads(Place):
    """Leads that nobody but the person is attached to: the company is known to us only
    through them. Found and erased after the person's own rows."""

    kind = "organization"

    def find(self, subject, owned):
        mine = {m: [r.pk for r in owned.records.get(m, [])] for m in LEAD_MODELS}
        leads = {r.organization_id for m in LEAD_MODELS for r in owned.records.get(m, [])}
        leads |= {c.organization_id for c in owned.contacts}
        contacts = [c.pk for c in owned.contacts]
        return [
            lead
            for lead in Organization.objects.filter(pk__in=leads - {None})
            if not lead.contacts.exclude(pk__in=contacts).exists()
            and not any(
                m.objects.filter(organization=lead).exclude(pk__in=mine[m]).exists()
                for m in LEAD_MODELS
            )
        ]

    def erase(self, subject, owned):
        """Deletes the leads; their admin log entries stay (who did what, when) but no
        longer carry the company's name, which pointed at the person alone."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ModelLogEntry

        rows = self.find(subject, owned)
        Organization.objects.filter(pk__in=[o.pk for o in rows]).delete()
        content_type = ContentType.objects.get_for_model(Organization)
        name = Organization._meta.verbose_name
        for lead in rows:
            ModelLogEntry.objects.filter(content_type=content_type, object_id=str(lead.pk)).update(
                label=f"{name} #{lead.pk}", data={}
            )
        return len(rows)


@dataclass
class Mention:
    """One column of one row whose text names the person (shown as an excerpt)."""

    model: str
    pk: object
    column: str
    excerpt: str


class FreeText(Place):
    """Every text and JSON column of one table, outside the rows erased above: what
    names the person is replaced with MARKER, the rest of the text stays. Rows of
    tables that exist only to replay or route a request are deleted instead."""

    def __init__(self, model, fields):
        self.model = model
        self.fields = fields
        self.kind = f"{model._meta.label_lower}:text"

    def _mentions(self, subject):
        names = ["pk", *(f.attname for f in self.fields)]
        for row in self.model._base_manager.values_list(*names).iterator(chunk_size=500):
            pk, values = row[0], row[1:]
            changed = {}
            for column, value in zip(self.fields, values, strict=True):
                decoded = _decode(column, value)
                if decoded is not None and subject.mentioned_in(decoded):
                    changed[column] = decoded
            if changed:
                yield pk, changed

    def find(self, subject, owned):
        return [
            Mention(self.model._meta.label_lower, pk, column.name, _excerpt(subject, value))
            for pk, changed in self._mentions(subject)
            for column, value in changed.items()
        ]

    def erase(self, subject, owned):
        rows = 0
        manager = self.model._base_manager
        for pk, changed in list(self._mentions(subject)):
            rows += 1
            if self.model._meta.label_lower in _DELETED_WHEN_MENTIONED:
                manager.filter(pk=pk).delete()
                continue
            manager.filter(pk=pk).update(
                **{c.name: _encode(c, subject.redact(v)) for c, v in changed.items()}
            )
        return rows


# A mention here is the whole row's purpose: an API replay record, a session.
_DELETED_WHEN_MENTIONED = {"inquiries.idempotencykey"}


def _is_text(column) -> bool:
    if isinstance(column, _NOT_TEXT) or column.primary_key or column.unique:
        return False
    stream = type(column).__name__ == "StreamField"
    return stream or isinstance(column, models.CharField | models.TextField | models.JSONField)


def _decode(column, value):
    """The column's value as text or decoded JSON (StreamField and JSON columns)."""
    if value is None:
        return None
    if type(column).__name__ == "StreamField":
        raw = getattr(value, "raw_data", value)
        return list(raw) if not isinstance(raw, str) else json.loads(raw or "[]")
    return value


def _encode(column, value):
    if type(column).__name__ == "StreamField":
        return column.to_python(value)
    return value


def _excerpt(subject: Subject, value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    match = subject.pattern.search(text)
    start = max(match.start() - 40, 0) if match else 0
    return text[start : (match.end() + 40 if match else 80)]


def free_text_places() -> list[FreeText]:
    """A FreeText place for every table of every installed app that has text: a table
    added later is covered without anyone remembering to list it."""
    tables = set(connection.introspection.table_names())
    places = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or meta.db_table not in tables or meta.label_lower in _SKIPPED_MODELS:
            continue
        skipped = _SKIPPED_COLUMNS.get(meta.label_lower, set())
        columns = [
            f
            for f in meta.local_concrete_fields
            if _is_text(f) and f.name not in skipped and f.name not in IDENTITY_FIELDS
        ]
        if columns:
            places.append(FreeText(model, columns))
    return places


def places() -> list[Place]:
    """The registry, in the order erasure must go: the person's rows, then leads left
    with nobody, then every mention left in any text."""
    return [
        Downloads(),
        *kept_about_records(),
        *(Submissions(model) for model in SUBMISSION_MODELS),
        Contacts(),
        Timeline(),
        SendTasks(),
        Outbox(),
        IdempotencyRecords(),
        EmptyLeads(),
        *free_text_places(),
    ]


def find(subject: Subject) -> dict[str, list]:
    owned = Owned.of(subject)
    found = {}
    for place in places():
        rows = place.find(subject, owned)
        if rows:
            # one kind may be reached through two relations (a pair's two people)
            found.setdefault(place.kind, []).extend(
                row for row in rows if row not in found.get(place.kind, [])
            )
    return found


def erase(subject: Subject) -> Counter:
    if connection.vendor == "sqlite":
        # Deleted rows are overwritten, not left in the page, whatever SQLite's build says.
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA secure_delete = ON")
    owned = Owned.of(subject)
    counts: Counter = Counter()
    for place in places():
        changed = place.erase(subject, owned)
        if changed:
            counts[place.kind] += changed
    return counts


def compact_database(tables=()) -> str:
    """Makes the deleted text unrecoverable from the database files, where possible.

    SQLite leaves deleted rows in free pages and in the write-ahead log until they are
    reused: ``VACUUM`` rewrites the file without them and ``wal_checkpoint(TRUNCATE)``
    empties the log. PostgreSQL keeps dead row versions until VACUUM reclaims them (and
    its WAL until segments are recycled): a plain ``VACUUM`` of the changed tables marks
    them free at once. Runs only outside a transaction (neither allows it inside one).
    """
    if connection.in_atomic_block:
        return "skipped: inside a transaction"
    try:
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("VACUUM")
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                busy = cursor.fetchone()
                return "vacuumed" if not busy or not busy[0] else "vacuumed; log still in use"
            if connection.vendor == "postgresql":
                for table in tables:
                    cursor.execute(f"VACUUM {connection.ops.quote_name(table)}")
                return "vacuumed"
    except DatabaseError as error:  # the erasure is committed; compaction can be rerun
        logger.warning("database not compacted after an erasure: %s", type(error).__name__)
        return "not compacted (run VACUUM)"
    return "nothing to do"

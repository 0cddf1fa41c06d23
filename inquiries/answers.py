"""A submission's answers in the words staff read, in the active language.

Every screen that shows what a visitor sent (the lead's page, the inspect views, the
registration's screen), the staff emails and the exports read it from here, so an
answer reads the same everywhere: a choice as its label, several as their labels
joined ("、" in Japanese, ", " otherwise), yes or no, "–" for nothing, a family as
"spouse; child, 6", dates on the one clock (``home.clock``).

The pipeline (``leads``) may not import the intake; it calls ``readable_answers()``
on the records ``lead.submissions()`` returns, which each submission model defines
as ``answers(self)``.
"""

from __future__ import annotations

from typing import NamedTuple

from django.utils.text import capfirst
from django.utils.translation import pgettext, pgettext_lazy

from home import readable
from inquiries import choices
from inquiries.choices import FormKind


class Answer(NamedTuple):
    """One answer: the field's name, its label and its value (both in words)."""

    field: str
    label: str
    value: str


# What each form asks, in the order it asks it (``inquiries.forms``), by the form's
# kind (the records name theirs, ``form_kind``; this module imports none of them, since
# they import it): the visitor's answers. The rest of a record is what the site keeps
# about it (when, in which language, the spam verdict, the queue's status), which
# display_value also reads.
ANSWER_FIELDS: dict[str, tuple[str, ...]] = {
    FormKind.INQUIRY: ("company", "department", "name", "email", "phone", "topic", "message"),
    FormKind.MATERIAL_REQUEST: (
        "materials",
        "company",
        "name",
        "email",
        "role",
        "company_size",
        "foreign_employees",
        "heard_from",
    ),
    FormKind.ONBOARDING: (
        "company",
        "industry",
        "prefecture",
        "employees",
        "foreign_employees",
        "main_languages",
        "goals",
        "interests",
        "expected_supported",
        "expected_volunteers",
        "preferred_start",
        "name",
        "department",
        "email",
        "phone",
        "message",
    ),
    FormKind.REGISTRATION: (
        "role",
        "name",
        "email",
        "phone",
        "company",
        "company_code",
        "contact_language",
        "japanese_level",
        "languages",
        "languages_note",
        "nationality",
        "origin",
        "years_in_japan",
        "prefecture",
        "municipality",
        "family",
        "needs",
        "needs_other",
        "activity_type",
        "activity_format",
        "pair_preference",
        "availability",
        "help_with",
        "capacity",
        "interests",
        "hobbies",
        "agrees_to_screening",
    ),
}

# Asked only of an employee who would like support: a volunteer was never asked.
SUPPORTED_ONLY = ("family", "needs", "needs_other")
# Asked only of a volunteer (origin: the volunteer rule's question).
VOLUNTEER_ONLY = ("origin", "help_with", "capacity")


def answer_fields(record) -> tuple[str, ...]:
    fields = ANSWER_FIELDS[record.form_kind]
    if record.form_kind == FormKind.REGISTRATION:
        skipped = SUPPORTED_ONLY if record.role != choices.Role.SUPPORTED else VOLUNTEER_ONLY
        if not record.languages_note:  # only registrations from before the list have it
            skipped = (*skipped, "languages_note")
        if not record.company_code:  # only those who came by a company's link have it
            skipped = (*skipped, "company_code")
        fields = tuple(name for name in fields if name not in skipped)
    return fields


def answers(record) -> list[Answer]:
    """Every answer of ``record`` (any kind of submission), in the form's order."""
    return [
        Answer(name, field_label(record, name), display_value(record, name))
        for name in answer_fields(record)
    ]


def field_label(record, name: str) -> str:
    return capfirst(str(record._meta.get_field(name).verbose_name))


def display_value(record, field: str) -> str:
    """One field of ``record`` as staff read it (exports use it, column by column)."""
    if field == "family":
        return family(record.family)
    if field == "languages" and record.form_kind == FormKind.REGISTRATION:
        return languages(record)
    return readable.field_value(record, field)


def languages(record) -> str:
    """Every language the person speaks, with the level: "Nepali (native), English
    (fluent), Japanese (conversational)"; Japanese from the Japanese question, read on
    the languages' scale. A stored row that is not one (damaged) is shown as it is."""
    names = dict(choices.Language.choices)
    levels = LEVEL_AFTER_LANGUAGE
    shown = []
    rows = record.languages if isinstance(record.languages, list) else [record.languages]
    for row in rows:
        if not isinstance(row, dict):
            shown.append(str(row))
            continue
        language, level = row.get("language"), row.get("level")
        shown.append(spoken(names.get(language, language or "?"), levels.get(level, level or "?")))
    japanese = choices.JAPANESE_AS_LANGUAGE_LEVEL.get(record.japanese_level)
    if japanese:
        shown.append(spoken(names["ja"], levels[japanese]))
    return readable.join(shown)


# A level as it reads after a language's name, "Nepali (native)" (in lower case where
# the language writes it so).
LEVEL_AFTER_LANGUAGE = {
    choices.LanguageLevel.NATIVE: pgettext_lazy("level after a language's name", "native"),
    choices.LanguageLevel.FLUENT: pgettext_lazy("level after a language's name", "fluent"),
    choices.LanguageLevel.CONVERSATIONAL: pgettext_lazy(
        "level after a language's name", "conversational"
    ),
    choices.LanguageLevel.BASIC: pgettext_lazy("level after a language's name", "basic"),
}


def spoken(language, level) -> str:
    return pgettext("a language and how well it is spoken", "%(language)s (%(level)s)") % {
        "language": language,
        "level": level,
    }


def family(members) -> str:
    """The family members who came along: "Spouse or partner; Child, 6" (the age when
    given), "配偶者・パートナー、子ども（6歳）" in Japanese. A stored entry that is
    not a member (an old or damaged row) is shown as it is rather than hidden."""
    if not members:
        return readable.EMPTY
    relations = dict(choices.Relation.choices)
    shown = []
    for member in members if isinstance(members, list) else [members]:
        if not isinstance(member, dict):
            shown.append(str(member))
            continue
        relation = str(relations.get(member.get("relation"), member.get("relation") or "?"))
        age = member.get("age")
        if age in (None, ""):
            shown.append(relation)
        else:
            shown.append(
                pgettext("a family member and their age", "%(relation)s, %(age)s")
                % {"relation": relation, "age": age}
            )
    return pgettext("separator between family members", "; ").join(shown)

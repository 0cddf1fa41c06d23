"""Explainable suggestions: which volunteers fit a supported participant, and why.

A volunteer is a *candidate* when screening is over (``models.VOLUNTEER_STATUSES``) and the
registration is not spam. Hard rules exclude a candidate outright (no shared language,
formats or activity types that do not meet, a pair preference that cannot be kept, in
person only across prefectures, no place left, a previous partner); the others are
scored by weighted features, and every feature that counts is one line of reasons in the
reader's language, so a coordinator sees why a candidate ranks where it does.

Everything a suggestion needs is read in one query (the candidates with the places they
hold and whether they were this participant's partner before); scoring is plain Python
on :class:`Profile` objects built once per registration, which the global assignment
(``participants.assignment``) reuses for its hundreds of thousands of pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from home.readable import join
from inquiries import choices
from inquiries.languages import spoken
from inquiries.models import ParticipantRegistration
from participants import places
from participants.models import VOLUNTEER_STATUSES, Pair, PairKind


@dataclass(frozen=True)
class Weights:
    """What each feature of a pair is worth; a candidate's score is their sum.

    - ``language`` (× the shared language's quality, 0.5–1): talking easily is what a
      pair's half year rests on, and a weak shared language is the commonest reason a
      pair stops early, so it outweighs any single other feature.
    - ``same_municipality``: a weekly meeting in person is easiest in the same ward or
      city; it is worth about two shared time slots.
    - ``same_prefecture``: still reachable for a meeting, less easily; half the above
      (a pair in the same ward gets both).
    - ``shared_slot`` (each, at most four): every shared time slot is one more chance
      to meet; with none the pair has to find time outside what both said.
    - ``need_covered`` (each): help the volunteer offers with what the participant
      needs is the program's purpose, so each covered need counts more than a slot.
    - ``interest`` (each, at most three): shared interests make a pair easier to
      start, but they are no help at the city hall: a small bonus.
    - ``same_company``: colleagues meet without travel and the company's HR knows both;
      a small bonus when neither side asked for someone from outside.
    """

    language: float = 4.0
    same_municipality: float = 2.0
    same_prefecture: float = 1.0
    shared_slot: float = 1.0
    need_covered: float = 1.5
    interest: float = 0.5
    same_company: float = 0.5
    max_slots: int = 4
    max_interests: int = 3


WEIGHTS = Weights()

# How well a pair can talk in a language, from the weaker side's level.
LANGUAGE_QUALITY = {
    choices.LanguageLevel.NATIVE: 1.0,
    choices.LanguageLevel.FLUENT: 0.8,
    choices.LanguageLevel.CONVERSATIONAL: 0.5,
}
RANK = {str(level): index for index, level in enumerate(choices.LEVEL_ORDER)}
WORST_RANK = len(choices.LEVEL_ORDER)
ENOUGH = RANK[choices.LanguageLevel.CONVERSATIONAL]

FORMATS = {
    choices.ActivityFormat.IN_PERSON: frozenset({"in_person"}),
    choices.ActivityFormat.ONLINE: frozenset({"online"}),
    choices.ActivityFormat.BOTH: frozenset({"in_person", "online"}),
}
ACTIVITIES = {
    choices.ActivityType.LONG_TERM: frozenset({"long_term"}),
    choices.ActivityType.ONE_OFF: frozenset({"one_off"}),
    choices.ActivityType.BOTH: frozenset({"long_term", "one_off"}),
}

# What a profile reads of a registration. Candidates are read as rows (not model
# instances, which cost more than all the scoring for thousands of rows), the lists as
# JSON text decoded only for a candidate the rules on plain columns left in; a row
# becomes a registration only when it is shown (see ``Profile.instance``).
SCALARS = (
    "pk",
    "role",
    "name",
    "status",
    "submitted_at",
    "japanese_level",
    "prefecture",
    "municipality",
    "activity_type",
    "activity_format",
    "pair_preference",
    "capacity",
    "member_company_id",
)
LISTS = ("languages", "availability", "needs", "help_with", "interests")
ANNOTATIONS = ("member_company__name", "places_taken", "was_partner")
ROW = SCALARS + ANNOTATIONS + tuple(f"{name}_json" for name in LISTS)
CONCRETE = ParticipantRegistration._meta.concrete_fields


@dataclass
class Profile:
    """What matching reads of one registration, computed once (the lists on first use,
    see :meth:`load`)."""

    pk: int
    values: dict
    formats: frozenset
    activities: frozenset
    prefecture: str
    place: str  # the municipality as written
    municipality: str  # as compared
    ward: bool
    where: places.Place
    company_id: int | None
    company_name: str
    preference: str
    submitted_at: object
    taken: int = 0
    capacity: int = 1
    previous: bool = False
    raw: dict | None = None  # list name -> JSON text, until loaded
    lists: dict = field(default_factory=dict)
    spoken: dict = field(default_factory=dict)  # language -> rank in LEVEL_ORDER
    levels: dict = field(default_factory=dict)
    slots: frozenset = frozenset()
    needs: frozenset = frozenset()
    helps: frozenset = frozenset()
    interests: frozenset = frozenset()
    registration: ParticipantRegistration | None = None

    @classmethod
    def of(cls, registration: ParticipantRegistration) -> Profile:
        # The participant's own company name is never shown (a reason names the
        # volunteer's), so it is read only when already loaded: no query for it.
        company = registration._state.fields_cache.get("member_company")
        values = {name: getattr(registration, name) for name in SCALARS}
        values.update(
            member_company__name=company.name if company else "",
            places_taken=getattr(registration, "places_taken", 0),
            was_partner=getattr(registration, "was_partner", False),
        )
        profile = cls.from_values(values)
        profile.registration = registration
        profile.load({name: getattr(registration, name) for name in LISTS})
        return profile

    @classmethod
    def from_values(cls, values: dict) -> Profile:
        where = places.place(values["municipality"])
        return cls(
            pk=values["pk"],
            values=values,
            formats=FORMATS.get(values["activity_format"], frozenset()),
            activities=ACTIVITIES.get(values["activity_type"], frozenset()),
            prefecture=values["prefecture"],
            place=" ".join((values["municipality"] or "").split())[: places.LONGEST],
            municipality=where.key,
            ward=where.ward,
            where=where,
            company_id=values["member_company_id"],
            company_name=values["member_company__name"] or "",
            preference=values["pair_preference"],
            submitted_at=values["submitted_at"],
            taken=values["places_taken"] or 0,
            capacity=values["capacity"] or 1,
            previous=bool(values["was_partner"]),
            raw={name: values.get(f"{name}_json") for name in LISTS},
        )

    def load(self, lists: dict | None = None) -> Profile:
        """Decodes the lists (languages, time slots, needs, help, interests) once."""
        if lists is None:
            if self.raw is None:
                return self
            lists = {name: json.loads(text) if text else [] for name, text in self.raw.items()}
        self.raw = None
        self.lists = lists
        self.levels = spoken(lists["languages"], self.values["japanese_level"])
        self.spoken = {code: RANK.get(level, WORST_RANK) for code, level in self.levels.items()}
        self.slots = frozenset(_strings(lists["availability"]))
        self.needs = frozenset(_strings(lists["needs"])) - {choices.Need.OTHER}
        self.helps = frozenset(_strings(lists["help_with"])) - {choices.Need.OTHER}
        self.interests = frozenset(_strings(lists["interests"]))
        return self

    def instance(self) -> ParticipantRegistration:
        """The registration this row is of (only the fields above loaded), with
        ``places_taken`` and ``was_partner`` as read."""
        if self.registration is None:
            self.load()
            loaded = {name: self.values[name] for name in SCALARS} | self.lists
            loaded["id"] = loaded.pop("pk")
            names = [f.attname for f in CONCRETE if f.attname in loaded]
            self.registration = ParticipantRegistration.from_db(
                "default", names, [loaded[name] for name in names]
            )
            self.registration.places_taken = self.taken
            self.registration.was_partner = self.previous
        return self.registration


def _strings(value) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


@dataclass
class Suggestion:
    """A candidate volunteer for a participant, with the score and the reasons."""

    candidate: ParticipantRegistration
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def places_taken(self) -> int:
        return self.candidate.places_taken


def shared_languages(supported: Profile, volunteer: Profile) -> list[tuple[str, int]]:
    """Languages both speak at conversational level or better, best first, each with the
    weaker side's rank."""
    shared = [
        (code, max(rank, volunteer.spoken[code]))
        for code, rank in supported.spoken.items()
        if code in volunteer.spoken
    ]
    return sorted(
        ((code, rank) for code, rank in shared if rank <= ENOUGH), key=lambda row: (row[1], row[0])
    )


def same_company(supported: Profile, volunteer: Profile) -> bool:
    return supported.company_id is not None and supported.company_id == volunteer.company_id


# The hard rules, each a short sentence for the screens.
RULES = {
    "format": gettext_lazy("One wants to meet in person, the other online."),
    "activity": gettext_lazy("One wants a long-term pair, the other one-off support."),
    "in_company": gettext_lazy(
        "Someone from the same company was asked for: not the same member company."
    ),
    "external": gettext_lazy("Someone from outside the company was asked for: same company."),
    "prefecture": gettext_lazy("In person only, and they live in different prefectures."),
    "capacity": gettext_lazy("The volunteer already has as many pairs as they can take."),
    "language": gettext_lazy("No language both speak at conversational level or better."),
    "previous": gettext_lazy("They were paired before."),
}
# The one rule a coordinator may override (with a reason, kept on the pair): it comes
# last, so a pair it excludes passes every other rule.
OVERRIDABLE = "previous"


def rule(supported: Profile, volunteer: Profile) -> str | None:
    """The key (in ``RULES``) of the first hard rule that excludes the pair, or None.
    The rules that read no language list come first (most exclusions are found before
    the languages are compared); the one a coordinator may override comes last."""
    formats = supported.formats & volunteer.formats
    if not formats:
        return "format"
    if not supported.activities & volunteer.activities:
        return "activity"
    same = same_company(supported, volunteer)
    preferences = {supported.preference, volunteer.preference}
    if choices.PairPreference.IN_COMPANY in preferences and not same:
        return "in_company"
    if choices.PairPreference.EXTERNAL in preferences and same:
        return "external"
    if formats == {"in_person"} and supported.prefecture != volunteer.prefecture:
        return "prefecture"
    if volunteer.taken >= volunteer.capacity:
        return "capacity"
    supported.load()
    volunteer.load()
    if not shared_languages(supported, volunteer):
        return "language"
    if volunteer.previous:
        return "previous"
    return None


def evaluate(
    supported: Profile, volunteer: Profile, *, explain: bool = True, weights: Weights = WEIGHTS
) -> tuple[float, list[str]]:
    """The pair's score and, with ``explain``, one line of reasons per feature that
    counts. The pair must have passed :func:`rule`."""
    supported.load()
    volunteer.load()
    reasons: list[str] = []
    languages = shared_languages(supported, volunteer)
    best_code, best_rank = languages[0]
    score = weights.language * LANGUAGE_QUALITY[choices.LEVEL_ORDER[best_rank]]
    same_prefecture = supported.prefecture == volunteer.prefecture
    same_place = (
        same_prefecture
        and bool(supported.municipality)
        and supported.municipality == volunteer.municipality
    )
    if same_place:
        score += weights.same_municipality
    if same_prefecture:
        score += weights.same_prefecture
    slots = supported.slots & volunteer.slots
    score += weights.shared_slot * min(len(slots), weights.max_slots)
    needs = supported.needs & volunteer.helps
    score += weights.need_covered * len(needs)
    interests = supported.interests & volunteer.interests
    score += weights.interest * min(len(interests), weights.max_interests)
    colleagues = same_company(supported, volunteer)
    if colleagues:
        score += weights.same_company
    if not explain:
        return score, reasons
    for code, _rank in languages:
        reasons.append(
            _("Both speak %(language)s (%(supported)s / %(volunteer)s)")
            % {
                "language": label(choices.Language, code),
                "supported": label(choices.LanguageLevel, supported.levels[code]).lower(),
                "volunteer": label(choices.LanguageLevel, volunteer.levels[code]).lower(),
            }
        )
    place = supported.where.name(supported.place)  # in the reader's language
    if same_place and (supported.ward or volunteer.ward):
        reasons.append(_("Same ward: %(place)s") % {"place": place})
    elif same_place:
        reasons.append(_("Same municipality: %(place)s") % {"place": place})
    elif same_prefecture:
        reasons.append(
            _("Same prefecture: %(prefecture)s")
            % {"prefecture": label(choices.Prefecture, supported.prefecture)}
        )
    if slots:
        names = [str(item.label) for item in choices.Availability if item.value in slots]
        reasons.append(
            ngettext(
                "%(count)d shared time slot: %(slots)s",
                "%(count)d shared time slots: %(slots)s",
                len(slots),
            )
            % {"count": len(slots), "slots": join(names)}
        )
    if needs:
        names = [str(item.label) for item in choices.Need if item.value in needs]
        reasons.append(_("Can help with: %(needs)s") % {"needs": join(names)})
    if interests:
        names = [str(item.label).lower() for item in choices.Hobby if item.value in interests]
        reasons.append(
            ngettext(
                "Shared interest: %(interests)s", "Shared interests: %(interests)s", len(names)
            )
            % {"interests": join(names)}
        )
    if colleagues:
        reasons.append(_("Same company: %(company)s") % {"company": volunteer.company_name})
        reasons.append(_("No working contact: check with the company"))
    elif choices.PairPreference.EXTERNAL in (supported.preference, volunteer.preference):
        reasons.append(_("From outside the company, as asked"))
    return round(score, 2), reasons


def label(choice_class, value: str) -> str:
    try:
        return str(choice_class(value).label)
    except ValueError:
        return value


def candidates(supported: ParticipantRegistration | None = None):
    """Every volunteer who may be paired, in one query, as rows of ``ROW``
    and ``ANNOTATIONS``: ``places_taken`` (the pairs that hold a place) and, for
    ``supported``, ``was_partner`` (any earlier pair of the two, whatever became of it)."""
    holding = (
        Pair.objects.holding()
        .filter(volunteer=OuterRef("pk"))
        .order_by()
        .values("volunteer")
        .annotate(count=Count("pk"))
        .values("count")
    )
    queryset = (
        ParticipantRegistration.objects.filter(
            role=choices.Role.VOLUNTEER, status__in=VOLUNTEER_STATUSES, is_spam=False
        )
        .annotate(
            places_taken=Coalesce(Subquery(holding, output_field=IntegerField()), Value(0)),
            **{f"{name}_json": Cast(name, TextField()) for name in LISTS},
        )
        .order_by("submitted_at", "pk")
    )
    if supported is None:
        return queryset.annotate(was_partner=Value(False, output_field=BooleanField()))
    return queryset.exclude(pk=supported.pk).annotate(
        was_partner=Exists(Pair.objects.filter(supported_id=supported.pk, volunteer=OuterRef("pk")))
    )


def profiles(queryset) -> list[Profile]:
    """The rows of :func:`candidates` as profiles."""
    return [
        Profile.from_values(dict(zip(ROW, row, strict=True))) for row in queryset.values_list(*ROW)
    ]


def order_key(item: tuple[float, Profile]):
    """Best score first; a tie goes to the volunteer with fewer places taken (spreading
    the pairs), then to whoever registered first."""
    score, profile = item
    return (-score, profile.taken, profile.submitted_at, profile.pk)


def _split(registration: ParticipantRegistration):
    """The participant's profile, the candidates no rule excludes and the excluded ones
    (each with the rule's key)."""
    supported = Profile.of(registration)
    fitting, excluded_ = [], []
    for profile in profiles(candidates(registration)):
        refused = rule(supported, profile)
        if refused:
            excluded_.append((profile, refused))
        else:
            fitting.append(profile)
    return supported, fitting, excluded_


def suggest(registration: ParticipantRegistration, limit: int | None = 10) -> list[Suggestion]:
    """The best candidates for a supported participant, best first, with their reasons
    (in the active language). A volunteer's registration gets no suggestions."""
    if registration.role != choices.Role.SUPPORTED:
        return []
    supported, fitting, _excluded = _split(registration)
    ranked = sorted(
        ((evaluate(supported, profile, explain=False)[0], profile) for profile in fitting),
        key=order_key,
    )
    if limit is not None:
        ranked = ranked[:limit]
    suggestions = []
    for _score, profile in ranked:
        score, reasons = evaluate(supported, profile)
        suggestions.append(Suggestion(profile.instance(), score, reasons))
    return suggestions


def excluded(registration: ParticipantRegistration) -> list[tuple[ParticipantRegistration, str]]:
    """The candidates a hard rule excludes for this participant, each with the rule (in
    the active language), first registered first."""
    if registration.role != choices.Role.SUPPORTED:
        return []
    return [(profile.instance(), str(RULES[key])) for profile, key in _split(registration)[2]]


@dataclass
class Assessment:
    """One pair as the screens check it before proposing: the rule that excludes it
    (a key of ``RULES``, or None), and the score and reasons it would be proposed with
    (also for a previous partner, whom a coordinator may propose with a reason)."""

    volunteer: ParticipantRegistration
    rule: str | None
    score: float | None
    reasons: list[str]
    kind: str

    @property
    def message(self) -> str | None:
        return str(RULES[self.rule]) if self.rule else None


def assess(supported: ParticipantRegistration, volunteer_pk: int) -> Assessment | None:
    """The pair of ``supported`` and the volunteer ``volunteer_pk`` as it is now, or None
    when that volunteer is not a candidate (not a volunteer, not screened, spam, the
    person themself). Two queries."""
    if supported.role != choices.Role.SUPPORTED:
        return None
    found = profiles(candidates(supported).filter(pk=volunteer_pk))
    if not found:
        return None
    person, volunteer = Profile.of(supported), found[0]
    key = rule(person, volunteer)
    score, reasons = (None, [])
    if key in (None, OVERRIDABLE):
        score, reasons = evaluate(person, volunteer)
    activities = person.activities & volunteer.activities
    kind = PairKind.ONE_OFF if activities == {"one_off"} else PairKind.LONG_TERM
    return Assessment(volunteer.instance(), key, score, reasons, kind)


def rule_of(supported: ParticipantRegistration, volunteer: ParticipantRegistration) -> str | None:
    """The key (in ``RULES``) of the first hard rule that excludes this pair as the two
    registrations are now (the volunteer's places and the pair's history read afresh),
    or None. What :func:`participants.pairs.propose` enforces."""
    values = {name: getattr(volunteer, name) for name in SCALARS}
    values.update(
        member_company__name="",
        places_taken=Pair.objects.holding().filter(volunteer=volunteer).count(),
        was_partner=Pair.objects.filter(supported=supported, volunteer=volunteer).exists(),
    )
    person = Profile.from_values(values)
    person.load({name: getattr(volunteer, name) for name in LISTS})
    return rule(Profile.of(supported), person)


def rule_against(
    supported: ParticipantRegistration, volunteer: ParticipantRegistration
) -> str | None:
    """The first hard rule that excludes this pair (as the screens say it), or None.
    Reads the volunteer's places and the pair's history as they are now."""
    if supported.role != choices.Role.SUPPORTED:
        return _("Only a supported participant can be paired with a volunteer.")
    found = assess(supported, volunteer.pk)
    if found is None:
        return _("This person is not a volunteer who may be paired.")
    return found.message

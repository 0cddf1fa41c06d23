"""Any field of any record in the words staff read, in the active language.

A stored value is a key, a flag or a timestamp; staff read a label, "Yes"/"No", a
language's name and Japan time. Screens (inspect views, the lead's page), staff
emails and exports all go through :func:`field_value`, so the same record reads the
same everywhere. The intake's answers (``inquiries.answers``) build on it for what
only they know (a family as "spouse; child, 6").
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import get_language_info, pgettext
from django.utils.translation import gettext as _

from home.clock import EMPTY, staff_date, staff_datetime

__all__ = ["EMPTY", "colon", "field_value", "join", "language_name", "text", "yes_no"]


def join(items: Iterable) -> str:
    """Several values as one: "、" between them in Japanese, ", " otherwise."""
    values = [str(item) for item in items if item not in (None, "")]
    if not values:
        return EMPTY
    return pgettext("separator between the items of a list", ", ").join(values)


def colon() -> str:
    """What stands between a label and its value ("Date: ..."): the full-width "：" in
    Japanese, ": " otherwise."""
    return pgettext("separator between a label and its value", ": ")


def yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def language_name(code: str) -> str:
    """A language's name in the reader's language ("英語" to a Japanese admin)."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def person(user) -> str:
    return user.get_full_name() or user.get_username()


def text(value) -> str:
    """A value without a field to say what it is: the generic rendering."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime.datetime):
        return staff_datetime(value)
    if isinstance(value, datetime.date):
        return staff_date(value)
    if isinstance(value, models.Manager):
        return join(str(related) for related in value.all())
    if isinstance(value, (list, tuple)):
        return join(text(item) for item in value)
    if hasattr(value, "get_username"):
        return person(value)
    if getattr(getattr(value, "_meta", None), "label", "") == "wagtailcore.Locale":
        return language_name(value.language_code)
    return str(value)


def field_value(instance, path: str) -> str:
    """``instance.<path>`` as staff read it: a choice's label (a list of choices, the
    labels of the model's ``choice_lists``), yes or no, a language's name, a person's
    name, related records by name, Japan time, "–" for nothing. ``a.b`` follows a
    relation ("–" when it is empty)."""
    *relations, name = path.split(".")
    for relation in relations:
        instance = getattr(instance, relation, None)
        if instance is None:
            return EMPTY
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        display = getattr(instance, f"get_{name}_display", None)
        value = display if display is not None else getattr(instance, name, None)
        return text(value() if callable(value) else value)
    value = getattr(instance, name, None)
    if field.choices and not field.many_to_one:
        if value in (None, ""):
            return EMPTY
        return str(getattr(instance, f"get_{name}_display")())
    labels = getattr(instance, "choice_lists", {}).get(name)
    if labels is not None and isinstance(value, list):
        known = dict(labels.choices)
        return join(known.get(entry, entry) for entry in value)
    return text(value)

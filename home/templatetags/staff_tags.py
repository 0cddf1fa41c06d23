"""Template filters for staff screens: dates and times on the one clock (Japan time,
in the admin's language, to the minute) and any field of a record in words.

``{% load staff_tags %}`` then ``{{ entry.created_at|staff_datetime }}``,
``{{ lead.next_follow_up|staff_date }}``, ``<time datetime="{{ value|staff_iso }}">``,
``{{ record|readable:"stage" }}``.
"""

from django import template

from home import clock, readable

register = template.Library()


@register.filter
def staff_datetime(value) -> str:
    return clock.staff_datetime(value)


@register.filter
def staff_date(value) -> str:
    return clock.staff_date(value)


@register.filter
def staff_day(value) -> str:
    return clock.staff_day(value)


@register.filter
def staff_iso(value) -> str:
    return clock.staff_iso(value)


@register.filter(name="readable")
def readable_field(instance, field_name: str) -> str:
    """One field of ``instance`` as staff read it (labels, yes/no, names, Japan time)."""
    if instance is None:
        return readable.EMPTY
    return readable.field_value(instance, field_name)

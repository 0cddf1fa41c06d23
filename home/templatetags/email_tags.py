"""What plain-text emails need beyond Django's tags: detail lines ("label: value") with
the separator of the email's language (see ``home.readable.colon``)."""

from django import template

from home import readable

register = template.Library()


@register.simple_tag
def colon() -> str:
    return readable.colon()

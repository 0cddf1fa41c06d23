"""Rendering form fields accessibly: described by their help and errors, marked invalid."""

from django import template

register = template.Library()


@register.simple_tag
def widget(field):
    describedby = []
    if field.help_text:
        describedby.append(f"{field.auto_id}-help")
    if field.errors:
        describedby.append(f"{field.auto_id}-errors")
    attrs = {}
    if describedby:
        attrs["aria-describedby"] = " ".join(describedby)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


# What may end a label and would double up before the summary's separator.
LABEL_ENDINGS = "。.:：?？!！। "


@register.filter
def summary_label(label) -> str:
    """A field's label as the error summary leads with it: without its own closing
    punctuation, so "同意します。" and the separator never read "同意します。:"."""
    return str(label).rstrip(LABEL_ENDINGS)

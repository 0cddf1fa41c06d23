"""Django's own form messages, worded for this site.

Django translates "This field is required." and its other stock messages from its
own catalogues, where some read badly to our visitors (Nepali "यो फाँट अनिवार्य छ ।",
with a "font" for a field and a space before the danda; Japanese "フィールド" and
half-width spaces around values). Marking the same message ids here puts them in the
project's catalogues (``locales/``), which ``LOCALE_PATHS`` consults before Django's,
so every form, ours and the admin's, shows our wording. Nothing imports this module:
``makemessages`` only needs to read it.
"""

from django.utils.translation import gettext_noop

STOCK_MESSAGES = (
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
)

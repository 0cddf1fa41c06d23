"""The site's navigation, built from the page tree so it is the same in every language."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail.models import Locale, Page, Site


@dataclass
class Navigation:
    home: Page | None
    menu: list[Page] = field(default_factory=list)  # header: children shown in menus
    footer: list[Page] = field(default_factory=list)  # footer: every top-level page

    def page(self, slug: str) -> Page | None:
        """A top-level page by its slug (the same in every language: ``contact``,
        ``register``), for links the copy makes to it; None when it is not live."""
        return next((page for page in self.footer if page.slug == slug), None)

    @property
    def page_register(self) -> Page | None:
        """The participant registration, which the copy's "who can take part" leads to."""
        return self.page("register")

    @property
    def page_faq(self) -> Page | None:
        """The FAQ, which a search that found nothing suggests."""
        return self.page("faq")

    @property
    def page_contact(self) -> Page | None:
        """The contact form, which every "contact us" in the copy leads to."""
        return self.page("contact")


def build_navigation(request: HttpRequest, locale: Locale) -> Navigation:
    """Two queries: the home page in ``locale`` and its live public children."""
    site = Site.find_for_request(request)
    if site is None:
        return Navigation(home=None)
    home = (
        Page.objects.filter(translation_key=site.root_page.translation_key, locale=locale)
        .live()
        .first()
    )
    if home is None:
        return Navigation(home=None)
    children = list(home.get_children().live().public().order_by("path"))
    return Navigation(
        home=home,
        menu=[page for page in children if page.show_in_menus],
        footer=children,
    )

"""The site's navigation, built from the page tree so it is the same in every language."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest
from wagtail.models import Locale, Page, PageViewRestriction, Site


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
    """One query, the home page's live public children; a second for the home page
    unless the page's route found it already (``ocp.routing`` keeps it on the request)."""
    home = getattr(request, "_ocp_home", None)
    if home is None or home.locale_id != locale.pk:
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
    # Public: no view restriction on the child or on one of its ancestors (the
    # restriction test folded into the same query as Wagtail's ``public()`` is not).
    ancestors = [home.path[:end] for end in range(Page.steplen, len(home.path) + 1, Page.steplen)]
    restricted = PageViewRestriction.objects.filter(
        Q(page_id=OuterRef("pk")) | Q(page__path__in=ancestors)
    )
    children = list(home.get_children().live().exclude(Exists(restricted)).order_by("path"))
    return Navigation(
        home=home,
        menu=[page for page in children if page.show_in_menus],
        footer=children,
    )

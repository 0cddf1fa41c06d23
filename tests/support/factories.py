"""Factories for the content models, so tests build what they need in a line."""

import factory
from wagtail.models import Locale

from faq.models import FAQCategory, FAQItem


class FAQItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQItem

    locale = factory.LazyFunction(Locale.get_default)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = factory.Sequence(lambda n: f"<p>Answer {n}.</p>")
    category = factory.Iterator(FAQCategory.values)
    sort_order = factory.Sequence(lambda n: 100 + n)


def add_program_page(index_page, n: int):
    """A published program page under ``index_page``."""
    from programs.models import ProgramPage

    page = ProgramPage(
        title=f"Program {n}", slug=f"program-{n}", intro=f"Intro {n}", locale=index_page.locale
    )
    index_page.add_child(instance=page)
    page.save_revision().publish()
    return page

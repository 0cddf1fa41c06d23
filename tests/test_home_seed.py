"""load_site_content builds the site once; running it again changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource

from faq.models import FAQItem
from home.content.text import T
from home.seed import ContentError, build_translation_memory
from programs.models import Material

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "faq": sorted(FAQItem.objects.values_list("pk", "question", "answer")),
        "materials": sorted(Material.objects.values_list("pk", "title", "document_id")),
        "sources": TranslationSource.objects.count(),
    }


def test_running_the_command_again_changes_nothing(capsys):
    before = snapshot()
    call_command("load_site_content")
    assert snapshot() == before
    assert "already loaded" in capsys.readouterr().out


def test_reset_rebuilds_the_same_site():
    before = snapshot()
    call_command("load_site_content", reset=True)
    after = snapshot()
    assert len(after["pages"]) == len(before["pages"])
    assert [p[1] for p in after["pages"]] != [] and sorted(p[1] for p in after["pages"]) == sorted(
        p[1] for p in before["pages"]
    )
    assert len(after["faq"]) == len(before["faq"]) == 33


def test_translations_are_wagtail_localize_translations_of_the_japanese_source():
    en_faq = Page.objects.get(locale__language_code="en", slug="faq")
    ja_faq = Page.objects.get(locale__language_code="ja", slug="faq")
    assert en_faq.translation_key == ja_faq.translation_key
    source = TranslationSource.objects.get_for_instance(ja_faq)
    targets = set(
        Translation.objects.filter(source=source).values_list(
            "target_locale__language_code", flat=True
        )
    )
    assert targets == {"en", "ne"}
    synced = set(
        LocaleSynchronization.objects.values_list(
            "locale__language_code", "sync_from__language_code"
        )
    )
    assert synced == {("en", "ja"), ("ne", "ja")}


def test_content_with_a_missing_rich_text_segment_is_refused():
    broken = T("<p>一</p><p>二</p>", "<p>One</p>", "<p>Ek</p><p>Dui</p>")
    with pytest.raises(ContentError, match="segments"):
        build_translation_memory([broken])


def test_content_with_two_translations_of_one_string_is_refused():
    with pytest.raises(ContentError, match="two translations"):
        build_translation_memory([T("相談", "Consult", "A"), T("相談", "Ask", "A")])

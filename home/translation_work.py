"""What is left to translate: every translatable page and snippet whose translation
into a language is out of date, unfinished or missing.

wagtail-localize keeps, per object and source language, a ``TranslationSource`` (the
source content as it was at the last sync, ``content_json``) and, per target language,
a ``Translation``. It shows none of this on the dashboard, so editors only learn that
an English page lags behind its Japanese source by reading both. The states, in the
order an editor works through them:

- ``outdated``: the source was changed (and published) since the last sync, so a sync
  would bring new content to the translation. Found by comparing the source's current
  content with ``content_json``, as wagtail-localize itself does before a sync,
  leaving out Wagtail's bookkeeping (publication dates, revisions, tree fields) that
  changes without anything to translate.
- ``untranslated``: synced, but some of its strings have no translation yet (a sync
  that brought new text leaves the translation in this state until someone translates
  and publishes it in wagtail-localize's editor).
- ``missing``: there is no translation in that language, or only an alias of the
  source page (Wagtail's locale synchronisation makes those: the Japanese text under
  an English URL).

The source is an object of the default language (Japanese) or, whatever its language,
any object wagtail-localize translates from. Only rules and queries here; the panel
(``home.views``) shows the result.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_latest_str
from wagtail.models import Locale, Page, get_translatable_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

OUTDATED = "outdated"
UNTRANSLATED = "untranslated"
MISSING = "missing"
STATES = {
    OUTDATED: _("Source changed since the last sync"),
    UNTRANSLATED: _("Strings waiting for translation"),
    MISSING: _("Not translated"),
}
ACTIONS = {
    OUTDATED: _("Sync"),
    UNTRANSLATED: _("Translate"),
    MISSING: _("Translate"),
}

#: Fields Wagtail keeps up to date by itself: they differ from the last sync after a
#: publish, a revision or a move, with nothing new to translate.
BOOKKEEPING = frozenset(
    {
        "pk",
        "id",
        "path",
        "depth",
        "numchild",
        "url_path",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "expired",
        "comments",
        "wagtail_admin_comments",
    }
)


@dataclass(frozen=True)
class WorkItem:
    """One object in one target language that needs an editor."""

    title: str
    kind: str
    state: str
    language: str
    url: str
    source_edit_url: str | None = None

    @property
    def state_label(self) -> str:
        return str(STATES[self.state])

    @property
    def action_label(self) -> str:
        return str(ACTIONS[self.state])


@dataclass
class LanguageWork:
    """The work in one language, outdated first."""

    language: str
    name: str
    items: list[WorkItem] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for item in self.items if item.state == state)

    @property
    def outdated(self) -> int:
        return self.count(OUTDATED)

    @property
    def untranslated(self) -> int:
        return self.count(UNTRANSLATED)

    @property
    def missing(self) -> int:
        return self.count(MISSING)


def content_of(instance) -> dict:
    """The instance's content as wagtail-localize stores it, without bookkeeping."""
    if isinstance(instance, ClusterableModel):
        data = json.loads(instance.to_json())
    else:
        data = json.loads(
            json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
        )
    return _normalised(data)


def _normalised(data: dict) -> dict:
    """Content without bookkeeping, StreamField values parsed and without their blocks'
    ids: the stored JSON of a StreamField differs between databases (PostgreSQL's
    ``jsonb`` orders keys and the blocks gain ids when read back) with the same text."""
    return {key: _value(value) for key, value in data.items() if key not in BOOKKEEPING}


def _value(value):
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_value(item) for item in value]
    if isinstance(value, dict):
        is_block = "type" in value and "value" in value
        return {k: _value(v) for k, v in value.items() if not (is_block and k == "id")}
    return value


def source_changed(source: TranslationSource, instance) -> bool:
    """True when a sync would change the translations of ``instance``."""
    return content_of(instance) != _normalised(json.loads(source.content_json))


def kind_of(instance) -> str:
    return str(capfirst(type(instance)._meta.verbose_name))


def title_of(instance) -> str:
    if isinstance(instance, Page):
        return get_latest_str(instance)
    return str(instance)


def _language_names() -> dict[str, str]:
    """The languages' names in the admin's language (英語, ネパール語)."""
    return {
        code: str(get_language_info(code)["name_translated"]) for code, _name in settings.LANGUAGES
    }


def _untranslated_counts() -> dict[int, int]:
    """``{translation pk: strings without a translation}`` for enabled translations."""
    missing_strings = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef(OuterRef("target_locale_id")),
                    has_error=False,
                )
            )
        )
        .order_by()
        .values("source_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return dict(
        Translation.objects.filter(enabled=True)
        .annotate(untranslated=Coalesce(Subquery(missing_strings, output_field=IntegerField()), 0))
        .filter(untranslated__gt=0)
        .values_list("pk", "untranslated")
    )


def _instances(model, pairs: set[tuple]) -> dict[tuple, object]:
    """``{(translation_key, locale_id): instance}`` of ``model`` for the given pairs."""
    if not pairs:
        return {}
    wanted = Q()
    by_locale = defaultdict(list)
    for key, locale_id in pairs:
        by_locale[locale_id].append(key)
    for locale_id, keys in by_locale.items():
        wanted |= Q(locale_id=locale_id, translation_key__in=keys)
    queryset = model._default_manager.filter(wanted)
    if issubclass(model, Page):
        queryset = queryset.specific()
    return {(obj.translation_key, obj.locale_id): obj for obj in queryset}


def translation_work(user=None) -> list[LanguageWork]:
    """The work per target language (every locale but the default one first, then the
    default one when something is translated into it), each list outdated first."""
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    default = Locale.get_default()
    names = _language_names()
    finder = AdminURLFinder(user)
    dashboard = reverse("wagtailadmin_home")
    items: dict[int, list[WorkItem]] = defaultdict(list)
    tracked: set[tuple] = set()  # (translation_key, target locale) handled by a Translation

    # Translations wagtail-localize keeps: outdated or unfinished.
    untranslated = _untranslated_counts()
    sources = list(
        TranslationSource.objects.filter(translations__enabled=True)
        .select_related("specific_content_type")
        .distinct()
    )
    by_model = defaultdict(set)
    for source in sources:
        model = source.specific_content_type.model_class()
        if model is not None:
            by_model[model].add((source.object_id, source.locale_id))
    source_instances = {}
    for model, pairs in by_model.items():
        source_instances.update(_instances(model, pairs))
    translations = Translation.objects.filter(enabled=True, source__in=sources).select_related(
        "source__specific_content_type"
    )
    targets_by_model = defaultdict(set)
    for translation in translations:
        model = translation.source.specific_content_type.model_class()
        targets_by_model[model].add((translation.source.object_id, translation.target_locale_id))
    target_instances = {}
    for model, pairs in targets_by_model.items():
        target_instances.update(_instances(model, pairs))

    changed: dict[int, bool] = {}
    for translation in translations:
        source = translation.source
        instance = source_instances.get((source.object_id, source.locale_id))
        if instance is None:
            continue  # the source was deleted; wagtail-localize disables these
        target = target_instances.get((source.object_id, translation.target_locale_id))
        if source.pk not in changed:
            changed[source.pk] = source_changed(source, instance)
        tracked.add((source.object_id, translation.target_locale_id))
        language = locales[translation.target_locale_id].language_code
        if target is None or getattr(target, "alias_of_id", None):
            state, url = MISSING, _submit_url(instance, language)
        elif changed[source.pk]:
            url = reverse("wagtail_localize:update_translations", args=[source.pk])
            state, url = OUTDATED, f"{url}?{urlencode({'next': dashboard})}"
        elif translation.pk in untranslated:
            state, url = UNTRANSLATED, finder.get_edit_url(target) or ""
        else:
            continue
        items[translation.target_locale_id].append(
            WorkItem(
                title=title_of(instance),
                kind=kind_of(instance),
                state=state,
                language=language,
                url=url,
                source_edit_url=finder.get_edit_url(instance) or None,
            )
        )

    # Objects of the default language with no translation (or only an alias) elsewhere.
    for model in get_translatable_models():
        queryset = model._default_manager.all()
        if issubclass(model, Page):
            queryset = queryset.filter(depth__gt=1)
        sources_here = queryset.filter(locale=default)
        keys = set(sources_here.values_list("translation_key", flat=True))
        if not keys:
            continue
        present = defaultdict(set)
        others = queryset.filter(translation_key__in=keys).exclude(locale=default)
        if issubclass(model, Page):
            others = others.filter(alias_of__isnull=True)
        for key, locale_id in others.values_list("translation_key", "locale_id"):
            present[locale_id].add(key)
        lacking = {
            locale_id: keys - present[locale_id] for locale_id in locales if locale_id != default.pk
        }
        wanted = {key for missing in lacking.values() for key in missing}
        if not wanted:
            continue
        sources_by_key = {
            obj.translation_key: obj
            for obj in (
                sources_here.filter(translation_key__in=wanted).specific()
                if issubclass(model, Page)
                else sources_here.filter(translation_key__in=wanted)
            )
        }
        for locale_id, missing in lacking.items():
            for key in missing:
                if (key, locale_id) in tracked:
                    continue
                instance = sources_by_key[key]
                items[locale_id].append(
                    WorkItem(
                        title=title_of(instance),
                        kind=kind_of(instance),
                        state=MISSING,
                        language=locales[locale_id].language_code,
                        url=_submit_url(instance, locales[locale_id].language_code),
                        source_edit_url=finder.get_edit_url(instance) or None,
                    )
                )

    order = {OUTDATED: 0, UNTRANSLATED: 1, MISSING: 2}
    result = []
    for locale in sorted(locales.values(), key=lambda loc: (loc.pk == default.pk, loc.pk)):
        if locale.pk == default.pk and not items.get(locale.pk):
            continue
        work = LanguageWork(
            language=locale.language_code,
            name=names.get(locale.language_code, locale.language_code),
            items=sorted(items.get(locale.pk, []), key=lambda i: (order[i.state], i.kind, i.title)),
        )
        result.append(work)
    return result


def _submit_url(instance, language: str | None = None) -> str:
    """wagtail-localize's "Translate" view of the source object, with the language
    ticked and a way back to the dashboard."""
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[instance._meta.app_label, instance._meta.model_name, instance.pk],
        )
    if language is None:
        return url
    return f"{url}?{urlencode({'select_locale': language, 'next': reverse('wagtailadmin_home')})}"


def may_translate(user) -> bool:
    """Who sees the work: those wagtail-localize lets submit translations (Editors and
    Moderators have the permission from its migrations)."""
    return user.has_perm("wagtail_localize.submit_translation")


def translation_actions(instance, user, next_url: str | None = None) -> list[tuple[str, str]]:
    """``[(label, url)]`` of what an editor can do for the translations of ``instance``
    from its edit view: translate it into the languages it lacks, and sync the
    translations it has (wagtail-localize's own views)."""
    if not may_translate(user) or getattr(instance, "pk", None) is None:
        return []
    actions = []
    translated = instance.get_translations(inclusive=True)
    if isinstance(instance, Page):
        translated = translated.filter(alias_of__isnull=True)
    if Locale.objects.exclude(pk__in=translated.values("locale_id")).exists():
        actions.append((str(_("Translate")), _submit_url(instance)))
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is not None and source.translations.filter(enabled=True).exists():
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        if next_url:
            url += "?" + urlencode({"next": next_url})
        actions.append((str(_("Sync translations")), url))
    return actions

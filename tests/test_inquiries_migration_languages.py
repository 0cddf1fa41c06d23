"""Migration ``inquiries.0014_matching_profiles`` turns the free-text languages into rows
without losing a word, and can be reversed.

The test database is migrated back to before it (``inquiries.0013``), where languages
were one line of text; registrations are given the texts people wrote, the database is
migrated forward, and each registration's rows and kept text are compared; then back
again, where the text is what there was (and, for a registration made with rows, the
rows written as text). The database is migrated forward and the test's rows deleted
whatever happens, so the tests after it see the usual database.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale

from inquiries.models import ParticipantRegistration
from tests.support.factories import ParticipantRegistrationFactory

BEFORE = [("inquiries", "0013_outbox_digests_and_cancel")]

# What people wrote, and the rows matching can use at once (Japanese is left out: the
# Japanese question holds it).
WRITTEN = {
    "Nepali (native), English (business), 日本語（日常会話）": [
        {"language": "ne", "level": "native"},
        {"language": "en", "level": "fluent"},
    ],
    "ベトナム語（ネイティブ）、英語（少し）": [
        {"language": "vi", "level": "native"},
        {"language": "en", "level": "basic"},
    ],
    "नेपाली (मातृभाषा), हिन्दी (धाराप्रवाह)": [
        {"language": "ne", "level": "native"},
        {"language": "hi", "level": "fluent"},
    ],
    # a language without a level, or no language named: left to the coordinator
    "Tagalog, some Spanish": [],
    "I speak several": [],
}


def migrate(targets=None) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor


def test_free_text_languages_become_rows_and_the_text_is_kept(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ours: list[int] = []
        # A transactional test earlier on this worker may have emptied the tables.
        for code in ("ja", "en", "ne"):
            Locale.objects.get_or_create(language_code=code)
        try:
            written = [ParticipantRegistrationFactory(languages=[]) for _text in WRITTEN]
            made_with_rows = ParticipantRegistrationFactory(
                languages=[
                    {"language": "ne", "level": "native"},
                    {"language": "en", "level": "conversational"},
                ]
            )
            only_japanese = ParticipantRegistrationFactory(languages=[])
            ours = [record.pk for record in (*written, made_with_rows, only_japanese)]

            executor = migrate(BEFORE)
            Old = executor.loader.project_state(BEFORE).apps.get_model(
                "inquiries", "ParticipantRegistration"
            )
            # going back, a registration made with rows has them as text
            assert Old.objects.get(pk=made_with_rows.pk).languages == (
                "ne (native), en (conversational)"
            )
            assert Old.objects.get(pk=only_japanese.pk).languages == ""
            for record, text in zip(written, WRITTEN, strict=True):
                Old.objects.filter(pk=record.pk).update(languages=text)

            migrate()
            for record, (text, rows) in zip(written, WRITTEN.items(), strict=True):
                record.refresh_from_db()
                assert record.languages == rows, text
                assert record.languages_note == text  # kept for the coordinator
            made_with_rows.refresh_from_db()
            assert made_with_rows.languages == [
                {"language": "ne", "level": "native"},
                {"language": "en", "level": "conversational"},
            ]
            only_japanese.refresh_from_db()
            assert (only_japanese.languages, only_japanese.languages_note) == ([], "")
            # every other answer is untouched and the new questions have their defaults
            assert written[0].capacity == 1 and written[0].company_code == ""

            executor = migrate(BEFORE)
            Old = executor.loader.project_state(BEFORE).apps.get_model(
                "inquiries", "ParticipantRegistration"
            )
            back = dict(Old.objects.filter(pk__in=ours).values_list("pk", "languages"))
            assert [back[record.pk] for record in written] == list(WRITTEN)
        finally:
            migrate()
            ParticipantRegistration.objects.filter(pk__in=ours).delete()

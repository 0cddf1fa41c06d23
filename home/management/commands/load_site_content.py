from django.core.management.base import BaseCommand

from home.seed import load_site_content


class Command(BaseCommand):
    help = (
        "Builds the whole site (pages, FAQ, materials, settings) in Japanese, English "
        "and Nepali from home/content. Does nothing when the site is already loaded; "
        "--reset rebuilds it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the pages, snippets and content files first, then build again.",
        )

    def handle(self, *args, reset: bool = False, **options):
        report = load_site_content(reset=reset)
        if not report.created:
            self.stdout.write("The site content is already loaded; use --reset to rebuild it.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {report.pages} pages and {report.snippets} snippets in Japanese, "
                f"and {report.translations} translations into English and Nepali."
            )
        )

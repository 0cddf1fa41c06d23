import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from inquiries.privacy import disclosure, erase, held_on


class Command(BaseCommand):
    help = (
        "Handles an individual's request under APPI for one email address: "
        "'find' lists what is held, 'export' writes it to a JSON file (disclosure), "
        "'erase' deletes it everywhere (and redacts it in any text that names the person). "
        "Each leaves an audit entry without personal data."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["find", "export", "erase"])
        parser.add_argument("email")
        parser.add_argument("--output", help="The JSON file to write (export).")
        parser.add_argument("--yes", action="store_true", help="Erase without asking.")
        parser.add_argument(
            "--name",
            action="append",
            default=[],
            help="Another name the person goes by, to find in free text (repeatable).",
        )
        parser.add_argument(
            "--phone",
            action="append",
            default=[],
            help="Another phone number of the person, in any spelling (repeatable).",
        )

    def handle(self, *args, action: str, email: str, output=None, yes=False, **options):
        known = {"names": options["name"], "phones": options["phone"]}
        if action == "find":
            found = held_on(email, **known)
            for kind, records in found.items():
                self.stdout.write(f"{kind}: {len(records)}")
            if not found:
                self.stdout.write("Nothing is held on this address.")
        elif action == "export":
            if not output:
                raise CommandError("export needs --output FILE")
            data = disclosure(email, actor="privacy_request")
            Path(output).write_text(json.dumps(data, ensure_ascii=False, indent=2))
            Path(output).chmod(0o600)
            self.stdout.write(f"Wrote {sum(len(v) for v in data.values())} record(s) to {output}.")
        else:
            if not yes:
                raise CommandError("erase deletes for good: add --yes to confirm")
            counts = erase(email, actor="privacy_request", **known)
            self.stdout.write(
                "Erased: "
                + (", ".join(f"{k} {v}" for k, v in counts.items()) or "nothing was held")
            )

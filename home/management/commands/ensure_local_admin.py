import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Makes sure a local administrator exists. The first time, creates the user "
        "'admin' with a random password and prints it once; never a fixed password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options):
        user_model = get_user_model()
        if user_model.objects.filter(is_superuser=True, is_active=True).exists():
            self.stdout.write(
                "An administrator already exists. Sign in at /admin/ with that account "
                f"(forgotten the password? `python manage.py changepassword {username}`)."
            )
            return
        password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser(
            username=username,
            email="",
            password=password,
            first_name="Admin",
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created the administrator '{username}' with the password: {password}\n"
                "It is shown only this once: sign in at /admin/ and change it under Account."
            )
        )

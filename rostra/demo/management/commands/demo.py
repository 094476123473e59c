"""`rostra demo`: migrate, load the demo content, make sure an admin exists, then serve."""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand

from rostra.demo.admin_account import USERNAME, ensure_admin, password_path


class Command(BaseCommand):
    help = "Set up the database, load the demo site and serve it (with an admin account)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args, host: str, port: int, **options):
        verbosity = options.get("verbosity", 1)
        self.stdout.write("Migrating the database...")
        call_command("migrate", interactive=False, verbosity=max(0, verbosity - 1))
        self.stdout.write("Loading the demo content...")
        call_command("load_demo", verbosity=verbosity)
        password, created = ensure_admin()
        if password is None:
            shown = (
                f"(unchanged: the account existed before {password_path()} did; "
                f"set one with `rostra changepassword {USERNAME}`)"
            )
        else:
            shown = password
        if created:
            self.stdout.write(f"Created the admin account; its password is in {password_path()}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://{host}:{port}/admin/  user: {USERNAME}  password: {shown}"
            )
        )
        call_command("serve", host=host, port=port)

"""`rostra load_demo`: the demo site of the invented Meridian association. Safe to run again."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from rostra.demo import loader


class Command(BaseCommand):
    help = "Load the demo content (articles in four languages, photos, editors). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-renditions",
            action="store_true",
            help="Do not make the image renditions ahead (pages make them on first view).",
        )

    def handle(self, *args, no_renditions: bool = False, verbosity: int = 1, **options):
        started = time.monotonic()
        log = self.stdout.write if verbosity >= 2 else None
        report = loader.load(make_renditions=not no_renditions, log=log)
        seconds = time.monotonic() - started
        if verbosity >= 1:
            self.stdout.write(report.summary())
            self.stdout.write(f"Demo content loaded in {seconds:.1f} s.")

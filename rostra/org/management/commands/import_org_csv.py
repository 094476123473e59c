"""rostra import_org_csv people|memberships|partners FILE: all rows or none, with a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from rostra.org import actions, csvio


class Command(BaseCommand):
    help = (
        "Import people, memberships or partner organizations from a CSV file. Every row is "
        "checked first; if any row is wrong, nothing is written and each error is listed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=csvio.KINDS)
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--progress",
            choices=["auto", "always", "never"],
            default="auto",
            help="Show a progress bar (auto: on a terminal, for files of 200 rows or more).",
        )

    def handle(self, kind: str, file: Path, progress: str, **options) -> None:
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from error
        rows = max(data.rstrip(b"\n").count(b"\n"), 0)  # data rows: lines after the header
        show = progress == "always" or (progress == "auto" and rows >= 200 and sys.stderr.isatty())

        stages = iter(["checking", "writing"])

        def bar(iterable):
            # tqdm redraws with \r, so it writes to the raw stream, not the line wrapper.
            return tqdm(
                iterable,
                total=rows,
                desc=next(stages, "working"),
                unit="row",
                file=self.stderr._out,
                leave=False,
            )

        result = actions.do_import_csv(kind, data, acting_user=None, progress=bar if show else None)
        if not result.is_valid:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(result.errors)} row(s) need correcting; nothing was imported."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {kind}: {result.created} created, {result.updated} updated."
            )
        )

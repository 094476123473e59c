"""rostra import_org_csv people|memberships|partners FILE: all rows or none, with a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from rostra.org import actions, csvio, csvtext, csvwrite


class Command(BaseCommand):
    help = (
        "Import people, memberships or partner organizations from a CSV file. Every row is "
        "checked first; if any row is wrong, nothing is written and each error is listed. "
        "The encoding (UTF-8 with or without BOM, Windows-1251, Windows-1252, GB18030, UTF-16) "
        "and the separator (comma, semicolon, tab) are detected."
    )
    # The system checks import every URL configuration and view (about 25 MB): the server and
    # `rostra check` run them; a data command does not need them.
    requires_system_checks = ()

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=csvio.KINDS)
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--encoding",
            choices=list(csvtext.ENCODINGS),
            help="The file's encoding, when detection cannot tell (default: detect).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=csvwrite.BATCH_SIZE,
            help="Rows written per transaction (other writers wait for one batch at most).",
        )
        parser.add_argument(
            "--progress",
            choices=["auto", "always", "never"],
            default="auto",
            help="Show a progress bar (auto: on a terminal, for files of 200 rows or more).",
        )

    def handle(
        self, kind: str, file: Path, encoding: str | None, batch_size: int, progress: str, **opts
    ) -> None:
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from error
        bars: dict[str, tqdm] = {}

        def report(stage: str, done: int, total: int) -> None:
            if progress == "never" or (
                progress == "auto" and (total < 200 or not sys.stderr.isatty())
            ):
                return
            if stage not in bars:
                for bar in bars.values():
                    bar.close()
                # tqdm redraws with \r, so it writes to the raw stream, not the line wrapper.
                bars[stage] = tqdm(
                    total=total, desc=stage, unit="row", file=self.stderr._out, leave=False
                )
            bar = bars[stage]
            bar.update(done - bar.n)

        try:
            result = actions.do_import_csv(
                kind,
                data,
                acting_user=None,
                encoding=encoding,
                progress=report,
                batch_size=max(batch_size, 1),
            )
        finally:
            for bar in bars.values():
                bar.close()
        if not result.is_valid:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{result.bad_lines} row(s) need correcting; nothing was imported.")
        decoded = result.decoded
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {kind}: {result.created} created, {result.updated} updated. "
                f"Read as {decoded.encoding}, columns separated by {decoded.delimiter_label}."
            )
        )

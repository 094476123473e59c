"""rostra import_archive SOURCE --preset ucoz|wordpress|FILE.toml [--dry-run]"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from rostra.archive import presets
from rostra.archive.importer import ImportFailed, Options, do_import_archive
from rostra.archive.report import report_lines


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        old, sep, new = value.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise CommandError(f"{option} {value!r}: write OLD=NEW")
        pairs[old.strip()] = new.strip()
    return pairs


class Command(BaseCommand):
    help = (
        "Import an old site's news archive: a saved copy of a uCoz-style site (a folder) or a "
        "WordPress export (WXR file). Running it again updates what changed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", type=Path, help="The saved copy's folder or the WXR file.")
        parser.add_argument(
            "--preset", required=True, help="ucoz, wordpress, or a preset file (.toml)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check everything, write nothing."
        )
        parser.add_argument(
            "--language", default="en", help="Language of entries that do not say theirs."
        )
        parser.add_argument("--encoding", default="", help="Read every page in this encoding.")
        parser.add_argument("--uploads", type=Path, help="WordPress: the local uploads folder.")
        parser.add_argument(
            "--author",
            action="append",
            default=[],
            metavar="OLD=USER",
            help="Map an old “Added by” name to a Rostra user name (repeatable).",
        )
        parser.add_argument(
            "--category",
            action="append",
            default=[],
            metavar="OLD=SLUG",
            help="Map an old category to an existing category's slug (repeatable).",
        )

    def handle(self, source: Path, preset: str, dry_run: bool, **options) -> None:
        try:
            chosen = presets.load(preset)
        except presets.PresetError as error:
            raise CommandError(
                f"unknown preset {error}: use ucoz, wordpress or a preset file (.toml)"
            ) from error
        settings = Options(
            language=options["language"],
            encoding=options["encoding"],
            uploads=options["uploads"],
            authors=_pairs(options["author"], "--author"),
            categories=_pairs(options["category"], "--category"),
            dry_run=dry_run,
        )
        tty = sys.stderr.isatty()
        step = {"next": 0}

        def progress(done: int, total: int) -> None:
            if tty:
                self.stderr._out.write(f"\r{done}/{total} entries")
            elif done >= step["next"] or done == total:
                self.stderr.write(f"{done}/{total} entries")
                step["next"] = done + max(total // 20, 1)

        try:
            report = do_import_archive(source, chosen, settings, progress, freeze=True)
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        if tty:
            self.stderr._out.write("\n")
        for line in report_lines(report):
            self.stdout.write(line)
        if report.failed:
            self.stderr.write(f"{len(report.failed)} entries could not be imported.")

"""rostra export_org_csv people|memberships|partners [-o FILE]: the columns the import reads.

UTF-8 with a BOM (as the admin's export), so spreadsheet programs read the names right."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from rostra.org import csvimport, csvio


class Command(BaseCommand):
    help = "Export people, memberships or partner organizations as CSV (to stdout or a file)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=csvio.KINDS)
        parser.add_argument("-o", "--output", help="File to write (default: standard output).")

    def handle(self, kind: str, output: str | None, **options) -> None:
        objects = csvio.export_queryset(kind, csvimport.SystemUser())
        if output:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                stream.write(csvio.BOM)
                count = csvio.write_csv(kind, objects, stream)
            self.stderr.write(f"Wrote {count} {kind} to {output}.")
        else:
            # Rows end with \r\n, so the wrapper adds no line endings of its own.
            self.stdout.write(csvio.BOM, ending="")
            csvio.write_csv(kind, objects, self.stdout)

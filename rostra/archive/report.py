"""The final report of an import, as lines for the command (the admin shows the same)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rostra.archive.importer import Report


def summary(report: Report) -> str:
    text = _(
        "Imported: %(imported)d, updated: %(updated)d, unchanged: %(unchanged)d, "
        "skipped: %(skipped)d, failed: %(failed)d."
    ) % {
        "imported": report.imported,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": len(report.skipped),
        "failed": len(report.failed),
    }
    if report.dry_run:
        text = _("Dry run, nothing was written.") + " " + text
    return text


def report_lines(report: Report) -> list[str]:
    lines = [summary(report)]
    if report.failed:
        lines.append(
            ngettext(
                "%(n)d entry could not be imported:",
                "%(n)d entries could not be imported:",
                len(report.failed),
            )
            % {"n": len(report.failed)}
        )
        lines += [f"  {f.key}: {f.reason}" for f in report.failed]
    if report.skipped:
        lines.append(_("Skipped:"))
        lines += [f"  {f.key}: {f.reason}" for f in report.skipped]
    if report.notes:
        lines.append(_("Imported with notes:"))
        lines += [f"  {f.key}: {f.reason}" for f in report.notes]
    return lines

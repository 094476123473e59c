"""Starting an import from the admin: the run is recorded, then done by a background task."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction

from rostra.archive import permissions
from rostra.archive.models import ImportRun


@transaction.atomic
def do_start_import(user, *, source: str, preset: str, dry_run: bool, options: dict) -> ImportRun:
    if not permissions.can_import(user):
        raise PermissionDenied
    run = ImportRun.objects.create(
        source=source, preset=preset, dry_run=dry_run, options=options, started_by=user
    )
    transaction.on_commit(lambda: _enqueue(run.pk))
    return run


def _enqueue(run_id: int) -> None:
    from rostra.archive.tasks import run_archive_import

    run_archive_import.enqueue(run_id)

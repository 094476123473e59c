"""Starting an import from the admin: the run is recorded, then done by a background task."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction

from rostra.archive import permissions, uploads
from rostra.archive.models import ImportRun

EXPORT_NAME = "export.xml"
SITE_ZIP_NAME = "site.zip"
UPLOADS_ZIP_NAME = "uploads.zip"


@transaction.atomic
def do_start_import(
    user,
    *,
    source: str = "",
    preset: str,
    dry_run: bool,
    options: dict,
    archive=None,
    uploads_archive=None,
) -> ImportRun:
    """Record the run and queue it. `source` is a place on the server; or `archive` (a .zip of
    a saved site, or a WordPress export) and `uploads_archive` (a .zip of WordPress uploads)
    are uploaded files, already checked by the form: they are kept in a folder of their own
    until the run is over."""
    if not permissions.can_import(user):
        raise PermissionDenied
    options = dict(options)
    if archive is not None:
        folder = uploads.new_folder()
        kept = SITE_ZIP_NAME if archive.name.lower().endswith(".zip") else EXPORT_NAME
        uploads.store(archive, folder, kept)
        options["folder"] = str(folder)
        options["archive"] = kept
        if uploads_archive is not None:
            uploads.store(uploads_archive, folder, UPLOADS_ZIP_NAME)
            options["uploads_archive"] = UPLOADS_ZIP_NAME
        source = archive.name
    run = ImportRun.objects.create(
        source=source[:1000], preset=preset, dry_run=dry_run, options=options, started_by=user
    )
    transaction.on_commit(lambda: _start(run.pk))
    return run


def _start(run_id: int) -> None:
    from rostra.archive.tasks import start

    start(run_id)

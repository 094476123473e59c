"""An import started from the admin, run in the background. Progress is written to the run as
it goes, so the admin page can show it.

With the "database" tasks backend it is a django-tasks task that `rostra db_worker` runs. The
"immediate" backend (the embedded default) would run it inside the request that starts it, so
the page would hang until the end and show no progress; there it runs in a thread of the server
instead, as the CSV import does (ARCHIVE_IMPORT_IN_THREAD, by default ORG_IMPORT_IN_THREAD).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, connection
from django.utils import translation
from django_tasks import task

from rostra.archive import presets, uploads
from rostra.archive.importer import ImportFailed, Options, do_import_archive
from rostra.archive.models import ImportRun

log = logging.getLogger("rostra.archive")


@task()
def run_archive_import(run_id: int) -> None:
    run(run_id)


def run(run_id: int) -> None:
    imported = ImportRun.objects.get(pk=run_id)
    if imported.status != ImportRun.Status.QUEUED:
        return  # already run (a task delivered twice)
    options = dict(imported.options)
    # The report's reasons are read by whoever started the run: in their language.
    with translation.override(options.pop("ui_language", None) or settings.LANGUAGE_CODE):
        folder = options.pop("folder", "")
        try:
            _run(imported, options, Path(folder) if folder else None)
        finally:
            if folder:
                uploads.remove(Path(folder))  # the uploads are read: they are not kept


def _fail(run_id: int, error: str) -> None:
    ImportRun.objects.filter(pk=run_id).update(status=ImportRun.Status.FAILED, error=error)


def _run(imported: ImportRun, options: dict, folder: Path | None) -> None:
    run_id = imported.pk
    ImportRun.objects.filter(pk=run_id).update(status=ImportRun.Status.RUNNING)
    archive = options.pop("archive", "")
    uploads_archive = options.pop("uploads_archive", "")
    uploads_folder = options.pop("uploads", "")
    source = Path(imported.source)
    try:
        preset = presets.load(imported.preset)
        if folder is not None:
            if preset.kind == "html":
                source = uploads.content_root(uploads.unpack(folder / archive, folder / "site"))
            else:
                source = folder / archive
            if uploads_archive:
                unpacked = uploads.unpack(folder / uploads_archive, folder / "uploads")
                uploads_folder = str(uploads.uploads_root(unpacked))
    except (uploads.UploadError, presets.PresetError) as error:
        _fail(run_id, str(error))
        return
    chosen = Options(
        **options,
        uploads=Path(uploads_folder) if uploads_folder else None,
        dry_run=imported.dry_run,
    )
    step = {"next": 0}

    def progress(done: int, total: int) -> None:
        if done >= step["next"] or done == total:
            ImportRun.objects.filter(pk=run_id).update(done=done, total=total)
            step["next"] = done + max(total // 100, 1)

    try:
        report = do_import_archive(source, preset, chosen, progress)
    except ImportFailed as error:
        _fail(run_id, str(error))
        return
    except Exception as error:
        log.exception("archive import %s", run_id)
        _fail(run_id, f"{type(error).__name__}: {error}")
        return
    ImportRun.objects.filter(pk=run_id).update(
        status=ImportRun.Status.DONE,
        report=report.as_dict(),
        done=report.total,
        total=report.total,
    )


def _in_thread(run_id: int) -> None:
    close_old_connections()
    try:
        run(run_id)
    except Exception:
        log.exception("archive import %s", run_id)
    finally:
        connection.close()


def start(run_id: int) -> None:
    """Start the run (after the transaction that recorded it has committed)."""
    if settings.ARCHIVE_IMPORT_IN_THREAD:
        threading.Thread(
            target=_in_thread, args=(run_id,), name=f"archive-import-{run_id}", daemon=True
        ).start()
    else:
        run_archive_import.enqueue(run_id)

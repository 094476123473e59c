"""An import started from the admin, run by django-tasks (in the request with the embedded
default, by `rostra db_worker` with TASKS_BACKEND=database). Progress is written to the run
as it goes, so the admin page can show it."""

from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django_tasks import task

from rostra.archive import presets
from rostra.archive.importer import ImportFailed, Options, do_import_archive
from rostra.archive.models import ImportRun

log = logging.getLogger("rostra.archive")


@task()
def run_archive_import(run_id: int) -> None:
    run = ImportRun.objects.get(pk=run_id)
    options = dict(run.options)
    # The report's reasons are read by whoever started the run: in their language.
    with translation.override(options.pop("ui_language", None) or settings.LANGUAGE_CODE):
        _run(run, options)


def _run(run: ImportRun, options: dict) -> None:
    run_id = run.pk
    ImportRun.objects.filter(pk=run_id).update(status=ImportRun.Status.RUNNING)
    uploads = options.pop("uploads", "")
    chosen = Options(**options, uploads=Path(uploads) if uploads else None, dry_run=run.dry_run)
    step = {"next": 0}

    def progress(done: int, total: int) -> None:
        if done >= step["next"] or done == total:
            ImportRun.objects.filter(pk=run_id).update(done=done, total=total)
            step["next"] = done + max(total // 100, 1)

    try:
        report = do_import_archive(Path(run.source), presets.load(run.preset), chosen, progress)
    except (ImportFailed, presets.PresetError) as error:
        ImportRun.objects.filter(pk=run_id).update(status=ImportRun.Status.FAILED, error=str(error))
        return
    except Exception as error:
        log.exception("archive import %s", run_id)
        ImportRun.objects.filter(pk=run_id).update(
            status=ImportRun.Status.FAILED, error=f"{type(error).__name__}: {error}"
        )
        return
    ImportRun.objects.filter(pk=run_id).update(
        status=ImportRun.Status.DONE,
        report=report.as_dict(),
        done=report.total,
        total=report.total,
    )

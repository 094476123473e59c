"""Running an admin CSV import in the background, with its progress stored on the job.

With the "database" tasks backend the import is a django-tasks task that `rostra db_worker`
(started by `rostra serve`) runs. The "immediate" backend (the embedded default) would run
it inside the request that confirms the upload, so the page would hang until the end and show
no progress; there it runs in a thread of the server instead (ORG_IMPORT_IN_THREAD). A thread
dies with the server: the job page then says the import was interrupted (ImportJob.is_stale).
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection
from django_tasks import task

from rostra.org import csvimport
from rostra.org.models import ImportJob, ImportStatus

log = logging.getLogger(__name__)
REPORT_EVERY = 0.5  # seconds between two progress writes to the job


def run(job_id: int) -> str:
    """Check and write the job's file; store progress, counts and every bad row on the job."""
    job = ImportJob.objects.select_related("user").get(pk=job_id)
    if job.status != ImportStatus.QUEUED:
        return job.status  # already run (a task delivered twice)
    last = [0.0, ""]  # when, and at which stage, progress was last stored

    def progress(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] < REPORT_EVERY and done != total and stage == last[1]:
            return
        last[:] = [now, stage]
        ImportJob.objects.filter(pk=job_id).update(
            status=ImportStatus.CHECKING if stage == "checking" else ImportStatus.WRITING,
            done_rows=done,
            total_rows=total,
        )

    try:
        result = csvimport.import_file(
            job.kind,
            bytes(job.data),
            acting_user=job.user,
            encoding=job.encoding or None,
            progress=progress,
        )
    except Exception:
        log.exception("CSV import %s failed", job_id)
        from django.utils.translation import gettext as _

        ImportJob.objects.filter(pk=job_id).update(
            status=ImportStatus.FAILED,
            errors=[[0, "", _("The import stopped on an unexpected error; see the server log.")]],
        )
        return ImportStatus.FAILED
    status = ImportStatus.DONE if result.is_valid else ImportStatus.FAILED
    ImportJob.objects.filter(pk=job_id).update(
        data=b"",  # the result page needs only the counts and errors; the file may be 10 MB
        status=status,
        done_rows=result.rows,
        total_rows=result.rows,
        created_rows=result.created,
        updated_rows=result.updated,
        errors=[[e.line, e.column, e.message] for e in result.errors],
    )
    return status


@task()
def import_csv(job_id: int) -> str:
    return run(job_id)


def _in_thread(job_id: int) -> None:
    close_old_connections()
    try:
        run(job_id)
    finally:
        connection.close()


def start(job: ImportJob) -> None:
    """Start the job's import (after the transaction that queued it has committed)."""
    if settings.ORG_IMPORT_IN_THREAD:
        threading.Thread(
            target=_in_thread, args=(job.pk,), name=f"csv-import-{job.pk}", daemon=True
        ).start()
    else:
        import_csv.enqueue(job.pk)

"""The admin's "Import an archive" screen: the command's options in a form, then the run's
progress and report."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from rostra.archive import actions, permissions
from rostra.archive.forms import ImportForm
from rostra.archive.importer import Report
from rostra.archive.models import ImportRun
from rostra.archive.report import summary


def _require(request: HttpRequest) -> None:
    if not permissions.can_import(request.user):
        raise PermissionDenied


def start(request: HttpRequest) -> HttpResponse:
    _require(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        run = actions.do_start_import(
            request.user,
            source=data["source"],
            archive=data["archive"] or None,
            uploads_archive=data["uploads_archive"] or None,
            preset=data["preset"],
            dry_run=data["dry_run"],
            options={
                "language": data["language"],
                "encoding": data["encoding"],
                "uploads": data["uploads"],
                "authors": data["authors"],
                "categories": data["categories"],
                "ui_language": translation.get_language(),
            },
        )
        return redirect("archive_import_run", run.pk)
    return TemplateResponse(
        request,
        "archive/admin/import.html",
        {
            "page_title": _("Import an archive"),
            "form": form,
            "runs": ImportRun.objects.all()[:10],
        },
    )


def run_detail(request: HttpRequest, run_id: int) -> HttpResponse:
    _require(request)
    run = get_object_or_404(ImportRun, pk=run_id)
    report = Report.from_dict(run.report) if run.report else None
    return TemplateResponse(
        request,
        "archive/admin/run.html",
        {
            "page_title": _("Archive import"),
            "run": run,
            "report": report,
            "summary": summary(report) if report else "",
            "working": run.status in (ImportRun.Status.QUEUED, ImportRun.Status.RUNNING),
        },
    )

"""Admin pages for CSV import and export (people, memberships, partner organizations)."""

from __future__ import annotations

import itertools

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rostra.org import actions, csvio, csvtext, permissions
from rostra.org.models import ImportJob, ImportStatus

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

KIND_LABELS = {
    "people": gettext_lazy("People"),
    "memberships": gettext_lazy("Memberships"),
    "partners": gettext_lazy("Partner organizations"),
}


ENCODING_CHOICES = [("", gettext_lazy("Detect")), *csvtext.ENCODINGS.items()]
PREVIEW_ROWS = 10


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What the file holds"), choices=[])
    file = forms.FileField(label=gettext_lazy("CSV file (first line: column names)"))
    encoding = forms.ChoiceField(
        label=gettext_lazy("Encoding"),
        choices=ENCODING_CHOICES,
        required=False,
        help_text=gettext_lazy("Leave “Detect” unless the preview shows the names garbled."),
    )

    def __init__(self, *args, kinds: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(k, KIND_LABELS[k]) for k in kinds]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class EncodingForm(forms.Form):
    encoding = forms.ChoiceField(label=gettext_lazy("Encoding"), choices=ENCODING_CHOICES)


def _kinds(user) -> list[str]:
    if permissions.managed_unit_ids(user) == set():
        return []
    kinds = ["people", "memberships"]
    if permissions.can_administer(user):
        kinds.append("partners")
    return kinds


def csv_index(request: HttpRequest) -> HttpResponse:
    """Export links and the upload form; an upload goes to its preview (nothing written yet)."""
    kinds = _kinds(request.user)
    if not kinds:
        raise PermissionDenied
    form = ImportForm(kinds=kinds)
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, kinds=kinds)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            job = actions.do_upload_csv(
                form.cleaned_data["kind"],
                upload.read(),
                file_name=upload.name,
                encoding=form.cleaned_data["encoding"],
                acting_user=request.user,
            )
            return redirect("org_csv:job", pk=job.pk)
    recent = ImportJob.objects.filter(user=request.user).exclude(status=ImportStatus.PREVIEW)
    context = {
        "form": form,
        "exports": [(k, KIND_LABELS[k]) for k in kinds],
        "columns": {KIND_LABELS[k]: csvio.COLUMNS[k] for k in kinds},
        "recent": recent.order_by("-created_at")[:5],
        "page_title": _("CSV import and export"),
    }
    return TemplateResponse(request, "org/admin/csv.html", context)


def _job(request: HttpRequest, pk: int) -> ImportJob:
    # Another user's job is as absent as one that never was: its preview shows personal data.
    return get_object_or_404(ImportJob.objects.defer("data"), pk=pk, user=request.user)


def _preview(job: ImportJob) -> dict:
    parsed = csvio.open_file(job.kind, bytes(job.data), job.encoding or None)
    rows = []
    if parsed.is_valid:
        for _line, row in itertools.islice(csvio.rows(parsed), PREVIEW_ROWS):
            rows.append([row.get(name, "") for name in parsed.header])
    return {"parsed": parsed, "rows": rows}


def csv_job(request: HttpRequest, pk: int) -> HttpResponse:
    """One upload: its preview (confirm, or read it again in another encoding), then its
    progress, then its result with every bad row."""
    job = _job(request, pk)
    if request.method == "POST" and job.status == ImportStatus.PREVIEW:
        action = request.POST.get("action")
        if action == "discard":
            job.delete()
            messages.info(request, _("The file was discarded; nothing was imported."))
            return redirect("org_csv:index")
        if action == "encoding":
            encoding_form = EncodingForm(request.POST)
            if encoding_form.is_valid():
                actions.do_set_import_encoding(
                    job, encoding_form.cleaned_data["encoding"], acting_user=request.user
                )
        elif action == "confirm":
            actions.do_start_import(job, acting_user=request.user)
        return redirect("org_csv:job", pk=job.pk)
    context = {
        "job": job,
        "kind_label": KIND_LABELS.get(job.kind, job.kind),
        "page_title": _("CSV import: %(file)s") % {"file": job.file_name},
        "status_url": reverse("org_csv:job_status", args=[job.pk]),
    }
    if job.status == ImportStatus.PREVIEW:
        context.update(_preview(ImportJob.objects.get(pk=job.pk)))
        context["encoding_form"] = EncodingForm(initial={"encoding": job.encoding})
    return TemplateResponse(request, "org/admin/csv_job.html", context)


def csv_job_status(request: HttpRequest, pk: int) -> JsonResponse:
    """What the progress bar polls."""
    job = _job(request, pk)
    return JsonResponse(
        {
            "status": job.status,
            "label": job.get_status_display(),
            "done": job.done_rows,
            "total": job.total_rows,
            "text": _("%(done)s of %(total)s rows")
            % {"done": job.done_rows, "total": job.total_rows},
            "running": job.is_running and not job.is_stale,
        }
    )


def csv_export(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in _kinds(request.user):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{kind}-{stamp}.csv"'
    response.write(csvio.BOM)
    csvio.write_csv(kind, csvio.export_queryset(kind, request.user), response)
    return response

"""Admin pages for CSV import and export (people, memberships, partner organizations)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rostra.org import actions, csvio, permissions

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

KIND_LABELS = {
    "people": gettext_lazy("People"),
    "memberships": gettext_lazy("Memberships"),
    "partners": gettext_lazy("Partner organizations"),
}


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What the file holds"), choices=[])
    file = forms.FileField(label=gettext_lazy("CSV file (UTF-8, first line: column names)"))

    def __init__(self, *args, kinds: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [(k, KIND_LABELS[k]) for k in kinds]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


def _kinds(user) -> list[str]:
    if permissions.managed_unit_ids(user) == set():
        return []
    kinds = ["people", "memberships"]
    if permissions.can_administer(user):
        kinds.append("partners")
    return kinds


def csv_index(request: HttpRequest) -> HttpResponse:
    kinds = _kinds(request.user)
    if not kinds:
        raise PermissionDenied
    result = None
    form = ImportForm(kinds=kinds)
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, kinds=kinds)
        if form.is_valid():
            kind = form.cleaned_data["kind"]
            result = actions.do_import_csv(
                kind, form.cleaned_data["file"].read(), acting_user=request.user
            )
            if result.is_valid:
                messages.success(
                    request,
                    _("Imported %(created)s new and %(updated)s updated rows.")
                    % {"created": result.created, "updated": result.updated},
                )
                return redirect("org_csv:index")
    context = {
        "form": form,
        "result": result,
        "exports": [(k, KIND_LABELS[k]) for k in kinds],
        "columns": {KIND_LABELS[k]: csvio.COLUMNS[k] for k in kinds},
        "page_title": _("CSV import and export"),
    }
    return TemplateResponse(request, "org/admin/csv.html", context)


def csv_export(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in _kinds(request.user):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{kind}-{stamp}.csv"'
    response.write(csvio.BOM)
    csvio.write_csv(kind, csvio.export_queryset(kind, request.user), response)
    return response

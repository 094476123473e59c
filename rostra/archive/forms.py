from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from rostra.archive import presets
from rostra.archive.uploads import UploadError, check_export, check_size, check_zip


def _pairs(text: str, field: str) -> dict[str, str]:
    pairs = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        old, sep, new = line.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise forms.ValidationError(
                _("Line %(number)d: write the old name, “=”, then the new one.")
                % {"number": number}
            )
        pairs[old.strip()] = new.strip()
    return pairs


class ImportForm(forms.Form):
    archive = forms.FileField(
        label=_("Archive file"),
        required=False,
        help_text=_(
            "The saved copy of the site as a .zip of its folder, or the WordPress export file "
            "(.xml)."
        ),
    )
    source = forms.CharField(
        label=_("Or a source on the server"),
        required=False,
        max_length=1000,
        help_text=_(
            "For an archive too large to upload: the folder of the saved copy of the site, or "
            "the WordPress export file (.xml), on the server."
        ),
    )
    preset = forms.ChoiceField(
        label=_("Preset"),
        choices=[
            ("ucoz", _("uCoz-style saved copy of a site")),
            ("wordpress", _("WordPress export (WXR)")),
        ],
    )
    language = forms.ChoiceField(
        label=_("Language of entries that do not say theirs"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )
    encoding = forms.CharField(
        label=_("Encoding"),
        required=False,
        max_length=40,
        help_text=_("Leave empty to recognise it page by page (e.g. windows-1251)."),
    )
    uploads_archive = forms.FileField(
        label=_("WordPress uploads (.zip)"),
        required=False,
        help_text=_(
            "The export's photos: a .zip of the site's wp-content/uploads folder (photos are "
            "never fetched from the old site)."
        ),
    )
    uploads = forms.CharField(
        label=_("Or a WordPress uploads folder on the server"),
        required=False,
        max_length=1000,
        help_text=_("Leave empty for the “uploads” folder beside the export file."),
    )
    authors = forms.CharField(
        label=_("“Added by” names"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: old name = user name here. Others are kept as names."),
    )
    categories = forms.CharField(
        label=_("Categories"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One per line: old category = slug of a category here. Others are found by name "
            "or created."
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: check everything, write nothing"), required=False
    )

    def clean_archive(self):
        archive = self.cleaned_data.get("archive")
        if archive:
            try:
                check_size(archive)
            except UploadError as error:
                raise forms.ValidationError(str(error)) from None
        return archive

    def clean_uploads_archive(self):
        archive = self.cleaned_data.get("uploads_archive")
        if archive:
            try:
                check_size(archive)
                check_zip(archive, archive.name)
            except UploadError as error:
                raise forms.ValidationError(str(error)) from None
        return archive

    def clean_source(self) -> str:
        source = self.cleaned_data["source"].strip()
        if source and not Path(source).exists():
            raise forms.ValidationError(_("There is no such file or folder on the server."))
        return source

    def clean_uploads(self) -> str:
        uploads = self.cleaned_data["uploads"].strip()
        if uploads and not Path(uploads).is_dir():
            raise forms.ValidationError(_("There is no such folder on the server."))
        return uploads

    def clean_encoding(self) -> str:
        import codecs

        encoding = self.cleaned_data["encoding"].strip()
        if encoding:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise forms.ValidationError(_("Unknown encoding.")) from None
        return encoding

    def clean_authors(self) -> dict[str, str]:
        return _pairs(self.cleaned_data["authors"], "authors")

    def clean_categories(self) -> dict[str, str]:
        return _pairs(self.cleaned_data["categories"], "categories")

    def clean(self):
        data = super().clean()
        preset, source, archive = data.get("preset"), data.get("source"), data.get("archive")
        if "archive" in data and "source" in data and bool(archive) == bool(source):
            self.add_error(
                "archive",
                _("Upload the archive, or give its place on the server (one of the two).")
                if not archive
                else _("Upload the archive or give a place on the server, not both."),
            )
            return data
        if not preset:
            return data
        kind = presets.load(preset).kind
        if source:
            if kind == "html" and not Path(source).is_dir():
                self.add_error("source", _("A saved copy of a site is a folder."))
            elif kind == "wxr" and not Path(source).is_file():
                self.add_error("source", _("A WordPress export is a file."))
        if archive:
            try:
                if kind == "html":
                    check_zip(archive, archive.name)
                elif archive.name.lower().endswith(".zip"):
                    raise UploadError(
                        _(
                            "A WordPress export is uploaded as its .xml file; its photos go in "
                            "“WordPress uploads (.zip)”."
                        )
                    )
                else:
                    check_export(archive, archive.name)
            except UploadError as error:
                self.add_error("archive", str(error))
        if data.get("uploads_archive") and kind != "wxr":
            self.add_error(
                "uploads_archive", _("Only a WordPress export has an uploads folder apart.")
            )
        return data

"""Archives uploaded through the admin: checked as they arrive, so that what cannot be imported
gets a clear message on the form, then kept in the data folder until the run that reads them is
over.

A saved copy of a site comes as a .zip of its folder; a WordPress export as its .xml file, with
an optional .zip of its uploads folder. A zip is checked from its table of contents before
anything is unpacked (names that would land outside the folder, a total that would fill the
disk, names in an encoding that cannot be told), and unpacked again with the same checks,
counting what is really written (a zip can lie about its sizes).
"""

from __future__ import annotations

import codecs
import re
import shutil
import uuid
import zipfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# Defaults, each overridable in settings: an upload, what its zip holds unpacked, and how many
# files (a saved copy of a large site has tens of thousands of pages and photos).
FOLDER_NAME = "archive-uploads"
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_UTF8_BOM = codecs.BOM_UTF8


class UploadError(Exception):
    """An upload that cannot be imported; the message says why, for the form."""


def upload_max_bytes() -> int:
    return int(settings.ARCHIVE_UPLOAD_MAX_BYTES)


def unpacked_max_bytes() -> int:
    return int(settings.ARCHIVE_UNPACKED_MAX_BYTES)


def check_size(upload) -> None:
    limit = upload_max_bytes()
    if upload.size > limit:
        raise UploadError(
            _("%(name)s is larger than %(limit)s, the most an upload may be.")
            % {"name": upload.name, "limit": filesizeformat(limit)}
        )


def _member_name(info: zipfile.ZipInfo, archive: str) -> str:
    """The member's name as its maker wrote it. Zips made on Windows often store names in the
    system's code page without saying which: UTF-8 is tried, anything else is refused (a
    Russian name read as the zip format's default, cp437, would become an address nobody had)."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        return name.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        raise UploadError(
            _(
                "%(archive)s: the names of the files in it are in an unknown encoding (not "
                "UTF-8). Make the .zip again with a tool that writes UTF-8 names (7-Zip, or "
                "“zip” on Linux or macOS)."
            )
            % {"archive": archive}
        ) from None


def _safe_path(name: str, archive: str) -> PurePosixPath | None:
    """The member's path inside the folder it unpacks to; None for a folder entry. A name that
    would be written elsewhere (absolute, with "..", a drive letter) is refused: that is how a
    crafted zip overwrites files on the server ("zip slip")."""
    unified = name.replace("\\", "/")
    path = PurePosixPath(unified)
    if (
        "\x00" in name
        or path.is_absolute()
        or ".." in path.parts
        or (path.parts and ":" in path.parts[0])
    ):
        raise UploadError(
            _(
                "%(archive)s holds a file named “%(name)s”, which would be unpacked outside "
                "its folder. Such a .zip is refused; make it again from the saved folder."
            )
            % {"archive": archive, "name": name[:200]}
        )
    if unified.endswith("/") or not path.parts:
        return None
    return path


def _too_large(archive: str) -> UploadError:
    return UploadError(
        _("%(archive)s holds more than %(limit)s once unpacked, the most an import may use.")
        % {"archive": archive, "limit": filesizeformat(unpacked_max_bytes())}
    )


def _members(zipped: zipfile.ZipFile, archive: str) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    infos = zipped.infolist()
    if len(infos) > settings.ARCHIVE_MAX_MEMBERS:
        raise UploadError(
            _("%(archive)s holds more than %(count)d files, the most an import may read.")
            % {"archive": archive, "count": settings.ARCHIVE_MAX_MEMBERS}
        )
    members, total = [], 0
    for info in infos:
        path = _safe_path(_member_name(info, archive), archive)
        if path is None or info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise UploadError(
                _("%(archive)s is protected by a password; make it again without one.")
                % {"archive": archive}
            )
        total += info.file_size
        if total > unpacked_max_bytes():
            raise _too_large(archive)
        members.append((info, path))
    return members


def _open_zip(file, archive: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadError(
            _(
                "%(archive)s is not a .zip file (or it is damaged): upload the saved folder as "
                "a .zip."
            )
            % {"archive": archive}
        ) from None


def check_zip(file, archive: str) -> int:
    """Raises UploadError for a zip that cannot be imported; returns how many files it holds."""
    with _open_zip(file, archive) as zipped:
        members = _members(zipped, archive)
    if hasattr(file, "seek"):
        file.seek(0)
    if not members:
        raise UploadError(_("%(archive)s is empty.") % {"archive": archive})
    return len(members)


def unpack(file: Path, target: Path) -> Path:
    """Unpack the zip into target (checked again as it is written); returns target."""
    archive = file.name
    target.mkdir(parents=True, exist_ok=True)
    written, limit = 0, unpacked_max_bytes()
    with _open_zip(file, archive) as zipped:
        for info, path in _members(zipped, archive):
            destination = target.joinpath(*path.parts)
            if not destination.resolve().is_relative_to(target.resolve()):
                # A link unpacked earlier cannot exist (none is made), but a name is checked
                # where it lands too.
                _safe_path("../" + info.filename, archive)
            destination.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(info) as source, destination.open("wb") as out:
                while chunk := source.read(1024 * 1024):
                    written += len(chunk)
                    if written > limit:
                        raise _too_large(archive)
                    out.write(chunk)
    return target


def uploads_root(folder: Path) -> Path:
    """Where a zip of WordPress uploads put the year folders: its "uploads" folder (zipped as
    wp-content/uploads, or alone), else the folder itself."""
    for depth in range(3):
        found = sorted(folder.glob("/".join(["*"] * depth + ["uploads"])))
        found = [f for f in found if f.is_dir()]
        if found:
            return found[0]
    return folder


def content_root(folder: Path) -> Path:
    """Where a zip of a saved site put its pages: the folder itself, or the one folder it holds
    (zipping a folder names it after the site), leaving out what macOS adds to a zip."""
    while True:
        children = [c for c in folder.iterdir() if c.name not in ("__MACOSX", ".DS_Store")]
        if len(children) != 1 or not children[0].is_dir():
            return folder
        folder = children[0]


def check_export(file, name: str) -> None:
    """A WordPress export: XML, in an encoding Python knows (the one it declares, else UTF-8 as
    XML says), read through without a byte that does not belong to it."""
    head = file.read(4096)
    file.seek(0)
    if head.startswith(_UTF8_BOM):
        head = head[len(_UTF8_BOM) :]
    if not head.lstrip().startswith(b"<"):
        raise UploadError(
            _("%(name)s is not a WordPress export (an .xml file made by Tools → Export).")
            % {"name": name}
        )
    declared = _XML_DECLARATION.match(head)
    encoding = declared.group(1).decode("ascii", "replace") if declared else "utf-8"
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
    except LookupError:
        raise UploadError(
            _(
                "%(name)s says it is in the encoding “%(encoding)s”, which is unknown. Save "
                "the export again in UTF-8, or correct the encoding in its first line."
            )
            % {"name": name, "encoding": encoding[:40]}
        ) from None
    try:
        while chunk := file.read(1024 * 1024):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise UploadError(
            _(
                "%(name)s is not in the encoding it says (%(encoding)s): some of its text "
                "cannot be read. Save the export again in UTF-8."
            )
            % {"name": name, "encoding": encoding[:40]}
        ) from None
    finally:
        file.seek(0)


def new_folder() -> Path:
    """A private folder for one run's uploads, removed when the run is over."""
    folder = Path(settings.DATA_DIR) / FOLDER_NAME / uuid.uuid4().hex
    folder.mkdir(parents=True)
    return folder


def store(upload, folder: Path, name: str) -> Path:
    path = folder / name
    with path.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return path


def remove(folder: Path) -> None:
    """Remove a run's folder, only ever one under the uploads folder."""
    base = (Path(settings.DATA_DIR) / FOLDER_NAME).resolve()
    if folder.resolve().is_relative_to(base) and folder.resolve() != base:
        shutil.rmtree(folder, ignore_errors=True)

"""CSV export and import of people, memberships and partner organizations.

The columns of an export are the columns an import reads, so a file can go out to a chapter,
be edited in a spreadsheet and come back. Import is in two steps: `parse` checks every row
(nothing is written) and returns the rows ready to save or the errors, each with its line
number; `actions.do_import_csv` writes only a file with no errors, in one transaction.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from rostra.org import permissions
from rostra.org.i18n import field_names, suffix
from rostra.org.models import (
    Membership,
    MembershipType,
    PartnerKind,
    PartnerOrganization,
    Person,
    Unit,
)
from rostra.org.status import ManualStatus

KINDS = ("people", "memberships", "partners")

# Per-language columns (name_en, name_ru …) follow settings.LANGUAGES: a language added there
# is a column here, in export and import alike.
COLUMNS: dict[str, list[str]] = {
    "people": [
        "ref",
        "original_name",
        *field_names("name"),
        "home_unit",
        "email",
        "phone",
        "language",
        "public_profile",
    ],
    "memberships": [
        "person",
        "unit",
        "type",
        "start_date",
        "end_date",
        "manual_status",
        "note",
    ],
    "partners": [
        "slug",
        "kind",
        *field_names("name"),
        *field_names("country"),
        *field_names("city"),
        "website",
        "contact_email",
        "is_public",
    ],
}
REQUIRED: dict[str, set[str]] = {
    "people": {"ref", "original_name"},
    "memberships": {"person", "unit", "start_date"},
    "partners": {"slug", "kind", f"name_{suffix(settings.LANGUAGE_CODE)}"},
}

Progress = Callable[[Iterable], Iterable]


@dataclass
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return _("line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ParsedFile:
    kind: str
    instances: list[models.Model] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def is_valid(self) -> bool:
        return not self.errors


# --- Export --------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _row(kind: str, obj: models.Model) -> list[str]:
    if kind == "people":
        values = {"home_unit": obj.home_unit.slug if obj.home_unit_id else ""}
    elif kind == "memberships":
        values = {"person": obj.person.ref, "unit": obj.unit.slug}
    else:
        values = {}
    return [_cell(values[c] if c in values else getattr(obj, c)) for c in COLUMNS[kind]]


def export_queryset(kind: str, user: object) -> models.QuerySet:
    """What `user` may export of `kind`: the same scope as in the admin."""
    if kind == "people":
        return permissions.people_managed_by(user).select_related("home_unit").order_by("ref")
    if kind == "memberships":
        return (
            permissions.memberships_managed_by(user)
            .select_related("person", "unit")
            .order_by("person__ref", "start_date", "pk")
        )
    if kind == "partners":
        qs = PartnerOrganization.objects.order_by("slug")
        return qs if permissions.can_administer(user) else qs.none()
    raise ValueError(kind)


def write_csv(kind: str, objects: Iterable[models.Model], stream: io.TextIOBase) -> int:
    writer = csv.writer(stream)
    writer.writerow(COLUMNS[kind])
    count = 0
    for obj in objects:
        writer.writerow(_row(kind, obj))
        count += 1
    return count


# --- Import: reading the values ------------------------------------------------------------


class RowProblem(Exception):
    """One reason a row cannot be imported (raised while reading a cell)."""


def _bool(value: str, column: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"yes", "true", "1", "y", "ja", "да", "是"}:
        return True
    if lowered in {"", "no", "false", "0", "n", "nein", "нет", "否"}:
        return False
    raise RowProblem(
        _("%(column)s: “%(value)s” is not yes or no") % {"column": column, "value": value}
    )


def _date(value: str, column: str, required: bool = False) -> datetime.date | None:
    value = value.strip()
    if not value:
        if required:
            raise RowProblem(_("%(column)s is required") % {"column": column})
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise RowProblem(
        _("%(column)s: “%(value)s” is not a date (use YYYY-MM-DD)")
        % {"column": column, "value": value}
    )


def _choice(value: str, choices: type[models.TextChoices], column: str, blank: bool = False) -> str:
    value = value.strip().lower()
    if blank and value == "":
        return ""
    if value not in choices.values:
        allowed = ", ".join(v for v in choices.values if v)
        raise RowProblem(
            _("%(column)s: “%(value)s” is not one of %(allowed)s")
            % {"column": column, "value": value, "allowed": allowed}
        )
    return value


def _validation_message(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        parts = []
        for name, messages in error.message_dict.items():
            label = name if name != "__all__" else ""
            parts.append(f"{label}: {' '.join(messages)}" if label else " ".join(messages))
        return "; ".join(parts)
    return " ".join(error.messages)


# --- Import: one row of each kind ----------------------------------------------------------


class _Reader:
    """Turns rows into unsaved model instances, looking up related objects once per file."""

    def __init__(self, kind: str, user: object) -> None:
        self.kind = kind
        self.user = user
        self.units = {u.slug: u for u in Unit.objects.all()}
        self.managed = permissions.managed_unit_ids(user)
        self.languages = {code for code, _name in settings.LANGUAGES}
        self.people: dict[str, Person] = {}
        if kind == "memberships":
            self.people = {p.ref: p for p in Person.objects.all()}

    def _unit(self, slug: str, column: str) -> Unit:
        slug = slug.strip()
        if not slug:
            raise RowProblem(_("%(column)s is required") % {"column": column})
        unit = self.units.get(slug)
        if unit is None:
            raise RowProblem(_("unknown unit “%(slug)s”") % {"slug": slug})
        return unit

    def _allowed_unit(self, unit: Unit | None) -> None:
        if self.managed is not None and (unit is None or unit.pk not in self.managed):
            raise RowProblem(
                _("you may not manage the members of “%(unit)s”")
                % {"unit": unit.slug if unit else "—"}
            )

    def person(self, row: dict[str, str]) -> tuple[Person, bool]:
        ref = row["ref"].strip()
        existing = Person.objects.filter(ref=ref).first()
        if existing is not None and not permissions.can_manage_person(self.user, existing):
            raise RowProblem(_("you may not change the person “%(ref)s”") % {"ref": ref})
        person = existing or Person(ref=ref)
        home = row.get("home_unit", "").strip()
        person.home_unit = self._unit(home, "home_unit") if home else None
        if self.managed is not None:
            self._allowed_unit(person.home_unit)
        for name in ("original_name", *field_names("name")):
            if name in row:
                setattr(person, name, row[name].strip())
        for name in ("email", "phone"):
            if name in row:
                setattr(person, name, row[name].strip())
        language = row.get("language", "").strip().lower() or person.language
        if language not in self.languages:
            raise RowProblem(
                _("language: “%(value)s” is not a site language") % {"value": language}
            )
        person.language = language
        if "public_profile" in row:
            person.public_profile = _bool(row["public_profile"], "public_profile")
        return person, existing is None

    def membership(self, row: dict[str, str]) -> tuple[Membership, bool]:
        ref = row["person"].strip()
        person = self.people.get(ref)
        if person is None:
            raise RowProblem(_("unknown person “%(ref)s”") % {"ref": ref})
        unit = self._unit(row["unit"], "unit")
        self._allowed_unit(unit)
        start = _date(row["start_date"], "start_date", required=True)
        existing = Membership.objects.filter(person=person, unit=unit, start_date=start).first()
        membership = existing or Membership(person=person, unit=unit, start_date=start)
        membership.type = _choice(row.get("type", "") or "member", MembershipType, "type")
        membership.end_date = _date(row.get("end_date", ""), "end_date")
        membership.manual_status = _choice(
            row.get("manual_status", ""), ManualStatus, "manual_status", blank=True
        )
        membership.note = row.get("note", "").strip()
        return membership, existing is None

    def partner(self, row: dict[str, str]) -> tuple[PartnerOrganization, bool]:
        if not permissions.can_administer(self.user):
            raise RowProblem(_("only organization administrators may import partners"))
        slug = row["slug"].strip()
        existing = PartnerOrganization.objects.filter(slug=slug).first()
        partner = existing or PartnerOrganization(slug=slug)
        partner.kind = _choice(row["kind"], PartnerKind, "kind")
        for name in COLUMNS["partners"]:
            if name in row and name not in {"slug", "kind", "is_public"}:
                setattr(partner, name, row[name].strip())
        if "is_public" in row:
            partner.is_public = _bool(row["is_public"], "is_public")
        return partner, existing is None

    def key(self, instance: models.Model) -> tuple:
        if isinstance(instance, Membership):
            return (instance.person.ref, instance.unit.slug, instance.start_date)
        return (getattr(instance, "ref", None) or instance.slug,)


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RowProblem(_("the file is not UTF-8 text")) from error


def parse(
    kind: str, data: bytes | str, user: object, progress: Progress | None = None
) -> ParsedFile:
    """Check every row of a CSV file of `kind`; write nothing. Line 1 is the header."""
    result = ParsedFile(kind=kind)
    try:
        text = _decode(data)
    except RowProblem as problem:
        result.errors.append(RowError(1, str(problem)))
        return result
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = REQUIRED[kind] - set(header)
    unknown = set(header) - set(COLUMNS[kind])
    if missing or unknown:
        parts = []
        if missing:
            parts.append(_("missing columns: %(names)s") % {"names": ", ".join(sorted(missing))})
        if unknown:
            parts.append(_("unknown columns: %(names)s") % {"names": ", ".join(sorted(unknown))})
        result.errors.append(RowError(1, "; ".join(parts)))
        return result

    rows = reader if progress is None else progress(reader)
    read = _Reader(kind, user)
    make = {"people": read.person, "memberships": read.membership, "partners": read.partner}[kind]
    seen: dict[tuple, int] = {}
    for row in rows:
        line = reader.line_num
        row = {k: (v or "") for k, v in row.items() if k is not None}
        if not any(v.strip() for v in row.values()):
            continue  # a blank line, as spreadsheets leave at the end
        try:
            for name in REQUIRED[kind]:
                if not row.get(name, "").strip():
                    raise RowProblem(_("%(column)s is required") % {"column": name})
            instance, is_new = make(row)
            key = read.key(instance)
            if key in seen:
                raise RowProblem(_("repeats line %(line)s") % {"line": seen[key]})
            seen[key] = line
            # Field rules (lengths, e-mail syntax, uniqueness against the database).
            instance.full_clean(validate_unique=True)
        except RowProblem as problem:
            result.errors.append(RowError(line, str(problem)))
            continue
        except ValidationError as error:
            result.errors.append(RowError(line, _validation_message(error)))
            continue
        result.instances.append(instance)
        if is_new:
            result.created += 1
        else:
            result.updated += 1
    return result

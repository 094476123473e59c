"""CSV export and import of people, memberships and partner organizations.

The columns of an export are the columns an import reads, so a file can go out to a chapter,
be edited in a spreadsheet and come back. Import is in two passes over the file: `check` reads
every row with the related objects looked up once per file (reads only: no write lock, no query
per row) and returns the errors, each with its line and column; `csvwrite.write` then writes a
file with no errors in short transactions (see there for how it stays all-or-nothing).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from rostra.org import csvtext, permissions
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
# Columns of files exported before places were per language: a plain `country` or `city`
# holds the default language's value.
LEGACY_COLUMNS: dict[str, dict[str, str]] = {
    "partners": {
        "country": f"country_{suffix(settings.LANGUAGE_CODE)}",
        "city": f"city_{suffix(settings.LANGUAGE_CODE)}",
    },
}
REQUIRED: dict[str, set[str]] = {
    "people": {"ref", "original_name"},
    "memberships": {"person", "unit", "start_date"},
    "partners": {"slug", "kind", f"name_{suffix(settings.LANGUAGE_CODE)}"},
}

# (stage, rows done, rows in all): stage is "checking" or "writing".
Progress = Callable[[str, int, int], None]
PROGRESS_EVERY = 500  # rows between two progress reports


@dataclass
class RowError:
    line: int
    message: str
    column: str = ""

    def __str__(self) -> str:
        return _("line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ParsedFile:
    kind: str
    errors: list[RowError] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    rows: int = 0  # data rows (blank lines left out)
    decoded: csvtext.Decoded | None = None
    header: list[str] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def bad_lines(self) -> int:
        return len({e.line for e in self.errors})


# --- Export --------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return csvtext.neutralise(str(value))


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


BOM = "\ufeff"  # so spreadsheet programs read UTF-8 names correctly (admin and command line)


def write_csv(kind: str, objects: Iterable[models.Model], stream: io.TextIOBase) -> int:
    """Write the header and a row per object; cells that a spreadsheet would run as formulas
    are neutralised (`csvtext.neutralise`), and the import undoes that."""
    writer = csv.writer(stream)
    writer.writerow(COLUMNS[kind])
    count = 0
    for obj in objects.iterator(chunk_size=2000) if hasattr(objects, "iterator") else objects:
        writer.writerow(_row(kind, obj))
        count += 1
    return count


# --- Import: reading the values ------------------------------------------------------------


class RowProblem(Exception):
    """One reason a row cannot be imported (raised while reading a cell)."""

    def __init__(self, message: str, column: str = "") -> None:
        super().__init__(message)
        self.column = column


def _bool(value: str, column: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"yes", "true", "1", "y", "ja", "да", "是"}:
        return True
    if lowered in {"", "no", "false", "0", "n", "nein", "нет", "否"}:
        return False
    raise RowProblem(
        _("%(column)s: “%(value)s” is not yes or no") % {"column": column, "value": value}, column
    )


def _date(value: str, column: str, required: bool = False) -> datetime.date | None:
    value = value.strip()
    if not value:
        if required:
            raise RowProblem(_("%(column)s is required") % {"column": column}, column)
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            # A calendar date: only its date is kept, no time and so no zone.
            return datetime.datetime.strptime(value, fmt).date()  # noqa: DTZ007
        except ValueError:
            continue
    raise RowProblem(
        _("%(column)s: “%(value)s” is not a date (use YYYY-MM-DD)")
        % {"column": column, "value": value},
        column,
    )


def _choice(value: str, choices: type[models.TextChoices], column: str, blank: bool = False) -> str:
    value = value.strip().lower()
    if blank and value == "":
        return ""
    if value not in choices.values:
        allowed = ", ".join(v for v in choices.values if v)
        raise RowProblem(
            _("%(column)s: “%(value)s” is not one of %(allowed)s")
            % {"column": column, "value": value, "allowed": allowed},
            column,
        )
    return value


def _validation_errors(line: int, error: ValidationError) -> list[RowError]:
    if not hasattr(error, "message_dict"):
        return [RowError(line, " ".join(error.messages))]
    errors = []
    for name, messages in error.message_dict.items():
        column = "" if name == "__all__" else name.removesuffix("_id")
        text = " ".join(messages)
        errors.append(RowError(line, f"{column}: {text}" if column else text, column))
    return errors


# --- Import: one row of each kind ----------------------------------------------------------

# Foreign keys are looked up in the preloaded tables, not by `full_clean` (a query per row).
_RELATIONS = {"people": ["home_unit"], "memberships": ["person", "unit"], "partners": []}
_KEYS = {"people": "ref", "memberships": "start_date", "partners": "slug"}  # for "repeats line"


class _Reader:
    """Turns rows into unsaved model instances. Every lookup is preloaded once per file, so
    checking 50,000 rows makes a handful of queries, not one per row.

    Each maker returns (instance, pk of the existing record or None); the instance carries the
    file's values only, to be copied onto the existing record by `csvwrite`."""

    def __init__(self, kind: str, user: object, header: list[str]) -> None:
        self.kind = kind
        self.user = user
        self.header = set(header)
        self.units = {u.slug: u for u in Unit.objects.all()}
        self.managed = permissions.managed_unit_ids(user)
        self.languages = {code for code, _name in settings.LANGUAGES}
        self.administers = permissions.can_administer(user)
        self.people: dict[str, tuple[int, int | None, str]] = {}
        self.memberships: dict[tuple[int, int, datetime.date], int] = {}
        self.partners: dict[str, int] = {}
        if kind == "people":
            rows = Person.objects.values_list("ref", "pk", "home_unit_id", "language")
            self.people = {ref: (pk, unit, lang) for ref, pk, unit, lang in rows.iterator()}
        elif kind == "memberships":
            rows = Person.objects.values_list("ref", "pk", "home_unit_id", "language")
            self.people = {ref: (pk, unit, lang) for ref, pk, unit, lang in rows.iterator()}
            keys = Membership.objects.values_list("person_id", "unit_id", "start_date", "pk")
            self.memberships = {(p, u, s): pk for p, u, s, pk in keys.iterator()}
        else:
            self.partners = dict(PartnerOrganization.objects.values_list("slug", "pk"))
        self.make = {"people": self.person, "memberships": self.membership}.get(kind, self.partner)

    def fields(self) -> list[str]:
        """The model fields an update copies from the file (the columns it has)."""
        if self.kind == "people":
            names = [c for c in COLUMNS["people"] if c in self.header and c != "ref"]
            names = ["home_unit_id" if c == "home_unit" else c for c in names]
            return names if "language" in names else [*names, "language"]
        if self.kind == "memberships":
            return ["type", "end_date", "manual_status", "note"]
        return [c for c in COLUMNS["partners"] if c in self.header and c != "slug"]

    def _unit(self, slug: str, column: str) -> Unit:
        slug = slug.strip()
        if not slug:
            raise RowProblem(_("%(column)s is required") % {"column": column}, column)
        unit = self.units.get(slug)
        if unit is None:
            raise RowProblem(_("unknown unit “%(slug)s”") % {"slug": slug}, column)
        return unit

    def _allowed_unit(self, unit: Unit | None, column: str) -> None:
        if self.managed is not None and (unit is None or unit.pk not in self.managed):
            raise RowProblem(
                _("you may not manage the members of “%(unit)s”")
                % {"unit": unit.slug if unit else "—"},
                column,
            )

    def person(self, row: dict[str, str]) -> tuple[Person, int | None]:
        ref = row["ref"].strip()
        found = self.people.get(ref)
        if found is not None and self.managed is not None and found[1] not in self.managed:
            raise RowProblem(_("you may not change the person “%(ref)s”") % {"ref": ref}, "ref")
        person = Person(ref=ref)
        if "home_unit" in row:
            home = row["home_unit"].strip()
            person.home_unit = self._unit(home, "home_unit") if home else None
        elif found is not None:
            person.home_unit_id = found[1]
        if self.managed is not None:
            self._allowed_unit(self.units_by_pk().get(person.home_unit_id), "home_unit")
        for name in ("original_name", *field_names("name")):
            if name in row:
                setattr(person, name, row[name].strip())
        for name in ("email", "phone"):
            if name in row:
                setattr(person, name, row[name].strip())
        language = row.get("language", "").strip().lower() or (
            found[2] if found else settings.LANGUAGE_CODE
        )
        if language not in self.languages:
            raise RowProblem(
                _("language: “%(value)s” is not a site language") % {"value": language},
                "language",
            )
        person.language = language
        if "public_profile" in row:
            person.public_profile = _bool(row["public_profile"], "public_profile")
        return person, found[0] if found else None

    def units_by_pk(self) -> dict[int, Unit]:
        if not hasattr(self, "_units_by_pk"):
            self._units_by_pk = {u.pk: u for u in self.units.values()}
        return self._units_by_pk

    def membership(self, row: dict[str, str]) -> tuple[Membership, int | None]:
        ref = row["person"].strip()
        found = self.people.get(ref)
        if found is None:
            raise RowProblem(_("unknown person “%(ref)s”") % {"ref": ref}, "person")
        unit = self._unit(row["unit"], "unit")
        self._allowed_unit(unit, "unit")
        start = _date(row["start_date"], "start_date", required=True)
        membership = Membership(person_id=found[0], unit=unit, start_date=start)
        membership.type = _choice(row.get("type", "") or "member", MembershipType, "type")
        membership.end_date = _date(row.get("end_date", ""), "end_date")
        membership.manual_status = _choice(
            row.get("manual_status", ""), ManualStatus, "manual_status", blank=True
        )
        membership.note = row.get("note", "").strip()
        return membership, self.memberships.get((found[0], unit.pk, start))

    def partner(self, row: dict[str, str]) -> tuple[PartnerOrganization, int | None]:
        if not self.administers:
            raise RowProblem(_("only organization administrators may import partners"))
        slug = row["slug"].strip()
        partner = PartnerOrganization(slug=slug)
        partner.kind = _choice(row["kind"], PartnerKind, "kind")
        for name in COLUMNS["partners"]:
            if name in row and name not in {"slug", "kind", "is_public"}:
                setattr(partner, name, row[name].strip())
        if "is_public" in row:
            partner.is_public = _bool(row["is_public"], "is_public")
        return partner, self.partners.get(slug)

    def key(self, instance: models.Model) -> tuple:
        if isinstance(instance, Membership):
            return (instance.person_id, instance.unit_id, instance.start_date)
        return (getattr(instance, "ref", None) or instance.slug,)


def _header(kind: str, decoded: csvtext.Decoded) -> tuple[list[str], RowError | None]:
    first = next(csvtext.reader(decoded), [])
    header = [h.strip() for h in first]
    legacy = LEGACY_COLUMNS.get(kind, {})
    both = sorted(f"{old}, {legacy[old]}" for old in header if legacy.get(old) in header)
    header = [legacy.get(h, h) for h in header]
    missing = REQUIRED[kind] - set(header)
    unknown = set(header) - set(COLUMNS[kind]) - {""}  # "": a trailing separator
    if not (missing or unknown or both):
        return header, None
    parts = []
    if both:
        parts.append(
            _("columns for the same values: %(names)s (keep one)") % {"names": "; ".join(both)}
        )
    if missing:
        parts.append(_("missing columns: %(names)s") % {"names": ", ".join(sorted(missing))})
    if unknown:
        parts.append(_("unknown columns: %(names)s") % {"names": ", ".join(sorted(unknown))})
    return header, RowError(1, "; ".join(parts))


def rows(parsed: ParsedFile) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) for each data row that is not blank; values with formula neutralising undone.
    `line` is the file's line where the row starts, as a spreadsheet numbers it."""
    if parsed.decoded is None:
        raise ValueError("rows() needs a file that check() could decode")
    reader = csvtext.reader(parsed.decoded)
    header = parsed.header
    next(reader, None)
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue  # a blank line, as spreadsheets leave at the end
        row = {
            name: csvtext.restore(cells[i]) if i < len(cells) else ""
            for i, name in enumerate(header)
            if name
        }
        yield start, row


def open_file(kind: str, data: bytes | str, encoding: str | None = None) -> ParsedFile:
    """Decode the file and read its header; errors on line 1 if that fails."""
    result = ParsedFile(kind=kind)
    try:
        result.decoded = csvtext.decode(data, COLUMNS[kind], encoding)
    except csvtext.FileProblem as problem:
        result.errors.append(RowError(1, str(problem)))
        return result
    result.header, error = _header(kind, result.decoded)
    if error is not None:
        result.errors.append(error)
        return result
    result.rows = sum(1 for _row in rows(result))
    return result


def check(
    kind: str,
    data: bytes | str,
    user: object,
    *,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> ParsedFile:
    """Check every row of a CSV file of `kind`; write nothing. Line 1 is the header."""
    result = open_file(kind, data, encoding)
    if not result.is_valid:
        return result
    read = _Reader(kind, user, result.header)
    # Only the file's columns are validated (the other fields keep their defaults or stored
    # values), and foreign keys were found in the preloaded tables: about half the work.
    checked = {name.removesuffix("_id") for name in read.fields()} | {"ref", "slug", "start_date"}
    model = {"people": Person, "memberships": Membership}.get(kind, PartnerOrganization)
    exclude = [
        f.name for f in model._meta.fields if f.name not in checked or f.name in _RELATIONS[kind]
    ]
    seen: dict[tuple, int] = {}
    for done, (line, row) in enumerate(rows(result), start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress("checking", done, result.rows)
        try:
            for name in REQUIRED[kind]:
                if not row.get(name, "").strip():
                    raise RowProblem(_("%(column)s is required") % {"column": name}, name)
            instance, existing = read.make(row)
            key = read.key(instance)
            if key in seen:
                raise RowProblem(_("repeats line %(line)s") % {"line": seen[key]}, _KEYS[kind])
            seen[key] = line
            # Field rules (lengths, e-mail syntax, dates); uniqueness is the `seen` and
            # preloaded tables above, so no query per row.
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except RowProblem as problem:
            result.errors.append(RowError(line, str(problem), problem.column))
            continue
        except ValidationError as error:
            result.errors.extend(_validation_errors(line, error))
            continue
        if existing is None:
            result.created += 1
        else:
            result.updated += 1
    if progress is not None:
        progress("checking", result.rows, result.rows)
    return result


parse = check  # the name the first version had

"""Writing a checked CSV file in short transactions, all or nothing.

One transaction for a whole file held SQLite's only write lock for minutes (50,000 people:
7 min), and every other write of the site failed with "database is locked" meanwhile. So the
rows are written in batches, each batch its own short transaction: another request waits for
one batch at most (SQLite's busy timeout, 20 s, is far longer than a batch) and PostgreSQL's
row locks are held as briefly.

All or nothing is kept by compensation rather than by one transaction: the writer keeps an
undo log (the keys of the rows it created, the old values of the rows it changed) and, when a
batch fails, deletes what it created and puts the old values back, in one transaction. We chose
this over a staging table because the rows land in their own tables with their own checks (no
second copy of every constraint), and over an "import batch" column because that would add a
column to three registry tables for a rare failure. What it costs, said plainly:
- while a file is being written, other pages can see the rows written so far;
- a record somebody else changed meanwhile is set back to its value before the import if the
  import fails and is undone (and a person the import created is deleted with whatever was
  attached to them meanwhile);
- if the process itself dies half-way (power cut, kill -9), there is nobody to undo: the rows
  written so far stay. The job page then shows the import as interrupted.

Before each batch, the writer looks again at the records it will touch: a record created or
deleted by somebody else since the check is a conflict, and the whole file is undone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import DatabaseError, models, transaction
from django.utils.translation import gettext as _

from rostra.core import nav
from rostra.org import csvio
from rostra.org.models import Membership, PartnerOrganization, Person

BATCH_SIZE = 1000
MODELS: dict[str, type[models.Model]] = {
    "people": Person,
    "memberships": Membership,
    "partners": PartnerOrganization,
}


class Conflict(Exception):
    """A row that the check found good cannot be written any more (the registry changed)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class UndoLog:
    model: type[models.Model]
    fields: list[str]
    created: list[int] = field(default_factory=list)
    previous: list[models.Model] = field(default_factory=list)  # changed rows' old values

    def undo(self) -> None:
        with transaction.atomic():
            for start in range(0, len(self.created), BATCH_SIZE):
                chunk = self.created[start : start + BATCH_SIZE]
                self.model.objects.filter(pk__in=chunk).delete()
            if self.previous:
                self.model.objects.bulk_update(self.previous, self.fields, batch_size=500)


def _current(kind: str, keys: list[tuple]) -> dict[tuple, models.Model]:
    """The records as they are now, for one batch (one query)."""
    if kind == "people":
        found = Person.objects.filter(ref__in=[k[0] for k in keys])
        return {(p.ref,): p for p in found}
    if kind == "partners":
        found = PartnerOrganization.objects.filter(slug__in=[k[0] for k in keys])
        return {(p.slug,): p for p in found}
    found = Membership.objects.filter(person_id__in={k[0] for k in keys})
    wanted = set(keys)
    return {key: m for m in found if (key := (m.person_id, m.unit_id, m.start_date)) in wanted}


def _write_batch(
    kind: str, batch: list[tuple[int, models.Model, int | None]], log: UndoLog, read
) -> None:
    current = _current(kind, [read.key(instance) for _line, instance, _pk in batch])
    new, changed, previous = [], [], []
    for line, instance, pk in batch:
        record = current.get(read.key(instance))
        if pk is None and record is not None:
            raise Conflict(line, _("this row was created by somebody else during the import"))
        if pk is not None and (record is None or record.pk != pk):
            raise Conflict(line, _("this row was deleted by somebody else during the import"))
        if record is None:
            new.append(instance)
            continue
        previous.append(
            log.model(pk=record.pk, **{name: getattr(record, name) for name in log.fields})
        )
        for name in log.fields:
            setattr(record, name, getattr(instance, name))
        changed.append(record)
    with transaction.atomic():
        created = log.model.objects.bulk_create(new)
        if changed:
            log.model.objects.bulk_update(changed, log.fields)
    # Logged only once committed: a batch that fails is rolled back by its own transaction.
    log.created.extend(obj.pk for obj in created)
    log.previous.extend(previous)


def write(
    parsed: csvio.ParsedFile,
    user: object,
    *,
    batch_size: int = BATCH_SIZE,
    progress: csvio.Progress | None = None,
) -> csvio.ParsedFile:
    """Write a file that `csvio.check` found good; on any failure nothing of it stays, and
    `parsed.errors` says why."""
    if not parsed.is_valid:
        raise ValueError("write() takes only a file that check() found good")
    read = csvio._Reader(parsed.kind, user, parsed.header)
    log = UndoLog(MODELS[parsed.kind], read.fields())
    batch: list[tuple[int, models.Model, int | None]] = []
    done = 0

    def flush() -> None:
        nonlocal done
        _write_batch(parsed.kind, batch, log, read)
        done += len(batch)
        batch.clear()
        if progress is not None:
            progress("writing", done, parsed.rows)

    line = 0
    try:
        for line, row in csvio.rows(parsed):
            try:
                instance, pk = read.make(row)
            except csvio.RowProblem as problem:
                raise Conflict(line, str(problem)) from problem
            batch.append((line, instance, pk))
            if len(batch) >= batch_size:
                flush()
        if batch:
            flush()
    except Conflict as conflict:
        _fail(parsed, log, conflict.line, str(conflict))
        return parsed
    except DatabaseError as error:
        first = batch[0][0] if batch else line
        _fail(parsed, log, first, _("the database refused the rows: %(error)s") % {"error": error})
        return parsed
    if parsed.kind == "partners":
        transaction.on_commit(nav.invalidate)
    return parsed


def _fail(parsed: csvio.ParsedFile, log: UndoLog, line: int, message: str) -> None:
    log.undo()
    parsed.errors.append(
        csvio.RowError(
            line,
            _("%(message)s; nothing of the file was kept (%(count)s rows were written and removed)")
            % {"message": message, "count": len(log.created) + len(log.previous)},
        )
    )
    parsed.created = parsed.updated = 0

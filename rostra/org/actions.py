"""Every change of state in the registry, each an atomic `do_*` function.

Each takes the acting user (None = the system: a management command or the demo loader) and
checks permissions.py before writing, so the admin, the CSV import and the commands all obey
the same rules.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from rostra.core import nav
from rostra.org import csvimport, csvio, csvjobs, csvwrite, permissions
from rostra.org.models import (
    CommemorativeDate,
    Consent,
    ConsentKind,
    Honour,
    ImportJob,
    ImportStatus,
    Membership,
    Observance,
    PartnerOrganization,
    Person,
    Position,
    PositionRole,
    Unit,
    upcoming,
)
from rostra.org.status import ManualStatus

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _may(acting_user: User | None, instance: models.Model) -> bool:
    return acting_user is None or permissions.can_manage(acting_user, instance)


@transaction.atomic
def do_save(instance: models.Model, *, acting_user: User | None) -> models.Model:
    """Create or update any registry object after checking that `acting_user` may."""
    _require(_may(acting_user, instance))
    if instance.pk is not None:
        # Moving a person or membership out of one's own units is a change to the old record too.
        previous = type(instance).objects.filter(pk=instance.pk).first()
        _require(previous is None or _may(acting_user, previous))
    instance.save()
    if isinstance(instance, Unit | Position | PartnerOrganization):
        transaction.on_commit(nav.invalidate)
    return instance


# --- People and consent --------------------------------------------------------------------


@transaction.atomic
def do_record_consent(
    person: Person, kind: str, *, acting_user: User | None, note: str = ""
) -> Consent:
    """Record an opt-in; an existing one of the same kind stays as it is."""
    _require(_may(acting_user, person))
    current = person.consents.filter(kind=kind, withdrawn_at__isnull=True).first()
    if current is not None:
        return current
    return Consent.objects.create(
        person=person,
        kind=kind,
        note=note,
        recorded_by=acting_user if getattr(acting_user, "pk", None) else None,
    )


@transaction.atomic
def do_withdraw_consent(person: Person, kind: str, *, acting_user: User | None) -> int:
    """Withdraw an opt-in; the record stays with its withdrawal time."""
    _require(_may(acting_user, person))
    withdrawn = person.consents.filter(kind=kind, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )
    if kind == ConsentKind.PUBLIC_PROFILE and person.public_profile:
        person.public_profile = False
        person.save(update_fields=["public_profile"])
    return withdrawn


# --- Memberships ---------------------------------------------------------------------------


@transaction.atomic
def do_add_membership(
    person: Person,
    unit: Unit,
    *,
    type: str,
    start_date: datetime.date,
    end_date: datetime.date | None = None,
    acting_user: User | None,
) -> Membership:
    membership = Membership(
        person=person, unit=unit, type=type, start_date=start_date, end_date=end_date
    )
    membership.full_clean()
    return do_save(membership, acting_user=acting_user)


@transaction.atomic
def do_renew_membership(
    membership: Membership, until: datetime.date | None, *, acting_user: User | None
) -> Membership:
    _require(_may(acting_user, membership))
    membership.end_date = until
    membership.full_clean()
    membership.save(update_fields=["end_date"])
    return membership


@transaction.atomic
def do_set_manual_status(
    membership: Membership,
    manual_status: str,
    *,
    acting_user: User | None,
    since: datetime.date | None = None,
) -> Membership:
    """Suspend, mark as left, or clear ("") to let the dates decide again."""
    _require(_may(acting_user, membership))
    membership.manual_status = ManualStatus(manual_status)
    membership.manual_status_date = (since or timezone.localdate()) if manual_status else None
    membership.save(update_fields=["manual_status", "manual_status_date"])
    return membership


# --- Positions -----------------------------------------------------------------------------


@transaction.atomic
def do_appoint(
    person: Person,
    *,
    title_en: str,
    unit: Unit | None = None,
    partner: PartnerOrganization | None = None,
    role: str = PositionRole.OTHER,
    start_date: datetime.date | None = None,
    acting_user: User | None,
    is_public: bool = True,
    **titles: str,
) -> Position:
    """Give `person` a position in a unit or a partner organization (titles per language)."""
    position = Position(
        person=person,
        unit=unit,
        partner=partner,
        role=role,
        title_en=title_en,
        start_date=start_date or timezone.localdate(),
        is_public=is_public,
        **titles,
    )
    position.full_clean()
    return do_save(position, acting_user=acting_user)


@transaction.atomic
def do_end_position(
    position: Position, *, acting_user: User | None, end_date: datetime.date | None = None
) -> Position:
    """End a position on `end_date` (default today). It stays in the history."""
    _require(_may(acting_user, position))
    position.end_date = end_date or timezone.localdate()
    position.full_clean()
    position.save(update_fields=["end_date"])
    transaction.on_commit(nav.invalidate)
    return position


# --- Honours -------------------------------------------------------------------------------


@transaction.atomic
def do_give_honour(honour: Honour, *, acting_user: User | None) -> Honour:
    honour.full_clean()
    return do_save(honour, acting_user=acting_user)


# --- CSV import ----------------------------------------------------------------------------


def do_import_csv(
    kind: str,
    data: bytes | str,
    *,
    acting_user: User | None,
    encoding: str | None = None,
    progress: csvio.Progress | None = None,
    batch_size: int = csvwrite.BATCH_SIZE,
) -> csvio.ParsedFile:
    """Import a whole file or nothing: every row is checked first; any error writes nothing.

    Not one atomic transaction, unlike the other actions: the check only reads, and the
    writing is done in short transactions with an undo log (csvwrite explains why and what
    that costs). The command line runs it without a user (as the system), the admin's
    background task with the user who uploaded the file.
    """
    return csvimport.import_file(
        kind,
        data,
        acting_user=acting_user,
        encoding=encoding,
        progress=progress,
        batch_size=batch_size,
    )


@transaction.atomic
def do_upload_csv(
    kind: str, data: bytes, *, file_name: str, encoding: str = "", acting_user: User
) -> ImportJob:
    """Keep an uploaded file for its preview; nothing is imported until it is confirmed."""
    _require(getattr(acting_user, "pk", None) is not None)
    return ImportJob.objects.create(
        kind=kind, data=data, file_name=file_name[:255], encoding=encoding, user=acting_user
    )


@transaction.atomic
def do_set_import_encoding(job: ImportJob, encoding: str, *, acting_user: User) -> ImportJob:
    _require(job.user_id == getattr(acting_user, "pk", None))
    _require(job.status == ImportStatus.PREVIEW)
    job.encoding = encoding
    job.save(update_fields=["encoding", "updated_at"])
    return job


@transaction.atomic
def do_start_import(job: ImportJob, *, acting_user: User) -> ImportJob:
    """The user confirmed the preview: the import runs in the background (csvjobs)."""
    _require(job.user_id == getattr(acting_user, "pk", None))
    job = ImportJob.objects.select_for_update().get(pk=job.pk)
    if job.status != ImportStatus.PREVIEW:
        return job  # confirmed twice (a double click): the first one runs
    job.status = ImportStatus.QUEUED
    job.save(update_fields=["status", "updated_at"])
    transaction.on_commit(lambda: csvjobs.start(job))
    return job


# --- Commemorative dates: the digest -------------------------------------------------------


def digest_recipients(unit: Unit, today: datetime.date) -> list[Person]:
    """Active members of `unit` with an e-mail address who opted in to the organization's mail."""
    person_ids = (
        Membership.objects.filter(unit=unit).active(today).values_list("person_id", flat=True)
    )
    return list(
        Person.objects.filter(
            pk__in=person_ids,
            consents__kind=ConsentKind.EMAIL,
            consents__withdrawn_at__isnull=True,
        )
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def do_send_commemoration_digest(
    unit: Unit, *, today: datetime.date | None = None, days: int | None = None
) -> tuple[int, list[Observance]]:
    """E-mail the upcoming commemorative dates to the members of `unit`, each in their language.

    Returns (messages sent, observances listed). Nothing is sent when nothing is upcoming.
    """
    today = today or timezone.localdate()
    observances = upcoming(today, days, list(CommemorativeDate.objects.all()))
    if not observances:
        return 0, []
    messages = []
    for person in digest_recipients(unit, today):
        with translation.override(person.language):
            context = {
                "person": person,
                "unit": unit,
                "today": today,
                "observances": observances,
                "language": person.language,
            }
            subject = render_to_string("org/email/digest_subject.txt", context).strip()
            body = render_to_string("org/email/digest.txt", context)
        messages.append(EmailMessage(subject=subject, body=body, to=[person.email]))
    if messages:
        get_connection().send_messages(messages)
    return len(messages), observances

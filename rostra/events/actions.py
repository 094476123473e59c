"""Every change of state of an event, each an atomic `do_*` function.

Actions that a person does for themselves (answering an invitation, registering, cancelling)
take the participant or the public form's data; actions of organizers take `acting_user` and
check permissions.py first (None = the system: the demo loader, a command, the live room).
E-mails leave after the transaction commits, each in its recipient's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from rostra.core.addresses import absolute
from rostra.events import permissions, report, votes
from rostra.events.errors import Refused as Refused  # views catch actions.Refused
from rostra.events.models import (
    CONFIRMED_STATUSES,
    Event,
    EventStatus,
    Motion,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    PartnerInvitation,
    RegistrationMode,
    Role,
    standing_conflict,
)
from rostra.org.i18n import field_names
from rostra.org.models import PartnerOrganization, Person, Unit

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from rostra.news.models import ArticlePage


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _may_manage(acting_user: User | None, event: Event) -> bool:
    return acting_user is None or permissions.can_manage_event(acting_user, event)


def personal_url(participant: Participant) -> str:
    with translation.override(participant.language):
        return absolute(reverse("events:personal", args=[participant.token]))


def _send(template: str, to: str, language: str, context: dict[str, object]) -> None:
    """Render `events/email/<template>_subject.txt` and `.txt` in `language`; send after commit."""
    if not to:
        return
    with translation.override(language):
        subject = render_to_string(f"events/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"events/email/{template}.txt", context)
    message = EmailMessage(subject=" ".join(subject.split()), body=body, to=[to])
    transaction.on_commit(lambda: message.send(fail_silently=False))


def _mail_participant(template: str, participant: Participant) -> None:
    person = participant.person  # no query when there is none
    email = participant.email or (person.email if person is not None else "")
    context = {
        "participant": participant,
        "event": participant.event,
        "link": personal_url(participant),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    _send(template, email, participant.language, context)


# --- Events --------------------------------------------------------------------------------


@transaction.atomic
def do_save_event(
    event: Event, *, acting_user: User | None, organizers: Iterable[Unit] | None = None
) -> Event:
    """Create or update an event; organizers may name only their own units as organizers."""
    if acting_user is not None:
        if event.pk is None:
            _require(permissions.can_create_event(acting_user))
        else:
            previous = Event.objects.get(pk=event.pk)
            _require(permissions.can_manage_event(acting_user, previous))
        if organizers is not None:
            _require(permissions.can_organize_for(acting_user, list(organizers)))
    if event.pk is None and acting_user is not None and getattr(acting_user, "pk", None):
        event.created_by = acting_user
    event.full_clean()
    event.save()
    if organizers is not None:
        event.organizers.set(organizers)
    return event


def _locked(event: Event) -> Event:
    """The event row locked for the rest of the transaction: seat counts stay consistent."""
    return Event.objects.select_for_update().get(pk=event.pk)


def seats_taken(event: Event) -> int:
    return event.participants.filter(status__in=CONFIRMED_STATUSES).count()


def seats_left(event: Event) -> int | None:
    if event.capacity is None:
        return None
    return max(0, event.capacity - seats_taken(event))


# --- Invitations ---------------------------------------------------------------------------


@transaction.atomic
def do_invite(
    event: Event,
    *,
    acting_user: User | None,
    person: Person | None = None,
    name: str = "",
    email: str = "",
    language: str | None = None,
    roles: Iterable[str] = (),
    representing_unit: Unit | None = None,
    representing_partner: PartnerOrganization | None = None,
    affiliation: str = "",
    send: bool = True,
) -> Participant:
    """Invite a registry person (or a guest by name and e-mail); they answer by personal link.

    Inviting someone already on the list adds the roles and sends nothing again, unless they
    had declined or cancelled: then they are invited anew. An event that has happened is
    recorded, not invited to: the person is added as having taken part and nothing is sent.
    """
    _require(_may_manage(acting_user, event))
    if is_past(event):
        return do_record_participant(
            event,
            acting_user=acting_user,
            person=person,
            name=name,
            email=email,
            language=language,
            roles=roles,
            representing_unit=representing_unit,
            representing_partner=representing_partner,
            affiliation=affiliation,
        )
    if person is None and not name.strip():
        raise Refused(_("Name the person to invite."))
    existing = _existing(event, person=person, email=email)
    if existing is not None and existing.status not in (
        ParticipantStatus.DECLINED,
        ParticipantStatus.CANCELLED,
    ):
        _add_roles(existing, roles)
        return existing
    participant = existing or Participant(event=event)
    participant.person = person
    participant.name = name.strip() if person is None else (name.strip() or "")
    participant.email = email.strip()
    participant.language = language or (person.language if person else event.main_language)
    participant.representing_unit = representing_unit
    participant.representing_partner = representing_partner
    participant.affiliation = affiliation
    participant.status = ParticipantStatus.INVITED
    participant.invited_at = timezone.now()
    participant.responded_at = None
    participant.save()
    _add_roles(participant, roles)
    if send:
        _mail_participant("invitation", participant)
    return participant


@transaction.atomic
def do_invite_partner(
    event: Event, partner: PartnerOrganization, *, acting_user: User | None, send: bool = True
) -> PartnerInvitation:
    """Invite a partner organization as a whole (to its contact address)."""
    _require(_may_manage(acting_user, event))
    invitation, created = PartnerInvitation.objects.get_or_create(event=event, partner=partner)
    if created and send:
        with translation.override(event.main_language):
            link = absolute(reverse("events:partner_answer", args=[invitation.token]))
        _send(
            "partner_invitation",
            partner.contact_email,
            event.main_language,
            {"invitation": invitation, "event": event, "partner": partner, "link": link},
        )
    return invitation


@transaction.atomic
def do_respond(participant: Participant, *, accept: bool) -> Participant:
    """The invited person's answer through the personal link; they may change their mind.

    Accepting when every seat is taken puts them on the waiting list (or is refused when the
    event keeps none).
    """
    event = _locked(participant.event)
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if event.status in (EventStatus.HELD, EventStatus.CANCELLED):
        raise Refused(_("This event is over; answers are closed."))
    if participant.status == ParticipantStatus.CANCELLED:
        raise Refused(_("This invitation was withdrawn."))
    had_seat = participant.holds_seat
    if accept:
        if not had_seat:
            left = seats_left(event)
            if left is not None and left <= 0:
                if not event.waiting_list:
                    raise Refused(_("Sorry, every seat is taken."))
                participant.status = ParticipantStatus.WAITING
            else:
                participant.status = ParticipantStatus.ACCEPTED
    else:
        participant.status = ParticipantStatus.DECLINED
    participant.responded_at = timezone.now()
    participant.save(update_fields=["status", "responded_at"])
    if had_seat and not participant.holds_seat:
        _promote_from_waiting_list(event)
    return participant


@transaction.atomic
def do_respond_partner(
    invitation: PartnerInvitation, *, accept: bool, note: str = ""
) -> PartnerInvitation:
    invitation.status = ParticipantStatus.ACCEPTED if accept else ParticipantStatus.DECLINED
    invitation.note = note
    invitation.responded_at = timezone.now()
    invitation.save(update_fields=["status", "note", "responded_at"])
    return invitation


# --- Open registration ---------------------------------------------------------------------


def _existing(
    event: Event, *, person: Person | None = None, email: str = "", user: User | None = None
) -> Participant | None:
    match = Q(pk__in=[])
    if person is not None:
        match |= Q(person=person)
    if email:
        match |= Q(email__iexact=email.strip())
    if user is not None and getattr(user, "pk", None):
        match |= Q(user=user) | Q(person__user=user)
    return event.participants.filter(match).order_by("pk").first()


def registration_open(event: Event) -> bool:
    return (
        event.status == EventStatus.PLANNED
        and event.registration_mode == RegistrationMode.OPEN
        and (event.registration_closes is None or timezone.now() < event.registration_closes)
        and timezone.now() < event.end
    )


@transaction.atomic
def do_register(
    event: Event,
    *,
    name: str,
    email: str,
    language: str | None = None,
    user: User | None = None,
    affiliation: str = "",
    roles: Iterable[str] = (Role.GUEST,),
) -> Participant | None:
    """Register through the public page: a seat, a place on the waiting list, or a refusal.

    Whoever posts learns nothing about the address: an address (or account) already on the
    list (registered, waiting, invited) gets the same answer as a new one, and its owner is
    told by e-mail instead, in their language, with their personal link. Returns the new
    participant, or None when the address was already on the list. The refusals (closed,
    full) depend on the event only, never on the address; the database's unique constraints
    back the duplicate check against two requests at once.
    """
    event = _locked(event)
    if not registration_open(event):
        raise Refused(_("Registration for this event is closed."), code="closed")
    name, email = name.strip(), email.strip()
    if not name or not email:
        raise Refused(_("Give your name and e-mail address."), code="incomplete")
    left = seats_left(event)
    full = left is not None and left <= 0
    if full and not event.waiting_list:
        raise Refused(_("Sorry, the event is full."), code="full")
    existing = _existing(event, email=email, user=user)
    if existing is not None and existing.status not in (
        ParticipantStatus.DECLINED,
        ParticipantStatus.CANCELLED,
    ):
        _mail_participant("already_registered", existing)
        return None
    status = ParticipantStatus.WAITING if full else ParticipantStatus.REGISTERED
    participant = existing or Participant(event=event)
    participant.name = name
    participant.email = email
    participant.language = language or translation.get_language() or event.main_language
    participant.affiliation = affiliation
    participant.status = status
    participant.registered_at = timezone.now()
    if user is not None and getattr(user, "pk", None):
        participant.user = user
    try:
        with transaction.atomic():
            participant.save()
    except IntegrityError:
        # Another request registered the same address a moment ago: it is on the list now.
        twin = _existing(event, email=email, user=user)
        if twin is not None:
            _mail_participant("already_registered", twin)
        return None
    _add_roles(participant, roles)
    _mail_participant(
        "registered" if status == ParticipantStatus.REGISTERED else "waiting", participant
    )
    return participant


@transaction.atomic
def do_cancel(participant: Participant, *, acting_user: User | None = None) -> Participant | None:
    """Cancel a registration or acceptance; the first on the waiting list takes the seat.

    The participant cancels through their personal link (acting_user None) or an organizer
    cancels for them. Returns the participant promoted from the waiting list, if any.
    """
    event = _locked(participant.event)
    if acting_user is not None:
        _require(_may_manage(acting_user, event))
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    had_seat = participant.holds_seat
    participant.status = ParticipantStatus.CANCELLED
    participant.responded_at = timezone.now()
    participant.save(update_fields=["status", "responded_at"])
    return _promote_from_waiting_list(event) if had_seat else None


def _promote_from_waiting_list(event: Event) -> Participant | None:
    left = seats_left(event)
    if left is not None and left <= 0:
        return None
    first = (
        event.participants.select_for_update()
        .filter(status=ParticipantStatus.WAITING)
        .order_by("registered_at", "responded_at", "pk")
        .first()
    )
    if first is None:
        return None
    first.status = ParticipantStatus.REGISTERED
    first.save(update_fields=["status"])
    _mail_participant("promoted", first)
    return first


# --- Recording a held event ------------------------------------------------------------------


def is_past(event: Event) -> bool:
    """Held, or over: participants are recorded, not invited."""
    return event.status == EventStatus.HELD or event.end < timezone.now()


@transaction.atomic
def do_record_participant(
    event: Event,
    *,
    acting_user: User | None,
    person: Person | None = None,
    name: str = "",
    email: str = "",
    language: str | None = None,
    roles: Iterable[str] = (),
    representing_unit: Unit | None = None,
    representing_partner: PartnerOrganization | None = None,
    affiliation: str = "",
    positions: dict[str, str] | None = None,
    present: bool = True,
) -> Participant:
    """Add someone to the record of an event (typically one already held); sends nothing.

    A person already on the list is updated (roles added, representation and position
    replaced when given). A guest without a registry entry is found again by name: what was
    typed for them at an earlier event (e-mail, affiliation, position) fills what is left empty.
    """
    _require(_may_manage(acting_user, event))
    name = name.strip()
    if person is None and not name:
        raise Refused(_("Choose a person of the registry or type a guest's name."))
    existing = _existing(event, person=person, email=email)
    if existing is None and person is None:
        existing = event.participants.filter(person__isnull=True, name__iexact=name).first()
    participant = existing or Participant(event=event)
    if person is None:
        earlier = known_guest(name)
        if earlier is not None:
            email = email or earlier.email
            affiliation = affiliation or earlier.affiliation
            representing_partner = representing_partner or earlier.representing_partner
            if not positions or not any(positions.values()):
                positions = {f: getattr(earlier, f) for f in POSITION_FIELDS}
    participant.person = person
    participant.name = "" if person is not None else name
    if email and not (participant.pk and participant.email):
        participant.email = email.strip()
    participant.language = language or (person.language if person else event.main_language)
    if representing_unit is not None or representing_partner is not None:
        participant.representing_unit = representing_unit
        participant.representing_partner = representing_partner
    if affiliation:
        participant.affiliation = affiliation.strip()
    for field_name, value in (positions or {}).items():
        if field_name in POSITION_FIELDS and value is not None:
            setattr(participant, field_name, value.strip())
    if participant.status not in CONFIRMED_STATUSES:
        participant.status = ParticipantStatus.ACCEPTED
    participant.marked_present = participant.marked_present or present
    if participant.pk is None:
        participant.sort_order = event.participants.count()
    try:
        with transaction.atomic():
            participant.save()
    except IntegrityError as error:
        raise Refused(
            _("%(name)s is already on this event's list.") % {"name": name or person}
        ) from error
    _add_roles(participant, roles)
    return participant


POSITION_FIELDS = tuple(field_names("position"))


def known_guest(name: str) -> Participant | None:
    """The latest participant of any event typed as a guest under this name."""
    if not name.strip():
        return None
    return (
        Participant.objects.filter(person__isnull=True, name__iexact=name.strip())
        .select_related("representing_partner")
        .order_by("-pk")
        .first()
    )


@transaction.atomic
def do_mark_attendance(
    event: Event, present_ids: Iterable[int], *, acting_user: User | None
) -> int:
    """The organizer's attendance sheet: exactly these participants are marked present.

    Check-ins at the door and online presence are facts recorded by their own routes and are
    kept; the mark is what the organizer adds for those who came by no recorded route.
    Returns the number of participants who attended by any route.
    """
    _require(_may_manage(acting_user, event))
    wanted = {int(pk) for pk in present_ids}
    people = list(event.participants.select_for_update().filter(status__in=CONFIRMED_STATUSES))
    for participant in people:
        mark = participant.pk in wanted
        if participant.marked_present != mark:
            participant.marked_present = mark
            participant.save(update_fields=["marked_present"])
    return sum(1 for p in people if p.attended)


# --- Attendance ----------------------------------------------------------------------------


class CheckIn(NamedTuple):
    participant: Participant
    already: bool  # True when the code had been checked in before (nothing changed)


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


@transaction.atomic
def do_check_in(event: Event, code: str, *, acting_user: User | None) -> CheckIn:
    """Check in at the door by the participant's personal code (typed or scanned); idempotent."""
    _require(_may_manage(acting_user, event))
    clean = normalize_code(code)
    if not clean:
        raise Refused(_("Type or scan a check-in code."), code="empty")
    participant = (
        Participant.objects.select_for_update().select_related("event").filter(code=clean).first()
    )
    if participant is None:
        raise Refused(_("No participant has the code %(code)s.") % {"code": clean}, code="unknown")
    if participant.event_id != event.pk:
        raise Refused(
            _("The code %(code)s is for another event: %(event)s.")
            % {"code": clean, "event": participant.event.title},
            code="other_event",
        )
    if not participant.holds_seat:
        raise Refused(
            _("%(name)s is not confirmed for this event (%(status)s).")
            % {"name": participant.display_name, "status": participant.get_status_display()},
            code="not_confirmed",
        )
    if participant.checked_in_at is not None:
        return CheckIn(participant, already=True)
    participant.checked_in_at = timezone.now()
    participant.save(update_fields=["checked_in_at"])
    return CheckIn(participant, already=False)


@transaction.atomic
def do_mark_online(participant: Participant) -> Participant:
    """Record online presence (the live room calls it when a participant joins); idempotent.

    Only the first arrival is kept: attendance is a fact, not a live status.
    """
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if not participant.holds_seat:
        raise Refused(
            _("%(name)s is not confirmed for this event.") % {"name": participant.display_name},
            code="not_confirmed",
        )
    if participant.online_at is None:
        participant.online_at = timezone.now()
        participant.save(update_fields=["online_at"])
    return participant


# --- Roles ---------------------------------------------------------------------------------


STANDING_REFUSAL = _lazy(
    "An observer or a guest cannot also be a delegate with a vote: choose one of them."
)


def _add_roles(participant: Participant, roles: Iterable[str]) -> None:
    roles = [Role(role) for role in roles]
    if standing_conflict({*participant.role_set(), *roles}):
        raise Refused(str(STANDING_REFUSAL), code="standing")
    for role in roles:
        ParticipantRole.objects.get_or_create(participant=participant, role=role)


@transaction.atomic
def do_set_roles(
    participant: Participant, roles: Iterable[str], *, acting_user: User | None
) -> set[str]:
    """Give the participant exactly these roles (presidium, chair, speaker, delegate ...)."""
    _require(_may_manage(acting_user, participant.event))
    wanted = {Role(r).value for r in roles}
    if standing_conflict(wanted):
        raise Refused(str(STANDING_REFUSAL), code="standing")
    participant.roles.exclude(role__in=wanted).delete()
    _add_roles(participant, wanted)
    return wanted


@transaction.atomic
def do_assign_role(participant: Participant, role: str, *, acting_user: User | None) -> None:
    _require(_may_manage(acting_user, participant.event))
    _add_roles(participant, [role])


# --- The record: votes ---------------------------------------------------------------------


@transaction.atomic
def do_record_vote(
    motion: Motion,
    counts: dict[str, int],
    *,
    acting_user: User | None,
    eligible: int | None = None,
) -> Motion:
    """Record a vote's counts (taken by show of hands, or closed in the live room) and decide it."""
    motion = Motion.objects.select_for_update().select_related("item__event").get(pk=motion.pk)
    _require(_may_manage(acting_user, motion.item.event))
    if eligible is None and motion.eligible_count is None:
        eligible = (
            motion.item.event.participants.filter(
                status__in=CONFIRMED_STATUSES, roles__role=Role.DELEGATE
            )
            .distinct()
            .count()
            or None
        )
    return votes.write_result(motion, counts, eligible)


# --- The report ----------------------------------------------------------------------------


def do_generate_report(event: Event, *, acting_user: User | None) -> ArticlePage:
    """Turn the record into a draft news article in the event's main language (see report.py)."""
    _require(_may_manage(acting_user, event))
    if not report_possible(event):
        raise Refused(_("This event has not taken place yet: there is nothing to report."))
    return report.generate(event, acting_user=acting_user)


def report_possible(event: Event) -> bool:
    """A report is of an event that has begun and was not cancelled."""
    return event.status != EventStatus.CANCELLED and (
        event.status == EventStatus.HELD or event.start <= timezone.now()
    )


def do_translate_report(event: Event, language: str, *, acting_user: User | None) -> ArticlePage:
    """A draft of the report in another language, prefilled from the record's texts in it."""
    _require(_may_manage(acting_user, event))
    return report.translate(event, language, acting_user=acting_user)

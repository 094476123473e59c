"""Who may manage an event and who may see its members-only parts: every rule in one place.

- Event administrators (permission `events.manage_all_events`), organization administrators and
  superusers manage every event.
- A unit's organizers are the people with a current position in the unit (chair, secretary,
  member of the body ...) whose account is in the "Event organizers" group: they manage the
  events organized by that unit or one of its sub-units, and the events they created that have
  no organizing unit yet.
- Members-only parts (participants' contact data, the minutes) are shown to those who manage
  the event and to the organization's members (a current membership of any type). The online
  room link is shown to those who manage the event and to participants holding a seat.
  Observers and guests from outside are not members, so they see none of it.
"""

from __future__ import annotations

import datetime
from typing import TypeAlias, TypeGuard

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.db.models import Q, QuerySet

from rostra.events.models import Event, Participant
from rostra.org import permissions as org_permissions
from rostra.org.models import Membership, Position, Unit, descendant_ids

EVENT_ORGANIZERS = "Event organizers"
EVENT_ADMINISTRATORS = "Event administrators"

# Any user a request has: a signed-in account or the anonymous visitor.
User: TypeAlias = AuthUser | AnonymousUser


def _signed_in(user: User) -> TypeGuard[AuthUser]:
    return not isinstance(user, AnonymousUser) and bool(getattr(user, "is_authenticated", False))


def is_event_admin(user: User) -> bool:
    return bool(
        getattr(user, "is_active", False)
        and (
            user.is_superuser
            or user.has_perm("events.manage_all_events")
            or org_permissions.is_org_admin(user)
        )
    )


def organizer_unit_ids(user: User, today: datetime.date | None = None) -> set[int] | None:
    """The units whose events `user` organizes; None means every unit."""
    if not _signed_in(user) or not getattr(user, "is_active", False):
        return set()
    if is_event_admin(user):
        return None
    if not user.has_perm("events.change_event"):
        return set()
    roots = set(
        Position.objects.current(today)
        .filter(person__user=user, unit__isnull=False)
        .values_list("unit_id", flat=True)
    )
    return descendant_ids(roots) if roots else set()


def can_create_event(user: User) -> bool:
    return organizer_unit_ids(user) != set()


def can_manage_event(user: User, event: Event) -> bool:
    ids = organizer_unit_ids(user)
    if ids is None:
        return True
    if not ids:
        return False
    organizers = set(event.organizers.values_list("pk", flat=True)) if event.pk else set()
    if organizers:
        return bool(organizers & ids)
    return event.created_by_id is not None and event.created_by_id == getattr(user, "pk", None)


def can_organize_for(user: User, units: list[Unit] | QuerySet[Unit]) -> bool:
    """May `user` name these units as organizers (every one of them must be theirs)?"""
    ids = organizer_unit_ids(user)
    return ids is None or all(unit.pk in ids for unit in units)


def events_managed_by(user: User) -> QuerySet[Event]:
    ids = organizer_unit_ids(user)
    events = Event.objects.all()
    if ids is None:
        return events
    if not ids:
        return events.none()
    return events.filter(
        Q(organizers__in=ids) | Q(organizers__isnull=True, created_by=user)
    ).distinct()


def units_for_organizer(user: User) -> QuerySet[Unit]:
    ids = organizer_unit_ids(user)
    return Unit.objects.all() if ids is None else Unit.objects.filter(pk__in=ids)


def is_member(user: User, today: datetime.date | None = None) -> bool:
    """A current member of the organization (any membership type, any unit)."""
    if not _signed_in(user):
        return False
    return Membership.objects.filter(person__user=user).active(today).exists()


def can_see_members_only(user: User, event: Event) -> bool:
    """Contact data and the minutes."""
    return is_member(user) or can_manage_event(user, event)


def participant_of(user: User, event: Event) -> Participant | None:
    if not _signed_in(user):
        return None
    return event.participants.filter(Q(user=user) | Q(person__user=user)).order_by("pk").first()


def can_see_online_room(user: User, event: Event, participant: Participant | None = None) -> bool:
    """The room link: organizers, and participants holding a seat (by account or personal link)."""
    if not event.online_url:
        return False
    if participant is not None and participant.event_id == event.pk and participant.holds_seat:
        return True
    mine = participant_of(user, event)
    if mine is not None and mine.holds_seat:
        return True
    return can_manage_event(user, event)


def event_is_public(event: Event) -> bool:
    return event.status != "draft"

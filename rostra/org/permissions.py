"""Who may see and change what in the registry: every rule in one place.

- Organization administrators (permission `org.administer_org`, given to the group below, and
  superusers) manage everything.
- A unit's secretary (a person with a current `secretary` position in the unit, linked to the
  user's account) manages the people whose record the unit keeps and the memberships of the
  unit, including its sub-units, and nothing else.
- Personal data (contact details, consents) is visible only to those who manage the person.
"""

from __future__ import annotations

import datetime
from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.db.models import QuerySet

from rostra.org.models import (
    Consent,
    Membership,
    Person,
    Position,
    PositionRole,
    Unit,
    descendant_ids,
)

ORG_ADMINISTRATORS = "Organization administrators"
CHAPTER_SECRETARIES = "Chapter secretaries"

# Any user a request has: a signed-in account or the anonymous visitor.
User: TypeAlias = AuthUser | AnonymousUser


def is_org_admin(user: User) -> bool:
    return bool(
        getattr(user, "is_active", False)
        and (user.is_superuser or user.has_perm("org.administer_org"))
    )


def managed_unit_ids(user: User, today: datetime.date | None = None) -> set[int] | None:
    """The units whose people and memberships `user` manages; None means all of them."""
    if isinstance(user, AnonymousUser) or not getattr(user, "is_authenticated", False):
        return set()
    if is_org_admin(user):
        return None
    roots = set(
        Position.objects.current(today)
        .filter(person__user=user, role=PositionRole.SECRETARY, unit__isnull=False)
        .values_list("unit_id", flat=True)
    )
    return descendant_ids(roots) if roots else set()


def can_manage_unit_members(user: User, unit: Unit | None) -> bool:
    ids = managed_unit_ids(user)
    return ids is None or (unit is not None and unit.pk in ids)


def can_manage_person(user: User, person: Person) -> bool:
    ids = managed_unit_ids(user)
    return ids is None or (person.home_unit_id is not None and person.home_unit_id in ids)


def can_manage_membership(user: User, membership: Membership) -> bool:
    ids = managed_unit_ids(user)
    return ids is None or membership.unit_id in ids


def can_view_personal_data(user: User, person: Person) -> bool:
    return can_manage_person(user, person)


def can_administer(user: User) -> bool:
    """Units, positions, partners, honours and dates are changed by administrators only."""
    return is_org_admin(user)


def people_managed_by(user: User) -> QuerySet[Person]:
    ids = managed_unit_ids(user)
    people = Person.objects.all()
    return people if ids is None else people.filter(home_unit_id__in=ids)


def memberships_managed_by(user: User) -> QuerySet[Membership]:
    ids = managed_unit_ids(user)
    memberships = Membership.objects.all()
    return memberships if ids is None else memberships.filter(unit_id__in=ids)


def units_managed_by(user: User) -> QuerySet[Unit]:
    ids = managed_unit_ids(user)
    units = Unit.objects.all()
    return units if ids is None else units.filter(pk__in=ids)


def can_manage(user: User, instance: object) -> bool:
    """The per-object rule for any registry object (used by the admin's permission policy)."""
    if isinstance(instance, Person):
        return can_manage_person(user, instance)
    if isinstance(instance, Membership):
        return can_manage_membership(user, instance)
    if isinstance(instance, Consent):
        return can_manage_person(user, instance.person)
    return can_administer(user)


def scope(user: User, queryset: QuerySet) -> QuerySet:
    """`queryset` narrowed to the objects `user` may manage."""
    model = queryset.model
    ids = managed_unit_ids(user)
    if ids is None:
        return queryset
    if model is Person:
        return queryset.filter(home_unit_id__in=ids)
    if model is Membership:
        return queryset.filter(unit_id__in=ids)
    if model is Consent:
        return queryset.filter(person__home_unit_id__in=ids)
    return queryset if can_administer(user) else queryset.none()

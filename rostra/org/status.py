"""Membership status: a pure function of the dates, the manual status and today.

Nothing here reads the database or the clock, so every boundary can be tested directly and the
admin filter (`MembershipQuerySet.with_status`) can mirror it in SQL.

    start                     start+new_days          end      end+grace_days
      |-------- new ------------|------ current -------|-- grace --|---- expired ...
    before start: pending.  A manual status (suspended, left) overrides the dates.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("not yet started")
    NEW = "new", _("new")
    CURRENT = "current", _("current")
    GRACE = "grace", _("in grace period")
    EXPIRED = "expired", _("expired")
    SUSPENDED = "suspended", _("suspended")
    LEFT = "left", _("left")


class ManualStatus(models.TextChoices):
    NONE = "", _("none (computed from the dates)")
    SUSPENDED = "suspended", _("suspended")
    LEFT = "left", _("left")


# A member in these statuses belongs to the unit today (receives its mail, counts as member).
ACTIVE_STATUSES = frozenset(
    {MembershipStatus.NEW, MembershipStatus.CURRENT, MembershipStatus.GRACE}
)


def new_days() -> int:
    """How many days a membership counts as new, from its first day (ROSTRA_MEMBERSHIP_NEW_DAYS)."""
    return int(settings.ROSTRA_MEMBERSHIP_NEW_DAYS)


def grace_days() -> int:
    """How many days after its end date a membership is still honoured (renewal window)."""
    return int(settings.ROSTRA_MEMBERSHIP_GRACE_DAYS)


def compute_status(
    *,
    start: datetime.date,
    end: datetime.date | None,
    manual: str,
    today: datetime.date,
    new_period_days: int,
    grace_period_days: int,
) -> MembershipStatus:
    """The status on `today`. `end` is the last day covered (inclusive); None = open-ended."""
    if manual == ManualStatus.LEFT:
        return MembershipStatus.LEFT
    if manual == ManualStatus.SUSPENDED:
        return MembershipStatus.SUSPENDED
    if today < start:
        return MembershipStatus.PENDING
    if end is not None and today > end:
        if today <= end + datetime.timedelta(days=grace_period_days):
            return MembershipStatus.GRACE
        return MembershipStatus.EXPIRED
    if today < start + datetime.timedelta(days=new_period_days):
        return MembershipStatus.NEW
    return MembershipStatus.CURRENT

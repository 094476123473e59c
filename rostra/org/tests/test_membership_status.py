"""Membership status around every date boundary, as the pure function and as the SQL filter."""

import datetime

import pytest

from rostra.org import builders
from rostra.org.models import Membership
from rostra.org.status import MembershipStatus as S
from rostra.org.status import compute_status

D = datetime.date
START = D(2024, 3, 1)
END = D(2025, 2, 28)
NEW, GRACE = 90, 60
day = datetime.timedelta(days=1)


def status(today, *, start=START, end=END, manual=""):
    return compute_status(
        start=start,
        end=end,
        manual=manual,
        today=today,
        new_period_days=NEW,
        grace_period_days=GRACE,
    )


BOUNDARIES = [
    (START - day, S.PENDING),  # the day before it starts
    (START, S.NEW),  # first day
    (START + datetime.timedelta(days=NEW - 1), S.NEW),  # last new day
    (START + datetime.timedelta(days=NEW), S.CURRENT),  # first day as current
    (END, S.CURRENT),  # last day covered
    (END + day, S.GRACE),  # first day of grace
    (END + datetime.timedelta(days=GRACE), S.GRACE),  # last day of grace
    (END + datetime.timedelta(days=GRACE + 1), S.EXPIRED),  # first day expired
]


@pytest.mark.parametrize(("today", "expected"), BOUNDARIES)
def test_it_computes_the_status_on_each_side_of_every_boundary(today, expected):
    assert status(today) == expected


def test_it_keeps_an_open_ended_membership_current_for_ever():
    assert status(D(2099, 1, 1), end=None) == S.CURRENT
    assert status(START + day, end=None) == S.NEW


def test_it_lets_a_manual_status_override_every_date():
    for today, _computed in BOUNDARIES:
        assert status(today, manual="suspended") == S.SUSPENDED
        assert status(today, manual="left") == S.LEFT


def test_it_lets_expiry_win_over_new_when_a_short_membership_has_already_ended():
    short_end = START + datetime.timedelta(days=10)
    assert status(short_end, end=short_end) == S.NEW
    assert status(short_end + day, end=short_end) == S.GRACE


def test_it_reads_the_grace_and_new_periods_from_settings(settings):
    settings.ROSTRA_MEMBERSHIP_GRACE_DAYS = 5
    settings.ROSTRA_MEMBERSHIP_NEW_DAYS = 1
    membership = Membership(start_date=START, end_date=END, manual_status="")
    assert membership.status(START) == S.NEW
    assert membership.status(START + day) == S.CURRENT
    assert membership.status(END + datetime.timedelta(days=5)) == S.GRACE
    assert membership.status(END + datetime.timedelta(days=6)) == S.EXPIRED


@pytest.mark.django_db
def test_it_filters_by_status_in_the_database_exactly_as_the_function_computes(org_units):
    who = builders.person("p-1", "Тест")
    rows = [
        builders.membership(who, org_units["germany"], start=START, end=END),
        builders.membership(who, org_units["china"], start=START, end=None),
        builders.membership(
            who, org_units["committee"], start=START, end=END, manual_status="suspended"
        ),
        builders.membership(
            who, org_units["preparatory"], start=START, end=END, manual_status="left"
        ),
    ]
    for today, _expected in BOUNDARIES:
        in_sql = dict(Membership.objects.with_status(today).values_list("pk", "computed_status"))
        for row in rows:
            assert in_sql[row.pk] == row.status(today), (today, row)

"""Anniversary arithmetic: the number, round anniversaries, 29 February, upcoming dates."""

import datetime

import pytest

from rostra.org import anniversaries as a
from rostra.org.models import CommemorativeDate, upcoming

D = datetime.date


def test_it_counts_the_anniversary_for_any_year():
    assert a.anniversary_number(1950, 2025) == 75
    assert a.anniversary_number(1950, 1951) == 1
    assert a.anniversary_number(1950, 1950) is None  # the event itself
    assert a.anniversary_number(1950, 1940) is None
    assert a.anniversary_number(None, 2025) is None


def test_it_marks_every_fifth_and_tenth_anniversary_as_round():
    assert a.round_step(75) == 5
    assert a.round_step(70) == 10
    assert a.round_step(100) == 10
    assert a.round_step(74) is None
    assert a.round_step(None) is None


def test_it_reads_the_round_steps_from_settings(settings):
    settings.ROSTRA_ROUND_ANNIVERSARY_STEPS = [25, 50]
    assert a.round_steps() == (25, 50)
    assert a.round_step(75) == 25
    assert a.round_step(100) == 50
    assert a.round_step(70) is None


def test_it_observes_29_february_on_28_february_in_common_years():
    assert a.observed_date(2, 29, 2024) == D(2024, 2, 29)
    assert a.observed_date(2, 29, 2025) == D(2025, 2, 28)
    assert a.observed_date(2, 29, 2100) == D(2100, 2, 28)  # not a leap year
    assert a.observed_date(2, 29, 2000) == D(2000, 2, 29)
    assert a.is_valid_day(2, 29)
    assert not a.is_valid_day(2, 30)
    assert not a.is_valid_day(4, 31)


def test_it_counts_a_leap_day_anniversary_every_year_not_every_fourth():
    leap = CommemorativeDate(month=2, day=29, year=1992, title_en="Leap founding")
    assert [(o.date, o.number) for o in (leap.observance(y) for y in (2025, 2026, 2027, 2028))] == [
        (D(2025, 2, 28), 33),
        (D(2026, 2, 28), 34),
        (D(2027, 2, 28), 35),
        (D(2028, 2, 29), 36),
    ]
    assert leap.observance(2027).is_round


def test_it_names_the_anniversary_in_each_language():
    assert a.ordinal_label(75, "en") == "75th anniversary"
    assert [a.ordinal_label(n, "en") for n in (1, 2, 3, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st anniversary",
        "2nd anniversary",
        "3rd anniversary",
        "11th anniversary",
        "12th anniversary",
        "13th anniversary",
        "21st anniversary",
        "22nd anniversary",
        "101st anniversary",
        "111th anniversary",
    ]
    assert a.ordinal_label(75, "de") == "75. Jahrestag"
    assert a.ordinal_label(75, "ru") == "75-я годовщина"
    assert a.ordinal_label(75, "zh-hans") == "75周年"


def test_it_lists_upcoming_dates_across_the_new_year():
    dates = [
        CommemorativeDate(pk=1, month=12, day=30, year=1950, title_en="Winter"),
        CommemorativeDate(pk=2, month=1, day=5, year=2000, title_en="New year"),
        CommemorativeDate(pk=3, month=3, day=1, year=1990, title_en="Spring"),
    ]
    found = upcoming(D(2025, 12, 20), days=20, dates=dates)
    assert [(o.commemoration.title_en, o.date, o.number) for o in found] == [
        ("Winter", D(2025, 12, 30), 75),
        ("New year", D(2026, 1, 5), 26),
    ]
    assert found[0].round_step == 5


def test_it_includes_today_and_the_last_day_of_the_lead_time():
    dates = [CommemorativeDate(pk=1, month=6, day=1, year=1990, title_en="X")]
    assert len(upcoming(D(2025, 6, 1), days=0, dates=dates)) == 1
    assert len(upcoming(D(2025, 5, 2), days=30, dates=dates)) == 1
    assert len(upcoming(D(2025, 5, 1), days=30, dates=dates)) == 0


def test_it_shows_when_preparations_should_start(settings):
    settings.ROSTRA_COMMEMORATION_LEAD_DAYS = 30
    default = CommemorativeDate(month=6, day=1, year=1990)
    custom = CommemorativeDate(month=6, day=1, year=1990, lead_days=100)
    assert default.observance(2025).prepare_from == D(2025, 5, 2)
    assert custom.observance(2025).prepare_from == D(2025, 2, 21)


@pytest.mark.django_db
def test_it_refuses_a_day_that_does_not_exist():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        CommemorativeDate(month=2, day=30, category="history", title_en="Nope").full_clean()
    CommemorativeDate(month=2, day=29, category="history", title_en="Leap").full_clean()

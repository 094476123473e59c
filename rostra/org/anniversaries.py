"""Anniversary arithmetic for commemorative dates: pure functions, no database, no clock.

A date remembered on 29 February is observed on 28 February in common years (the last day of
February, as most calendars and registries do), so it never slips into March.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable

from django.conf import settings


def round_steps() -> tuple[int, ...]:
    """Which anniversaries are round: every 5th and 10th unless ROSTRA_ROUND_ANNIVERSARY_STEPS."""
    return tuple(sorted({step for step in settings.ROSTRA_ROUND_ANNIVERSARY_STEPS if step > 0}))


def lead_days() -> int:
    """How far ahead the upcoming list looks by default (ROSTRA_COMMEMORATION_LEAD_DAYS)."""
    return int(settings.ROSTRA_COMMEMORATION_LEAD_DAYS)


def is_valid_day(month: int, day: int) -> bool:
    """Whether day/month exists in some year (29 February counts)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


def observed_date(month: int, day: int, year: int) -> datetime.date:
    """The day the date is observed in `year`; 29 February falls back to 28 February."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return datetime.date(year, 2, 28)
    return datetime.date(year, month, day)


def anniversary_number(event_year: int | None, year: int) -> int | None:
    """75 for an event of 1950 in 2025; None when the year is unknown or not after the event."""
    if event_year is None or year <= event_year:
        return None
    return year - event_year


def round_step(number: int | None, steps: Iterable[int] | None = None) -> int | None:
    """The largest step that divides `number` (10 for the 70th, 5 for the 75th), else None."""
    if not number:
        return None
    matching = [s for s in (steps if steps is not None else round_steps()) if number % s == 0]
    return max(matching) if matching else None


def next_observance(month: int, day: int, today: datetime.date) -> datetime.date:
    """The first observance on or after `today`."""
    this_year = observed_date(month, day, today.year)
    return this_year if this_year >= today else observed_date(month, day, today.year + 1)


def ordinal_label(number: int, language: str) -> str:
    """'the 75th anniversary' in the given language (grammar differs, so not a gettext string)."""
    if language == "ru":
        return f"{number}-я годовщина"
    if language == "de":
        return f"{number}. Jahrestag"
    if language == "zh-hans":
        return f"{number}周年"
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix} anniversary"

"""The commemorative dates as an iCalendar feed (RFC 5545).

Each observance is its own all-day VEVENT rather than one yearly RRULE, because the summary
changes every year ("the 75th anniversary", then "the 76th") and 29 February moves to
28 February in common years, which a plain RRULE cannot express.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from rostra.core.addresses import site_host
from rostra.org.models import CommemorativeDate, observances_between


def feed_years() -> int:
    """How many years the feed covers from 1 January of this year (ROSTRA_CALENDAR_FEED_YEARS)."""
    return int(settings.ROSTRA_CALENDAR_FEED_YEARS)


def build_calendar(
    language: str, today: datetime.date | None = None, name: str | None = None
) -> bytes:
    """The public feed: titles, anniversaries and categories; the planning notes are for
    the organizers and stay out of it. `name` is what calendar apps show for the feed."""
    today = today or timezone.localdate()
    start = datetime.date(today.year, 1, 1)
    end = datetime.date(today.year + feed_years() - 1, 12, 31)
    dates = list(CommemorativeDate.objects.filter(is_public=True))
    calendar = Calendar()
    calendar.add("prodid", f"-//Rostra//{settings.WAGTAIL_SITE_NAME} commemorative dates//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name or settings.WAGTAIL_SITE_NAME)
    stamp = timezone.now().replace(microsecond=0)
    for observance in observances_between(start, end, dates):
        commemoration = observance.commemoration
        summary = commemoration.title
        if observance.number:
            summary = f"{summary} ({observance.label(language)})"
        event = Event()
        event.add("uid", f"commemoration-{commemoration.pk}-{observance.date.year}@{site_host()}")
        event.add("dtstamp", stamp)
        event.add("dtstart", observance.date)
        event.add("dtend", observance.date + datetime.timedelta(days=1))
        event.add("summary", summary)
        event.add("categories", [commemoration.get_category_display()])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()

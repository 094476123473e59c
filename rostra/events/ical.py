"""Public events as an iCalendar feed (RFC 5545); times in UTC, so every calendar shows them
in its reader's own zone (an event at 18:00 in Moscow appears at 17:00 in Berlin)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

from rostra.core.addresses import absolute, site_host
from rostra.core.typography import join_clauses
from rostra.events.models import Event, EventStatus


def build_calendar(
    events: QuerySet[Event] | list[Event], language: str, url_of: Callable[[Event], str]
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//Rostra//{settings.WAGTAIL_SITE_NAME} events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{settings.WAGTAIL_SITE_NAME}: {language}")
    stamp = timezone.now().replace(microsecond=0)
    for event in events:
        entry = VEvent()
        entry.add("uid", f"event-{event.pk}@{site_host()}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.start.astimezone(datetime.UTC))
        entry.add("dtend", event.end.astimezone(datetime.UTC))
        entry.add("summary", event.title)
        if event.summary:
            entry.add("description", event.summary)
        location = join_clauses([event.venue_name, event.city, event.country], language)
        if location:
            entry.add("location", location)
        entry.add("url", absolute(url_of(event)))
        entry.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
        entry.add("categories", [event.kind.name])
        calendar.add_component(entry)
    text: bytes = calendar.to_ical()
    return text

"""schema.org data of an event's public page (JSON-LD), for search engines and link previews.

Only what the page itself shows: the online room's address is for participants, so an online
event's location is its public page, not the conference link.
"""

from __future__ import annotations

from typing import Any

from rostra.core.addresses import absolute
from rostra.events.models import Event, EventFormat, EventStatus

_ATTENDANCE: dict[str, str] = {
    EventFormat.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def event(
    event: Event,
    page_url: str,
    language: str,
    site_name: str,
    organizers: list[str],
    image_url: str = "",
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": str(event),
        "startDate": event.local_start().isoformat(),
        "endDate": event.local_end().isoformat(),
        "eventAttendanceMode": _ATTENDANCE.get(event.format, _ATTENDANCE[EventFormat.IN_PERSON]),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.status == EventStatus.CANCELLED
        else "https://schema.org/EventScheduled",
        "inLanguage": language.replace("zh-hans", "zh-Hans"),
        "url": absolute(page_url),
        "organizer": [{"@type": "Organization", "name": name} for name in organizers]
        or {"@type": "Organization", "name": site_name},
    }
    if event.summary:
        data["description"] = event.summary
    locations: list[dict[str, Any]] = []
    if event.format != EventFormat.ONLINE and (event.venue_name or event.city):
        place: dict[str, Any] = {"@type": "Place", "name": event.venue_name or event.city}
        address = ", ".join(part for part in (event.venue_address, event.city) if part)
        if address:
            place["address"] = address
        locations.append(place)
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": absolute(page_url)})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if image_url:
        data["image"] = [absolute(image_url)]
    return data

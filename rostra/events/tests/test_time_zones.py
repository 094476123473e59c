"""An event entered in Moscow time is stored in UTC and shows correctly in Berlin."""

from __future__ import annotations

import datetime

from icalendar import Calendar

from rostra.events.models import Event


def _form_data(event_kinds, org_units, **extra) -> dict:
    data = {
        "kind": event_kinds["meeting"].pk,
        "format": "in_person",
        "status": "planned",
        "title_en": "Victory Day Meeting",
        "slug": "victory-day-meeting",
        "main_language": "ru",
        "time_zone": "Europe/Moscow",
        "start": "2030-05-09 18:00",
        "end": "2030-05-09 20:30",
        "registration_mode": "invitation",
        "organizers": [org_units["committee"].pk],
    }
    data.update(extra)
    return data


def test_a_time_entered_in_moscow_is_stored_in_utc(client, event_organizer, event_kinds, org_units):
    client.force_login(event_organizer)
    response = client.post("/admin/events/events/new/", _form_data(event_kinds, org_units))
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get(slug="victory-day-meeting")
    assert event.start == datetime.datetime(2030, 5, 9, 15, 0, tzinfo=datetime.UTC)
    assert event.end == datetime.datetime(2030, 5, 9, 17, 30, tzinfo=datetime.UTC)
    assert event.created_by == event_organizer
    # The edit form shows it back in Moscow time.
    form = client.get(f"/admin/events/events/edit/{event.pk}/").content.decode()
    assert 'value="2030-05-09 18:00"' in form


def test_the_public_page_shows_moscow_time_and_berlin_time(client, event, html):
    event.start = datetime.datetime(2030, 5, 9, 15, 0, tzinfo=datetime.UTC)  # 18:00 in Moscow
    event.end = datetime.datetime(2030, 5, 9, 18, 0, tzinfo=datetime.UTC)
    event.save()
    page = html(client.get("/en/events/spring-congress/?tz=Europe/Berlin"))
    when = page.select_one(".events-when").get_text(" ", strip=True)
    assert "May 9, 2030, 6 p.m.–9 p.m." in when and "(Europe/Moscow)" in when
    assert "UTC+" not in when  # the zone's name, not an offset
    converted = page.select_one(".events-converted").get_text(" ", strip=True)
    assert "Europe/Berlin" in converted and "5 p.m." in converted
    assert page.select_one("[data-event-start]")["datetime"].startswith("2030-05-09T15:00:00")


def test_the_calendar_feed_gives_utc_times(client, event):
    feed = Calendar.from_ical(client.get("/de/events/calendar.ics").content)
    entry = next(c for c in feed.walk("VEVENT") if c["summary"] == "Frühjahrskongress")
    start = entry.decoded("dtstart")
    assert start == datetime.datetime(2030, 5, 9, 15, 0, tzinfo=datetime.UTC)
    berlin = start.astimezone(datetime.timezone(datetime.timedelta(hours=2)))
    assert berlin.hour == 17


def test_the_sessions_of_a_congress_show_in_the_events_zone(client, event, html):
    from rostra.events import builders

    builders.session(
        event,
        builders.local("Europe/Moscow", 2030, 5, 10, 9, 30),
        builders.local("Europe/Moscow", 2030, 5, 10, 18),
        "Second day",
        order=1,
    )
    programme = html(client.get("/en/events/spring-congress/")).select_one(".events-sessions")
    assert "Second day: May 10, 2030, 9:30 a.m.–6 p.m." in programme.get_text(" ", strip=True)

"""The iCalendar feed parses as RFC 5545 and says the anniversary in the reader's language."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from rostra.org.models import CommemorativeDate


def _events(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    return list(calendar.walk("VEVENT"))


def response_text(client, url) -> str:
    return client.get(url).content.decode()


@pytest.mark.django_db
def test_it_serves_each_observance_as_an_all_day_event(client):
    year = timezone.localdate().year
    founding = CommemorativeDate.objects.create(
        month=6,
        day=12,
        year=year - 75,
        category="organization",
        title_en="Founding of the Association",
        title_de="Gründung des Verbandes",
        note_en="Prepare the congress.",
    )
    CommemorativeDate.objects.create(
        month=1, day=1, year=2000, category="history", title_en="Hidden", is_public=False
    )

    events = _events(client, "/en/org/calendar.ics")
    this_year = [e for e in events if e.decoded("DTSTART") == datetime.date(year, 6, 12)]
    assert len(this_year) == 1
    event = this_year[0]
    assert str(event["SUMMARY"]) == "Founding of the Association (75th anniversary)"
    assert event.decoded("DTEND") == datetime.date(year, 6, 13)
    assert "DESCRIPTION" not in event  # the planning note is for the organizers only
    assert "Prepare" not in response_text(client, "/en/org/calendar.ics")
    assert str(event["UID"]).startswith(f"commemoration-{founding.pk}-{year}@")
    assert "DTSTAMP" in event
    assert len({str(e["UID"]) for e in events}) == len(events)  # UIDs are unique
    assert not any("Hidden" in str(e["SUMMARY"]) for e in events)

    calendar = Calendar.from_ical(client.get("/ru/org/calendar.ics").content)
    assert str(calendar["X-WR-CALNAME"]) == "Rostra: памятные даты"

    german = _events(client, "/de/org/calendar.ics")
    assert any(str(e["SUMMARY"]) == "Gründung des Verbandes (75. Jahrestag)" for e in german)


@pytest.mark.django_db
def test_it_puts_a_leap_day_on_28_february_in_common_years(client, settings):
    settings.ROSTRA_CALENDAR_FEED_YEARS = 4  # four years always include a common one
    CommemorativeDate.objects.create(
        month=2, day=29, year=1992, category="organization", title_en="Leap founding"
    )
    dates = [e.decoded("DTSTART") for e in _events(client, "/en/org/calendar.ics")]
    assert len(dates) == 4
    for date in dates:
        leap = date.year % 4 == 0 and (date.year % 100 != 0 or date.year % 400 == 0)
        assert (date.month, date.day) == ((2, 29) if leap else (2, 28))


@pytest.mark.django_db
def test_it_shows_days_with_their_month_and_keeps_planning_notes_for_organizers(
    client, html, org_admin
):
    year = timezone.localdate().year
    CommemorativeDate.objects.create(
        month=12,
        day=2,
        category="organization",
        title_en="Day of the Chapters",
        title_ru="День отделений",
        note_en="Prepare a meeting of the chapters.",
        note_ru="Подготовить собрание отделений.",
    )
    page = html(client.get(f"/ru/org/calendar/?year={year}"))
    assert "2 декабря" in page.select_one(".org-observance time").get_text()
    assert "Подготовить" not in page.get_text()
    german = html(client.get(f"/de/org/calendar/?year={year}"))
    assert "2. Dezember" in german.select_one(".org-observance time").get_text()
    client.force_login(org_admin)
    page = html(client.get(f"/en/org/calendar/?year={year}"))
    assert "Prepare a meeting of the chapters." in page.get_text()

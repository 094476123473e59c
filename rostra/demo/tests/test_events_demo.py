"""The demo's events: a dozen held across the units, an online meeting with a unanimous vote,
a three-day congress with presidium, speeches and an award, each report in two languages or
more; and the same people, places and honours as the stories and the registry."""

from __future__ import annotations

from collections import Counter

import pytest

from rostra.events.demo.data import events
from rostra.events.models import Event, EventReport, Motion, Role

pytestmark = pytest.mark.django_db


def test_it_has_a_dozen_held_events_across_the_units(demo_site):
    held = Event.objects.filter(status="held")
    assert held.count() >= 12
    units = Counter(unit.slug for event in held for unit in event.organizers.all())
    assert {"coordinating-committee", "chapter-de", "chapter-cn", "chapter-ru"} <= set(units)
    assert Event.objects.filter(status="planned", registration_mode="open").exists()


def test_every_held_event_has_a_published_report_in_two_languages_or_more(demo_site):
    for event in Event.objects.filter(status="held"):
        report = EventReport.objects.get(event=event)
        languages = {
            page.locale.language_code
            for page in report.page.get_translations(inclusive=True).live()
        }
        assert len(languages) >= 2, event.slug
        assert report.page.locale.language_code == event.main_language


def test_the_online_meeting_decided_unanimously(demo_site, client):
    event = Event.objects.get(slug="online-flood-relief-2026")
    assert event.format == "online"
    motion = Motion.objects.get(item__event=event)
    assert motion.adopted and motion.unanimous and motion.votes_cast == 6
    page = client.get("/ru/events/online-flood-relief-2026/").content.decode()
    assert "Принято единогласно" in page or "Adopted unanimously" in page


def test_the_congress_has_three_days_a_presidium_speeches_and_an_award(demo_site, client):
    congress = Event.objects.get(slug="congress-2026")
    assert congress.sessions.count() == 3
    assert congress.participants.filter(roles__role=Role.PRESIDIUM).count() == 5
    assert congress.agenda.filter(kind="speech").count() >= 5
    ceremony = congress.agenda.filter(kind="ceremony", honour__kind="badge").get()
    assert ceremony.honour.recipient.name_en == "Margarethe Vogel"
    assert congress.occasion.observance(2026).number == 75
    report = EventReport.objects.get(event=congress).page
    assert report.get_translations(inclusive=True).live().count() == 4
    german = report.get_translations().get(locale__language_code="de").specific
    text = str(german.body)
    assert "Für Verdienste um die Freundschaft" in text and "Henrik Dalby" in text
    page = client.get("/de/events/congress-2026/").content.decode()
    assert "75." in page and german.url in page


def test_the_demo_lists_what_it_says(demo_site):
    assert len(events()) >= 12

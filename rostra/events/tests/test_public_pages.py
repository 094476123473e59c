"""The public pages per language: lists, the event page, registration, the unit's events."""

from __future__ import annotations

import datetime

from django.utils import timezone

from rostra.events import builders
from rostra.events.models import Participant, ParticipantStatus


def test_the_events_page_lists_upcoming_and_past_events_in_each_language(
    client, event, event_kinds, html
):
    past = builders.event(
        "old-round-table",
        event_kinds["round-table"],
        titles=("Old Round Table", "Старый круглый стол", "旧圆桌会议", "Alter runder Tisch"),
        start=timezone.now() - datetime.timedelta(days=30, hours=2),
        end=timezone.now() - datetime.timedelta(days=30),
        status="held",
    )
    builders.event(
        "hidden-draft",
        event_kinds["meeting"],
        titles=("Hidden draft",),
        start=event.start,
        end=event.end,
        status="draft",
    )
    page = html(client.get("/ru/events/"))
    sections = page.select("section")
    assert "Весенний съезд" in sections[0].get_text()
    assert "Старый круглый стол" in sections[1].get_text()
    assert "Hidden draft" not in str(page)
    assert client.get("/en/events/hidden-draft/").status_code == 404
    assert past.title_zh_hans in client.get("/zh-hans/events/").content.decode()


def test_the_event_page_shows_what_when_where_who_and_the_anniversary(
    client, event, org_units, html
):
    from rostra.org.models import CommemorativeDate

    event.occasion = CommemorativeDate.objects.create(
        day=9, month=5, year=1955, category="organization", title_en="the association's founding"
    )
    event.save()
    page = html(client.get("/en/events/spring-congress/"))
    assert page.select_one("h1").get_text() == "Spring Congress"
    assert "75th anniversary" in page.select_one(".events-occasion").get_text()
    assert "Hall of the Friendship Foundation" in page.select_one(".events-facts").get_text()
    assert (
        page.select_one(".events-organizers a")["href"] == "/en/events/unit/coordinating-committee/"
    )
    unit_page = client.get("/en/events/unit/association/")  # the parent unit lists it too
    assert "Spring Congress" in unit_page.content.decode()


def test_a_guest_registers_through_the_public_page(client, event, html):
    response = client.post(
        "/de/events/spring-congress/register/",
        {"name": "Nora Lind", "email": "nora@example.org", "affiliation": ""},
    )
    guest = Participant.objects.get(email="nora@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/de/events/spring-congress/register/sent/"
    assert guest.status == ParticipantStatus.REGISTERED and guest.language == "de"
    assert guest.has_role("guest")
    sent = html(client.get(response["Location"])).select_one("[data-registration-sent]")
    assert "E-Mail" in sent.get_text()
    # The same address again gets the same answer (see test_registration_privacy.py).
    again = client.post(
        "/de/events/spring-congress/register/",
        {"name": "Nora Lind", "email": "Nora@Example.org"},
    )
    assert (again.status_code, again["Location"]) == (302, response["Location"])
    assert Participant.objects.filter(email__iexact="nora@example.org").count() == 1


def test_the_personal_link_accepts_and_declines(client, event, org_units, html):
    from rostra.events import actions
    from rostra.org import builders as org

    person = org.person("p-inv", "Ola Nordmann", "Ola Nordmann", home_unit=org_units["germany"])
    invited = actions.do_invite(event, person=person, acting_user=None, send=False)
    client.post(f"/en/events/p/{invited.token}/", {"answer": "decline"})
    invited.refresh_from_db()
    assert invited.status == ParticipantStatus.DECLINED
    client.post(f"/en/events/p/{invited.token}/", {"answer": "accept"})
    invited.refresh_from_db()
    assert invited.status == ParticipantStatus.ACCEPTED
    assert client.get("/en/events/p/not-a-token/").status_code == 404


def test_the_navigation_links_to_the_events(client, event, html):
    page = html(client.get("/de/events/"))
    assert page.select_one('.site-nav a[href="/de/events/"]') is not None


def test_the_event_page_gives_link_previews_structured_data_and_sharing(client, event, html):
    import json
    from urllib.parse import unquote

    page = html(client.get("/ru/events/spring-congress/"))
    og = {m["property"]: m["content"] for m in page.select("meta[property^='og:']")}
    assert og["og:title"] == "Весенний съезд"
    assert og["og:url"].endswith("/ru/events/spring-congress/")
    assert og["og:locale"] == "ru_RU"
    data = json.loads(page.select_one("script[type='application/ld+json']").string)
    assert data["@type"] == "Event" and data["name"] == "Весенний съезд"
    # Event-local time with its offset (Moscow), as the page shows it.
    assert data["startDate"] == "2030-05-09T18:00:00+03:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["inLanguage"] == "ru"
    kinds = [place["@type"] for place in data["location"]]
    assert kinds == ["Place", "VirtualLocation"]
    # The conference link is for participants: never in what the public page publishes.
    assert event.online_url not in json.dumps(data)
    share = page.select_one(".share")
    assert share.select_one("[data-copy-link]")["data-copy-link"].endswith(
        "/ru/events/spring-congress/"
    )
    assert "subject=Весенний съезд&" in unquote(share.select_one("a[href^='mailto:']")["href"])

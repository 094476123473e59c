"""The room's page: who may open it, the chair's controls, the Jitsi embed (markup only)."""

import json

import pytest

from rostra.assembly import seed
from rostra.assembly.views import jitsi_room


@pytest.fixture
def online(db):
    return seed.meeting(slug="online-congress", event_format="online", delegates=1)


def _get(client, meeting, participant, language="en"):
    return client.get(f"/{language}/live/{meeting.event.slug}/?token={participant.token}")


def test_it_opens_for_participants_only(client, meeting, html):
    assert client.get("/en/live/congress/").status_code == 403
    assert client.get("/en/live/congress/?token=nope").status_code == 403
    assert client.get("/en/live/nothing/").status_code == 404
    page = html(_get(client, meeting, meeting.delegates[0]))
    assert page.select_one("h1").get_text() == "Annual Congress"
    assert page.select_one("#chair-heading") is None  # no controls for a delegate
    config = json.loads(page.select_one("#room-config").string)
    assert config["ws"] == f"/ws/live/congress/?token={meeting.delegates[0].token}"
    meeting.delegates[1].status = "declined"
    meeting.delegates[1].save()
    assert _get(client, meeting, meeting.delegates[1]).status_code == 403


def test_it_opens_for_a_signed_in_participant(client, meeting, outsider, html):
    assert client.get("/en/live/congress/").status_code == 403
    meeting.delegates[1].user = outsider
    meeting.delegates[1].save()
    client.force_login(outsider)
    page = html(client.get("/en/live/congress/"))
    assert "Delegate" in page.select_one(".room-who").get_text()
    assert json.loads(page.select_one("#room-config").string)["ws"] == "/ws/live/congress/"


def test_it_gives_the_chair_the_controls_and_voters_real_buttons(client, meeting, html):
    page = html(_get(client, meeting, meeting.chair))
    assert page.select_one("#chair-heading")
    for button in page.select(".room button"):
        assert button.get("type") == "button" or button.get("type") == "submit"
        assert button.get_text(strip=True)  # a visible label
    assert page.select_one("#vote-count")["aria-live"] == "polite"
    assert page.select_one("#vote-ack")["aria-live"] == "assertive"
    assert page.select_one('script[type="module"]')["src"].endswith("assembly/room.js")
    for label in page.select(".chair label[for]"):
        assert page.select_one(f"#{label['for']}"), label["for"]


def test_it_translates_the_page_and_the_scripts_texts(client, meeting, html):
    page = html(_get(client, meeting, meeting.delegates[0], "ru"))
    config = json.loads(page.select_one("#room-config").string)
    assert config["language"] == "ru"
    assert config["strings"]["adopted"] != "Adopted"
    assert page.select_one("h1").get_text() == "Ежегодный съезд"


def test_it_embeds_the_events_jitsi_room_for_online_events(client, online, html, settings):
    settings.JITSI_SERVER = "meet.example.org"
    page = html(_get(client, online, online.delegates[0]))
    frame = page.select_one("iframe#conference")
    room = jitsi_room(online.event)
    assert frame["src"].startswith(f"https://meet.example.org/{room}#")
    assert "userInfo.displayName=%22Delegate%201%22" in frame["src"]
    assert "camera" in frame["allow"] and "microphone" in frame["allow"]
    assert frame["title"]
    assert room.startswith(f"Rostra-{online.event.pk}-") and online.event.slug not in room


def test_it_embeds_nothing_for_in_person_events_or_without_a_server(
    client, meeting, online, html, settings
):
    settings.JITSI_SERVER = "meet.example.org"
    meeting.event.format = "in_person"
    meeting.event.save()
    assert html(_get(client, meeting, meeting.chair)).select_one("iframe") is None
    settings.JITSI_SERVER = ""
    assert html(_get(client, online, online.chair)).select_one("iframe") is None

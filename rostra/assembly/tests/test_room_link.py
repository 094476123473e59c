"""A participant finds the live room from the personal page the invitation links to."""

import pytest

from rostra.events import builders


@pytest.mark.django_db
def test_it_links_the_personal_page_to_the_live_room(client, event, html):
    guest = event.people["guest"]
    page = html(client.get(f"/en/events/p/{guest.token}/"))
    link = page.select_one(".events-live a")["href"]
    assert link.startswith(f"/en/live/{event.slug}/?token=")

    room = client.get(link)
    assert room.status_code == 200


@pytest.mark.django_db
def test_it_gives_no_room_link_to_someone_without_a_seat(client, event, html):
    waiting = builders.participant(event, "Wait Ing", email="w@example.org", status="waiting")
    page = html(client.get(f"/en/events/p/{waiting.token}/"))
    assert page.select_one(".events-live") is None

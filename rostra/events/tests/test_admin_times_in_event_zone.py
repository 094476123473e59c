"""Times in the events admin are the event's own, with its zone's name, in the admin's
language (issue #11, points 9 and 16): an untitled session is named by its times, and the
check-in page says when a participant came in, as the clock in the hall showed it."""

from __future__ import annotations

import pytest
from wagtail.users.models import UserProfile

from rostra.events import builders
from rostra.events.models import EventSession, ParticipantStatus


@pytest.fixture
def organizer_in_russian(event_organizer):
    profile = UserProfile.get_for_user(event_organizer)
    profile.preferred_language = "ru"
    profile.save()
    return event_organizer


def test_it_names_an_untitled_session_by_its_local_times(client, event, organizer_in_russian):
    EventSession.objects.create(
        event=event,
        start=builders.local("Europe/Moscow", 2030, 5, 9, 10),
        end=builders.local("Europe/Moscow", 2030, 5, 9, 13),
    )
    client.force_login(organizer_in_russian)
    listing = client.get("/admin/events/sessions/").content.decode()
    assert "9 мая 2030 г., 10:00–13:00 (Europe/Moscow)" in listing
    assert "+00:00" not in listing  # not "2030-05-09 07:00:00+00:00" (UTC)
    agenda_form = client.get(f"/admin/events/agenda/new/?event={event.pk}").content.decode()
    assert "9 мая 2030 г., 10:00–13:00 (Europe/Moscow)" in agenda_form


def test_it_says_when_a_participant_came_in_by_the_hall_clock(client, event, organizer_in_russian):
    guest = event.people["guest"]
    guest.status = ParticipantStatus.ACCEPTED
    guest.checked_in_at = builders.local("Europe/Moscow", 2030, 5, 9, 17, 45)
    guest.save(update_fields=["status", "checked_in_at"])
    client.force_login(organizer_in_russian)
    response = client.post(f"/admin/events/{event.pk}/check-in/", {"code": guest.code})
    text = response.content.decode()
    assert "вход уже отмечен в 17:45 (Europe/Moscow)" in text
    assert "14:45" not in text  # the same moment in UTC

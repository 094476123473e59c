"""Check-in at the door by the participant's code: typed with spaces or lower case, scanned
from the QR code's URL, idempotent, and clear about unknown, foreign and unconfirmed codes."""

from __future__ import annotations

import pytest

from rostra.events import actions, builders, qr
from rostra.events.models import ParticipantStatus


def test_it_checks_in_by_code_once(event):
    guest = event.people["guest"]
    typed = " " + "-".join([guest.code[:4], guest.code[4:]]).lower() + " "
    first = actions.do_check_in(event, typed, acting_user=None)
    assert first.participant == guest and not first.already
    guest.refresh_from_db()
    stamp = guest.checked_in_at
    assert stamp is not None and guest.attended
    again = actions.do_check_in(event, guest.code, acting_user=None)
    assert again.already
    guest.refresh_from_db()
    assert guest.checked_in_at == stamp


def test_it_refuses_unknown_foreign_and_unconfirmed_codes(event, event_kinds):
    with pytest.raises(actions.Refused) as unknown:
        actions.do_check_in(event, "ZZZZ2222", acting_user=None)
    assert unknown.value.code == "unknown"
    assert "No participant has the code ZZZZ2222." in unknown.value.messages

    other = builders.event(
        "other",
        event_kinds["meeting"],
        titles=("Autumn Meeting",),
        start=event.start,
        end=event.end,
        status="planned",
    )
    stranger = builders.participant(other, "Tom Reed", email="tom@example.org")
    with pytest.raises(actions.Refused) as foreign:
        actions.do_check_in(event, stranger.code, acting_user=None)
    assert foreign.value.code == "other_event"
    assert "Autumn Meeting" in foreign.value.messages[0]

    waiting = builders.participant(
        event, "Wait Ing", email="w@example.org", status=ParticipantStatus.WAITING
    )
    with pytest.raises(actions.Refused) as unconfirmed:
        actions.do_check_in(event, waiting.code, acting_user=None)
    assert unconfirmed.value.code == "not_confirmed"
    assert "Wait Ing is not confirmed" in unconfirmed.value.messages[0]


def test_online_presence_is_recorded_once(event):
    member = event.people["member"]
    actions.do_mark_online(member)
    member.refresh_from_db()
    first = member.online_at
    assert first is not None and member.attended
    actions.do_mark_online(member)
    member.refresh_from_db()
    assert member.online_at == first


def test_the_qr_code_carries_the_check_in_url(event):
    guest = event.people["guest"]
    url = qr.check_in_url(guest)
    assert url.endswith(f"/admin/events/{event.pk}/check-in/?code={guest.code}")
    assert qr.svg(guest).lstrip().startswith("<svg")


def test_the_check_in_page_checks_in_after_scanning(client, event, event_organizer, html):
    guest = event.people["guest"]
    client.force_login(event_organizer)
    scanned = client.get(f"/admin/events/{event.pk}/check-in/?code={guest.code}")
    assert scanned.status_code == 200
    assert "Rosa Almeida" in scanned.content.decode()
    guest.refresh_from_db()
    assert guest.checked_in_at is None  # opening the URL alone changes nothing
    done = client.post(f"/admin/events/{event.pk}/check-in/", {"code": guest.code})
    assert done.status_code == 200
    assert "checked in" in html(done).select_one("[data-check-in-result]").get_text()
    guest.refresh_from_db()
    assert guest.checked_in_at is not None
    wrong = client.post(f"/admin/events/{event.pk}/check-in/", {"code": "NOPE2345"})
    assert "No participant has the code NOPE2345." in wrong.content.decode()


def test_others_cannot_open_the_check_in_page(client, event, outsider):
    client.force_login(outsider)
    response = client.get(f"/admin/events/{event.pk}/check-in/")
    assert response.status_code in (302, 403)

"""Open registration: seats up to the capacity, then the waiting list, duplicates not added,
a declined invitation frees nothing and takes no seat, cancelling promotes the next in line."""

from __future__ import annotations

import pytest
from django.core import mail

from rostra.events import actions
from rostra.events.models import ParticipantStatus


def _register(event, n: int, **extra):
    return actions.do_register(
        event, name=f"Guest {n}", email=f"guest{n}@example.org", language="en", **extra
    )


@pytest.fixture
def small_event(event):
    event.capacity = 7  # 5 seats held by the fixture's participants, 2 free
    event.save()
    return event


def test_it_registers_until_the_capacity_then_puts_people_on_the_waiting_list(
    small_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = _register(small_event, 1)
        second = _register(small_event, 2)
        third = _register(small_event, 3)
    assert first.status == second.status == ParticipantStatus.REGISTERED
    assert third.status == ParticipantStatus.WAITING
    assert actions.seats_left(small_event) == 0
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count("You are registered: Spring Congress") == 2
    assert "Waiting list: Spring Congress" in subjects
    assert first.code and first.code != second.code


def test_it_refuses_a_full_event_without_a_waiting_list(small_event):
    small_event.waiting_list = False
    small_event.save()
    _register(small_event, 1)
    _register(small_event, 2)
    with pytest.raises(actions.Refused) as refusal:
        _register(small_event, 3)
    assert refusal.value.code == "full"
    assert "full" in refusal.value.messages[0]


def test_it_does_not_add_a_duplicate_and_tells_the_owner_of_the_address(
    small_event, django_capture_on_commit_callbacks
):
    _register(small_event, 1)
    with django_capture_on_commit_callbacks(execute=True):
        again = actions.do_register(small_event, name="Someone", email="GUEST1@example.org")
    assert again is None
    assert small_event.participants.filter(email__iexact="guest1@example.org").count() == 1
    assert mail.outbox[-1].to == ["guest1@example.org"]
    assert mail.outbox[-1].subject == "Your registration: Spring Congress"


def test_the_database_refuses_a_duplicate_that_slips_past_the_check(small_event):
    from django.db import IntegrityError, transaction

    from rostra.events.models import Participant

    _register(small_event, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Participant.objects.create(event=small_event, name="Twin", email="Guest1@Example.org")


def test_a_declined_invitation_takes_no_seat_and_can_be_changed(small_event, org_units):
    from rostra.org import builders as org

    person = org.person("p-invitee", "Ivan Orlov", "Ivan Orlov", home_unit=org_units["germany"])
    invited = actions.do_invite(small_event, person=person, acting_user=None, send=False)
    assert invited.status == ParticipantStatus.INVITED
    declined = actions.do_respond(invited, accept=False)
    assert declined.status == ParticipantStatus.DECLINED
    assert actions.seats_left(small_event) == 2
    accepted = actions.do_respond(declined, accept=True)
    assert accepted.status == ParticipantStatus.ACCEPTED
    assert actions.seats_left(small_event) == 1


def test_accepting_when_full_goes_to_the_waiting_list(small_event, org_units):
    from rostra.org import builders as org

    person = org.person("p-late", "Lena Fox", "Lena Fox", home_unit=org_units["germany"])
    invited = actions.do_invite(small_event, person=person, acting_user=None, send=False)
    _register(small_event, 1)
    _register(small_event, 2)
    assert actions.do_respond(invited, accept=True).status == ParticipantStatus.WAITING


def test_cancelling_promotes_the_first_on_the_waiting_list(
    small_event, django_capture_on_commit_callbacks
):
    seat = _register(small_event, 1)
    _register(small_event, 2)
    first_waiting = _register(small_event, 3)
    _register(small_event, 4)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = actions.do_cancel(seat)
    assert promoted == first_waiting
    first_waiting.refresh_from_db()
    assert first_waiting.status == ParticipantStatus.REGISTERED
    seat.refresh_from_db()
    assert seat.status == ParticipantStatus.CANCELLED
    assert mail.outbox[-1].subject == "A seat is free for you: Spring Congress"
    # The one who cancelled may register again.
    again = _register(small_event, 1)
    assert again.pk == seat.pk and again.status == ParticipantStatus.WAITING


def test_registration_is_closed_for_invitation_only_and_past_events(small_event):
    small_event.registration_mode = "invitation"
    small_event.save()
    with pytest.raises(actions.Refused) as refusal:
        _register(small_event, 1)
    assert refusal.value.code == "closed"


def test_the_invitation_mail_carries_the_personal_link_in_the_guests_language(
    small_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guest = actions.do_invite(
            small_event, name="Jan Berg", email="jan@example.org", language="de", acting_user=None
        )
    message = mail.outbox[-1]
    assert message.to == ["jan@example.org"]
    assert message.subject == "Einladung: Frühjahrskongress"
    assert f"/de/events/p/{guest.token}/" in message.body


def test_a_member_already_invited_cannot_register_again_under_another_address(
    small_event, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        again = actions.do_register(
            small_event, name="Anna", email="anna.other@example.org", user=member
        )
    assert again is None
    assert not small_event.participants.filter(email="anna.other@example.org").exists()
    # Only the participant's own address (none here) may be told; never the address posted.
    assert all(m.to != ["anna.other@example.org"] for m in mail.outbox)

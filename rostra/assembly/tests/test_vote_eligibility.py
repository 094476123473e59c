"""Who may vote: present delegates with a confirmed seat, once each; never guests/observers."""

import uuid

import pytest
from django.db import IntegrityError, transaction

from rostra.assembly import seed
from rostra.assembly.actions import RoomError, do_cast_vote, do_close_vote, do_open_vote
from rostra.assembly.models import BallotBox, EncryptedBallot, NamedVote


@pytest.fixture
def motion(meeting):
    return seed.yes_no(meeting.items[0])


def test_it_lets_a_present_delegate_vote_once(meeting, present, motion):
    delegate = meeting.delegates[0]
    present(meeting.chair, delegate)
    do_open_vote(meeting.chair, motion)
    assert do_cast_vote(delegate, motion, "yes") == "ok"
    with pytest.raises(RoomError) as refused:
        do_cast_vote(delegate, motion, "no")
    assert refused.value.code == "already_voted"
    assert list(NamedVote.objects.values_list("voter_id", "option")) == [(delegate.pk, "yes")]


def test_it_counts_a_retried_vote_once(meeting, present, motion):
    delegate = meeting.delegates[0]
    present(meeting.chair, delegate)
    do_open_vote(meeting.chair, motion)
    vote_id = uuid.uuid4()
    assert do_cast_vote(delegate, motion, "yes", vote_id) == "ok"
    assert do_cast_vote(delegate, motion, "yes", vote_id) == "duplicate"
    assert NamedVote.objects.count() == 1


def test_it_refuses_guests_observers_and_absent_delegates(meeting, present, motion):
    present(meeting.chair, meeting.guest, meeting.observer)
    do_open_vote(meeting.chair, motion)
    for person, code in [
        (meeting.guest, "not_eligible"),
        (meeting.observer, "not_eligible"),
        (meeting.delegates[1], "not_present"),  # a delegate who is not in the room
    ]:
        with pytest.raises(RoomError) as refused:
            do_cast_vote(person, motion, "yes")
        assert refused.value.code == code
    assert NamedVote.objects.count() == 0


def test_it_counts_a_delegate_checked_in_at_the_hall_as_present(meeting, motion):
    delegate = meeting.delegates[2]
    delegate.checked_in_at = meeting.event.start
    delegate.save()
    do_open_vote(meeting.chair, motion)
    assert do_cast_vote(delegate, motion, "no") == "ok"


def test_it_refuses_an_unconfirmed_delegate(meeting, present, motion):
    delegate = meeting.delegates[0]
    delegate.status = "cancelled"
    delegate.save()
    present(meeting.chair, delegate)
    do_open_vote(meeting.chair, motion)
    with pytest.raises(RoomError, match="not_eligible"):
        do_cast_vote(delegate, motion, "yes")


def test_it_refuses_votes_before_opening_after_closing_and_unknown_options(
    meeting, present, motion
):
    delegate = meeting.delegates[0]
    present(meeting.chair, delegate)
    with pytest.raises(RoomError, match="closed"):
        do_cast_vote(delegate, motion, "yes")
    do_open_vote(meeting.chair, motion)
    with pytest.raises(RoomError, match="bad_option"):
        do_cast_vote(delegate, motion, "maybe")
    do_close_vote(meeting.chair, motion)
    with pytest.raises(RoomError, match="closed"):
        do_cast_vote(delegate, motion, "yes")


def test_it_lets_only_the_chair_open_and_close(meeting, present, motion):
    with pytest.raises(RoomError, match="not_chair"):
        do_open_vote(meeting.delegates[0], motion)
    do_open_vote(meeting.chair, motion)
    with pytest.raises(RoomError, match="not_chair"):
        do_close_vote(meeting.observer, motion)


@pytest.mark.parametrize("secret", [False, True])
def test_it_enforces_once_each_in_the_database(meeting, secret):
    motion = seed.yes_no(meeting.items[0], secret=secret)
    voter = meeting.delegates[0]
    if secret:
        box = BallotBox.objects.create(motion=motion, election_id="x/1/once", options=["yes"])
        make = lambda: EncryptedBallot.objects.create(  # noqa: E731
            box=box, voter=voter, cast_by=voter, vote_id=uuid.uuid4(), tracker="t", ballot={}
        )
    else:
        make = lambda: NamedVote.objects.create(  # noqa: E731
            motion=motion, voter=voter, cast_by=voter, option="yes", vote_id=uuid.uuid4()
        )
    make()
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.mark.parametrize("never", ["observer", "guest"])
def test_it_refuses_an_observer_or_guest_also_given_a_delegates_role(meeting, present, never):
    """The record refuses the combination (a database constraint, rostra.events); the room's
    rule refuses such a voter anyway, should a row predate the constraint."""
    from rostra.assembly import rules
    from rostra.events.models import ParticipantRole

    person = meeting.observer if never == "observer" else meeting.guest
    with pytest.raises(IntegrityError), transaction.atomic():
        ParticipantRole.objects.create(participant=person, role="delegate")
    assert not rules.may_vote(person.status, {"delegate", never})
    present(meeting.chair, person)
    motion = do_open_vote(meeting.chair, seed.yes_no(meeting.items[0]))
    assert motion.eligible_count == 1  # the chair; not the observer or guest
    with pytest.raises(RoomError) as refused:
        do_cast_vote(person, motion, "yes")
    assert refused.value.code == "not_eligible"
    assert NamedVote.objects.count() == 0

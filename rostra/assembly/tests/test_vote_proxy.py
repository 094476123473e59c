"""Proxies: a delegate hands his vote to another, used only where the motion allows it."""

import pytest

from rostra.assembly import seed
from rostra.assembly.actions import (
    RoomError,
    do_cast_vote,
    do_close_vote,
    do_give_proxy,
    do_open_vote,
)
from rostra.assembly.models import NamedVote


def test_it_counts_a_proxy_vote_for_the_absent_principal(meeting, present):
    principal, holder = meeting.delegates[0], meeting.delegates[1]
    do_give_proxy(principal, holder)
    present(meeting.chair, holder)  # the principal is not in the room
    motion = seed.yes_no(meeting.items[0], allow_proxy=True)
    do_open_vote(meeting.chair, motion)
    do_cast_vote(holder, motion, "yes")
    do_cast_vote(holder, motion, "no", on_behalf_of=principal)
    with pytest.raises(RoomError, match="already_voted"):
        do_cast_vote(holder, motion, "no", on_behalf_of=principal)
    motion = do_close_vote(meeting.chair, motion)
    assert motion.result == {"yes": 1, "no": 1, "abstain": 0}
    vote = NamedVote.objects.get(voter=principal)
    assert (vote.cast_by_id, vote.option) == (holder.pk, "no")


def test_it_refuses_a_proxy_vote_where_the_motion_does_not_allow_it(meeting, present):
    principal, holder = meeting.delegates[0], meeting.delegates[1]
    do_give_proxy(principal, holder)
    present(meeting.chair, holder)
    motion = seed.yes_no(meeting.items[0], allow_proxy=False)
    do_open_vote(meeting.chair, motion)
    with pytest.raises(RoomError, match="no_proxy"):
        do_cast_vote(holder, motion, "yes", on_behalf_of=principal)


def test_it_refuses_a_vote_for_someone_without_his_proxy(meeting, present):
    present(meeting.chair, meeting.delegates[1])
    motion = seed.yes_no(meeting.items[0], allow_proxy=True)
    do_open_vote(meeting.chair, motion)
    with pytest.raises(RoomError, match="no_proxy"):
        do_cast_vote(meeting.delegates[1], motion, "yes", on_behalf_of=meeting.delegates[2])


def test_it_hands_votes_only_between_delegates_and_without_chains(meeting):
    a, b, c = meeting.delegates
    for principal, holder in [(a, meeting.guest), (meeting.observer, a), (a, a)]:
        with pytest.raises(RoomError, match="bad_proxy"):
            do_give_proxy(principal, holder)
    do_give_proxy(a, b)
    with pytest.raises(RoomError, match="bad_proxy"):
        do_give_proxy(c, a)  # a has given his own vote away

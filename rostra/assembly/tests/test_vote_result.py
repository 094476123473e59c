"""Quorum, majorities and unanimity; the result is written into the event's motion."""

import pytest

from rostra.assembly import seed
from rostra.assembly.actions import do_cast_vote, do_close_vote, do_open_vote
from rostra.events.models import Motion
from rostra.events.voting import rule


def decide(counts, majority="simple", quorum=None, eligible=10, kind="yes_no"):
    keys = ["yes", "no", "abstain"] if kind == "yes_no" else list(counts)
    return rule.decide(
        kind=kind, keys=keys, counts=counts, majority=majority, quorum=quorum, eligible=eligible
    )


@pytest.mark.parametrize(
    ("counts", "majority", "eligible", "adopted"),
    [
        ({"yes": 3, "no": 2, "abstain": 4}, "simple", 10, True),
        ({"yes": 2, "no": 2, "abstain": 0}, "simple", 10, False),  # a tie fails
        ({"yes": 5, "no": 0, "abstain": 0}, "absolute", 10, False),  # 5 of 10 is not > half
        ({"yes": 6, "no": 0, "abstain": 0}, "absolute", 10, True),
        ({"yes": 6, "no": 3, "abstain": 1}, "two_thirds", 10, True),
        ({"yes": 5, "no": 3, "abstain": 0}, "two_thirds", 10, False),
        ({"yes": 4, "no": 0, "abstain": 2}, "unanimous", 10, True),
        ({"yes": 4, "no": 1, "abstain": 0}, "unanimous", 10, False),
    ],
)
def test_it_applies_the_required_majority(counts, majority, eligible, adopted):
    assert decide(counts, majority, eligible=eligible).adopted is adopted


def test_it_fails_a_motion_without_quorum():
    outcome = decide({"yes": 3, "no": 0, "abstain": 1}, quorum=5)
    assert (outcome.quorum_reached, outcome.adopted, outcome.winner) == (False, False, "")
    assert decide({"yes": 3, "no": 0, "abstain": 2}, quorum=5).quorum_reached is True


def test_it_calls_unanimous_only_when_every_vote_went_one_way():
    assert decide({"yes": 4, "no": 0, "abstain": 0}).unanimous
    assert not decide({"yes": 4, "no": 0, "abstain": 1}).unanimous
    assert not decide({"yes": 0, "no": 0, "abstain": 3}).unanimous


def test_it_elects_the_candidate_with_the_majority_and_no_one_on_a_tie():
    assert decide({"o1": 5, "o2": 3}, kind="choice").winner == "o1"
    assert decide({"o1": 4, "o2": 4}, kind="choice").winner == ""
    # plurality without a majority of the votes cast
    assert decide({"o1": 4, "o2": 3, "o3": 3}, kind="choice").winner == ""


def test_it_writes_the_result_into_the_events_motion(meeting, present):
    present(meeting.chair, *meeting.delegates)
    motion = seed.yes_no(meeting.items[0], quorum=3, majority="two_thirds")
    do_open_vote(meeting.chair, motion)
    for person in [meeting.chair, *meeting.delegates]:
        do_cast_vote(person, motion, "yes")
    do_close_vote(meeting.chair, motion)
    motion = Motion.objects.get(pk=motion.pk)
    assert motion.state == "closed" and motion.closed_at
    assert motion.result == {"yes": 4, "no": 0, "abstain": 0}
    assert (motion.votes_cast, motion.eligible_count) == (4, 4)
    assert (motion.quorum_reached, motion.adopted, motion.unanimous) == (True, True, True)
    assert motion.winner == "yes"


def test_it_writes_an_election_result(meeting, present):
    present(meeting.chair, *meeting.delegates)
    motion = seed.choice(meeting.items[1], ["Ann", "Ben"], majority="absolute")
    do_open_vote(meeting.chair, motion)
    for person, option in zip(
        [meeting.chair, *meeting.delegates], ["o1", "o1", "o2", "o1"], strict=True
    ):
        do_cast_vote(person, motion, option)
    motion = do_close_vote(meeting.chair, motion)
    assert motion.result == {"o1": 3, "o2": 1}
    assert (motion.adopted, motion.winner, motion.unanimous) == (True, "o1", False)

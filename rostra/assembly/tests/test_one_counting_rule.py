"""One rule counts every vote: the admin's "record the result" and the live room's close give
the same decision on the same counts (the same table runs through both entry paths)."""

from __future__ import annotations

import pytest

from rostra.assembly import seed
from rostra.assembly.actions import apply_presence, do_cast_vote, do_close_vote, do_open_vote
from rostra.events.actions import do_record_vote
from rostra.events.models import Motion
from rostra.events.voting import rule

ELIGIBLE = 15  # the chair and 14 delegates, all present
YN = ("yes", "no", "abstain")
CANDIDATES = ["Ann", "Ben", "Cem"]

# (name, kind, majority, quorum, counts, expected: adopted, unanimous, quorum_reached, winner)
CASES = [
    ("simple", "yes_no", "simple", None, (3, 2, 4), (True, False, None, "yes")),
    ("simple tie", "yes_no", "simple", None, (2, 2, 0), (False, False, None, "")),
    ("absolute short", "yes_no", "absolute", None, (7, 0, 0), (False, True, None, "")),
    ("absolute", "yes_no", "absolute", None, (8, 1, 0), (True, False, None, "yes")),
    ("two thirds", "yes_no", "two_thirds", None, (6, 3, 1), (True, False, None, "yes")),
    ("two thirds short", "yes_no", "two_thirds", None, (5, 3, 0), (False, False, None, "")),
    ("unanimous", "yes_no", "unanimous", None, (10, 0, 0), (True, True, None, "yes")),
    ("unanimous, abstentions", "yes_no", "unanimous", None, (10, 0, 2), (True, False, None, "yes")),
    ("unanimous, one no", "yes_no", "unanimous", None, (10, 1, 0), (False, False, None, "")),
    ("all abstain", "yes_no", "simple", None, (0, 0, 3), (False, False, None, "")),
    ("quorum met", "yes_no", "simple", 5, (3, 0, 2), (True, False, True, "yes")),
    ("quorum missed", "yes_no", "simple", 5, (3, 0, 1), (False, False, False, "")),
    ("candidates", "choice", "simple", None, (5, 3, 0), (True, False, None, "o1")),
    ("candidates tie", "choice", "simple", None, (4, 4, 1), (False, False, None, "")),
    ("plurality only", "choice", "simple", None, (4, 3, 3), (False, False, None, "")),
    ("candidates absolute", "choice", "absolute", None, (3, 8, 0), (True, False, None, "o2")),
    ("candidates unanimous", "choice", "unanimous", 4, (0, 0, 6), (True, True, True, "o3")),
]


def _motion(meeting, kind, majority, quorum):
    if kind == "choice":
        return seed.choice(meeting.items[1], CANDIDATES, majority=majority, quorum=quorum)
    return seed.yes_no(meeting.items[0], majority=majority, quorum=quorum)


def _keys(kind):
    return YN if kind == "yes_no" else ("o1", "o2", "o3")


def _seen(motion):
    return (motion.adopted, motion.unanimous, motion.quorum_reached, motion.winner)


@pytest.fixture
def administrator(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "x")


@pytest.fixture
def big_meeting(db):
    return seed.meeting(delegates=ELIGIBLE - 1)


@pytest.mark.parametrize(("name", "kind", "majority", "quorum", "numbers", "expected"), CASES)
def test_it_decides_alike_in_the_admin_and_in_the_room(
    big_meeting, administrator, name, kind, majority, quorum, numbers, expected
):
    counts = dict(zip(_keys(kind), numbers, strict=True))

    # The admin's "record the result".
    recorded = _motion(big_meeting, kind, majority, quorum)
    recorded = do_record_vote(recorded, counts, acting_user=administrator, eligible=ELIGIBLE)

    # The live room: the same counts cast by present delegates, then closed.
    voters = [big_meeting.chair, *big_meeting.delegates]
    apply_presence({p.pk: 1 for p in voters})
    live = _motion(big_meeting, kind, majority, quorum)
    do_open_vote(big_meeting.chair, live)
    ballots = [key for key, n in counts.items() for _ in range(n)]
    for voter, option in zip(voters, ballots, strict=False):
        do_cast_vote(voter, live, option)
    do_close_vote(big_meeting.chair, live)
    live = Motion.objects.get(pk=live.pk)

    for motion in (recorded, live):
        assert motion.state == "closed"
        assert motion.result == counts
        assert motion.votes_cast == sum(numbers)
        assert motion.eligible_count == ELIGIBLE
        assert _seen(motion) == expected, name


def test_it_refuses_an_option_the_motion_does_not_have():
    with pytest.raises(rule.UnknownOption):
        rule.decide(
            kind="yes_no",
            keys=list(YN),
            counts={"maybe": 1},
            majority="simple",
            quorum=None,
            eligible=3,
        )


def test_it_labels_yes_no_in_every_language(meeting, administrator):
    from rostra.events import votes

    labels = {o["key"]: o for o in votes.options_of(seed.yes_no(meeting.items[0]))}
    assert (labels["yes"]["label_en"], labels["yes"]["label_ru"]) == ("Yes", "За")
    assert labels["abstain"]["label_de"] == "Enthaltung"

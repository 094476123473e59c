"""Secret votes: the stored data links no voter to a choice and keeps no order of voting."""

import uuid

from django.db import connection

from rostra.assembly import seed
from rostra.assembly.actions import do_cast_vote, do_close_vote, do_open_vote
from rostra.assembly.models import SecretBallot, VoterRecord


def _columns(model) -> set[str]:
    return {f.column for f in model._meta.concrete_fields}


def test_it_keeps_voters_and_ballots_in_separate_tables_without_a_link(meeting):
    assert _columns(SecretBallot) == {"id", "motion_id", "option"}
    assert _columns(VoterRecord) == {"id", "motion_id", "participant_id", "by_proxy", "vote_id"}
    for model in (SecretBallot, VoterRecord):
        fields = {f.name: f for f in model._meta.concrete_fields}
        assert isinstance(fields["id"].default(), uuid.UUID)  # random, not a sequence
        assert not any("time" in f.get_internal_type().lower() for f in fields.values())


def _physical_order(model, motion) -> list:
    """Rows as the database returns them without ORDER BY (SQLite rowid / PostgreSQL heap)."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {table} WHERE motion_id = %s", [motion.pk])
        return [row[0] for row in cursor.fetchall()]


def test_it_stores_secret_votes_in_no_order_of_voting(meeting, present):
    voters = seed.bulk_delegates(meeting.event, 40, prefix="Secret")
    present(meeting.chair, *voters)
    motion = seed.choice(meeting.items[1], ["Ann", "Ben", "Cas", "Dan"], secret=True)
    do_open_vote(meeting.chair, motion)
    order = []  # (voter, option) in the order of voting
    for n, voter in enumerate(voters):
        option = f"o{n % 4 + 1}"
        do_cast_vote(voter, motion, option)
        order.append((voter.pk, option))
    motion = do_close_vote(meeting.chair, motion)

    assert motion.result == {"o1": 10, "o2": 10, "o3": 10, "o4": 10}
    ballots = list(SecretBallot.objects.filter(motion=motion).values_list("option", flat=True))
    cast_options = [option for _voter, option in order]
    assert sorted(ballots) == sorted(cast_options)
    # Read in key order, the ballots are not in the order they were cast (40! orders; the
    # options cycle o1..o4 when voting, so that order would show as that cycle).
    assert ballots != cast_options
    records = list(
        VoterRecord.objects.filter(motion=motion).values_list("participant_id", flat=True)
    )
    assert sorted(records) == sorted(v.pk for v in voters)
    assert records != [v.pk for v in voters]
    # Nor does the physical order of the rows (rewritten shuffled at the close).
    physical_voters = [
        VoterRecord.objects.get(pk=pk).participant_id for pk in _physical_order(VoterRecord, motion)
    ]
    assert physical_voters != [v.pk for v in voters]
    physical_options = [
        SecretBallot.objects.get(pk=pk).option for pk in _physical_order(SecretBallot, motion)
    ]
    assert physical_options != cast_options

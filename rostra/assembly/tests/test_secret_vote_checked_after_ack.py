"""A secret ballot is acknowledged once stored; its proofs are checked afterwards (docs/voting.md,
"Checking ballots"). A ballot whose proofs fail is rejected, left out of the tally and its voter
told; the tally waits until every ballot of the round is checked."""

from __future__ import annotations

import uuid

import pytest

from rostra.assembly import seed, state
from rostra.assembly.actions import RoomError, do_close_vote, do_open_vote
from rostra.assembly.actions import ballots as box_actions
from rostra.assembly.actions.votes import VoteRequest, cast_votes, check_secret
from rostra.assembly.models import EncryptedBallot
from rostra.assembly.tests.helpers import connect, receive_until, run
from rostra.assembly.tests.secret import ballot_for, decrypt, submit_keys
from rostra.events.models import Motion
from rostra.events.voting import protocol


def _open(meeting, present):
    tellers = [meeting.guest, meeting.observer]
    present(meeting.chair, *meeting.delegates, *tellers)
    motion = seed.yes_no(meeting.items[0], secret=True)
    motion = do_open_vote(meeting.chair, motion, [t.pk for t in tellers])
    return motion, tellers, submit_keys(motion, tellers)


def _two_choices(motion, voter) -> dict:
    """Well-formed, bound to its vote and voter, but holding two choices: the cheap checks
    pass, the proofs do not (an honest client never makes one)."""
    two = ballot_for(motion, voter, "yes")
    two["choices"][1] = ballot_for(motion, voter, "no")["choices"][1]
    return two


def _store_unchecked(motion, voter, ballot) -> str:
    """As the room's writer does: cheap checks, stored unchecked."""
    request = VoteRequest(motion.pk, voter.pk, "", uuid.uuid4(), ballot=ballot)
    checked = check_secret([request], proofs=False)
    assert cast_votes([request], checked, proofs_checked=False) == ["ok"]
    return str(request.vote_id)


def _check_all() -> None:
    """What the hub's verifier does: check the stored ballots' proofs, write the verdicts."""
    ids = [str(v) for v in EncryptedBallot.objects.values_list("vote_id", flat=True)]
    box_actions.record_verdicts(protocol.verify_many(box_actions.verify_jobs(ids)))


@pytest.mark.django_db
def test_the_tally_waits_until_every_ballot_is_checked(meeting, present):
    motion, tellers, secrets = _open(meeting, present)
    honest, cheat = meeting.delegates[0], meeting.delegates[1]
    _store_unchecked(motion, honest, ballot_for(motion, honest, "no"))
    _store_unchecked(motion, cheat, _two_choices(motion, cheat))
    motion = do_close_vote(meeting.chair, motion)
    section = state.motion_section(Motion.objects.get(pk=motion.pk))["motion"]["box"]
    assert (section["phase"], section["tally"], section["checking"]) == ("tallying", None, 2)
    with pytest.raises(RoomError, match="checking_ballots"):
        box_actions.do_submit_decryption(tellers[0], motion, [])

    _check_all()
    section = state.motion_section(Motion.objects.get(pk=motion.pk))["motion"]["box"]
    assert section["checking"] == 0 and section["tally"] is not None
    motion = decrypt(motion, tellers, secrets)
    assert motion.result == {"yes": 0, "no": 1, "abstain": 0}
    record = box_actions.record_of(box_actions.current_box(motion))
    assert [b["rejected"] for b in record["ballots"] if "rejected" in b] == ["wrong_number"]
    assert protocol.verify_record(record) == {"yes": 0, "no": 1, "abstain": 0}
    # A valid ballot marked rejected in the record is caught by anyone who re-checks it.
    for entry in record["ballots"]:
        entry["rejected"] = "wrong_number"
    with pytest.raises(protocol.Invalid, match="valid ballot was rejected"):
        protocol.verify_record(record)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_ballot_with_false_proofs_is_acknowledged_then_rejected_and_not_counted(meeting, present):
    motion, tellers, secrets = _open(meeting, present)
    honest, cheat = meeting.delegates[0], meeting.delegates[1]
    good, bad = ballot_for(motion, honest, "yes"), _two_choices(motion, cheat)

    async def scenario():
        voter = await connect(honest)
        cheater = await connect(cheat)
        for c in (voter, cheater):
            await receive_until(c, lambda m: m["t"] == "snapshot")
        await voter.send_json_to(
            {"a": "vote", "motion": motion.pk, "vote_id": str(uuid.uuid4()), "ballot": good}
        )
        await cheater.send_json_to(
            {"a": "vote", "motion": motion.pk, "vote_id": str(uuid.uuid4()), "ballot": bad}
        )
        # Both are stored and acknowledged before their proofs are checked.
        assert (await receive_until(voter, lambda m: m["t"] == "ack"))["ok"]
        assert (await receive_until(cheater, lambda m: m["t"] == "ack"))["ok"]
        # Then the check (in the process pool) rejects the cheat's, and tells him.
        told = await receive_until(
            cheater, lambda m: m["t"] == "me" and m.get("rejected"), timeout=120
        )
        assert told["rejected"] == {str(cheat.pk): "wrong_number"}
        assert told["trackers"] == {}
        for c in (voter, cheater):
            await c.disconnect()

    run(scenario)
    stored = dict(EncryptedBallot.objects.values_list("voter_id", "verdict"))
    assert stored[cheat.pk] == "rejected"
    _wait_checked(honest)
    motion = do_close_vote(meeting.chair, motion)
    motion = decrypt(motion, tellers, secrets)
    assert motion.result == {"yes": 1, "no": 0, "abstain": 0}
    record = box_actions.record_of(box_actions.current_box(motion))
    assert protocol.verify_record(record) == {"yes": 1, "no": 0, "abstain": 0}


def _wait_checked(voter) -> None:
    """The honest ballot's verdict may still be on its way: check what is left, as the sweep
    would (the verdict is the same whoever finds it)."""
    if EncryptedBallot.objects.filter(voter=voter, verdict="pending").exists():
        _check_all()
    assert EncryptedBallot.objects.get(voter=voter).verdict == "valid"


@pytest.mark.django_db
def test_the_room_hears_the_checking_progress_at_most_once_a_second(meeting, present, monkeypatch):
    # After a large close, verdicts come in many chunks: one delta per chunk to every
    # delegate took the CPU the checks needed. The progress is throttled; the tally is not.
    motion, _tellers, _secrets = _open(meeting, present)
    ids = [
        _store_unchecked(motion, voter, ballot_for(motion, voter, "yes"))
        for voter in meeting.delegates[:3]
    ]
    motion = do_close_vote(meeting.chair, motion)
    sent: list[bool] = []

    def publish(event_id, motion):
        sent.append(box_actions.current_box(motion).tally is not None)

    monkeypatch.setattr(box_actions, "_publish_motion", publish)
    monkeypatch.setattr(box_actions, "_progress_sent", {})
    for vote_id in ids:  # three chunks within a second
        box_actions.record_verdicts(protocol.verify_many(box_actions.verify_jobs([vote_id])))
    assert sent == [False, True]  # one progress delta, then the sealed tally at once

"""A secret vote in the room: tellers' keys, encrypted ballots checked and stored, the tally
decrypted by the tellers, a lost share, the void and a new round; eligibility and proxies as
in a named vote; retries count once."""

from __future__ import annotations

import uuid

import pytest

from rostra.assembly import seed, state
from rostra.assembly.actions import (
    RoomError,
    do_cast_vote,
    do_close_vote,
    do_give_proxy,
    do_open_vote,
)
from rostra.assembly.actions import ballots as box_actions
from rostra.assembly.models import EncryptedBallot
from rostra.assembly.tests.secret import ballot_for, decrypt, submit_keys
from rostra.events.models import Motion
from rostra.events.voting import protocol


@pytest.fixture
def tellers(meeting):
    return [meeting.guest, meeting.observer]  # tellers need no vote


def _open(meeting, present, tellers, **fields):
    present(meeting.chair, *meeting.delegates, *tellers)
    motion = seed.yes_no(meeting.items[0], secret=True, **fields)
    return do_open_vote(meeting.chair, motion, [t.pk for t in tellers])


def test_it_runs_a_secret_vote_to_its_result(meeting, present, tellers):
    motion = _open(meeting, present, tellers)
    secrets = submit_keys(motion, tellers)
    voters = [meeting.chair, *meeting.delegates]
    for voter, option in zip(voters, ["yes", "yes", "abstain", "no"], strict=True):
        assert do_cast_vote(voter, motion, "", ballot=ballot_for(motion, voter, option)) == "ok"
    # What the server holds: ciphertexts and proofs, a tracker per voter; no option.
    stored = EncryptedBallot.objects.get(voter=meeting.delegates[0])
    assert set(stored.ballot) == {"election", "voter", "choices", "overall"}
    assert state.votes_cast(motion) == 4
    motion = do_close_vote(meeting.chair, motion)
    assert Motion.objects.get(pk=motion.pk).state == "open"  # until the tellers decrypt
    decrypt(motion, tellers, secrets)
    motion = Motion.objects.get(pk=motion.pk)
    assert motion.state == "closed"
    assert motion.result == {"yes": 2, "no": 1, "abstain": 1}
    assert (motion.adopted, motion.winner, motion.votes_cast) == (True, "yes", 4)
    record = box_actions.record_of(box_actions.current_box(motion))
    assert protocol.verify_record(record) == {"yes": 2, "no": 1, "abstain": 1}


def test_it_needs_two_tellers_and_their_keys_before_ballots(meeting, present, tellers):
    present(meeting.chair, *meeting.delegates)
    motion = seed.yes_no(meeting.items[0], secret=True)
    with pytest.raises(RoomError, match="need_tellers"):
        do_open_vote(meeting.chair, motion, [tellers[0].pk])
    motion = do_open_vote(meeting.chair, motion, [t.pk for t in tellers])
    with pytest.raises(RoomError, match="keys_pending"):
        do_cast_vote(meeting.chair, motion, "", ballot={})


def test_it_never_takes_a_plain_choice_in_a_secret_vote(meeting, present, tellers):
    motion = _open(meeting, present, tellers)
    submit_keys(motion, tellers)
    with pytest.raises(RoomError, match="no_ballot"):
        do_cast_vote(meeting.chair, motion, "yes")
    assert EncryptedBallot.objects.count() == 0


def test_it_refuses_bad_ballots_with_the_reason(meeting, present, tellers):
    motion = _open(meeting, present, tellers)
    submit_keys(motion, tellers)
    voter, other = meeting.delegates[0], meeting.delegates[1]
    # Made for another voter: the proofs name him.
    with pytest.raises(RoomError, match="wrong_voter"):
        do_cast_vote(voter, motion, "", ballot=ballot_for(motion, other, "yes"))
    two = ballot_for(motion, voter, "yes")
    two["choices"][1] = ballot_for(motion, voter, "no")["choices"][1]
    with pytest.raises(RoomError, match="wrong_number"):
        do_cast_vote(voter, motion, "", ballot=two)
    assert EncryptedBallot.objects.count() == 0


def test_it_counts_a_retry_once_and_one_ballot_per_principal(meeting, present, tellers):
    principal, holder = meeting.delegates[0], meeting.delegates[1]
    do_give_proxy(principal, holder)
    motion = _open(meeting, present, tellers, allow_proxy=True)
    submit_keys(motion, tellers)
    vote_id = uuid.uuid4()
    mine = ballot_for(motion, holder, "yes")
    assert do_cast_vote(holder, motion, "", vote_id, ballot=mine) == "ok"
    assert do_cast_vote(holder, motion, "", vote_id, ballot=mine) == "duplicate"
    theirs = ballot_for(motion, principal, "no")
    assert do_cast_vote(holder, motion, "", on_behalf_of=principal, ballot=theirs) == "ok"
    with pytest.raises(RoomError, match="already_voted"):
        do_cast_vote(
            holder, motion, "", on_behalf_of=principal, ballot=ballot_for(motion, principal, "no")
        )
    rows = dict(EncryptedBallot.objects.values_list("voter_id", "cast_by_id"))
    assert rows == {holder.pk: holder.pk, principal.pk: holder.pk}


def test_a_lost_teller_share_is_shown_and_the_chair_voids_and_reopens(meeting, present, tellers):
    motion = _open(meeting, present, tellers)
    secrets = submit_keys(motion, tellers)
    old = ballot_for(motion, meeting.chair, "yes")
    do_cast_vote(meeting.chair, motion, "", ballot=old)
    motion = do_close_vote(meeting.chair, motion)
    box_actions.do_report_lost(tellers[1], motion)
    section = state.motion_section(Motion.objects.get(pk=motion.pk))["motion"]["box"]
    assert [t["lost"] for t in section["tellers"]] == [False, True]
    assert section["phase"] == "tallying"
    # One share cannot open the tally: the count stays sealed.
    decrypt(motion, tellers[:1], secrets)
    assert Motion.objects.get(pk=motion.pk).state == "open"
    with pytest.raises(RoomError, match="not_chair"):
        box_actions.do_void_vote(meeting.delegates[0], motion)
    motion = box_actions.do_void_vote(meeting.chair, motion)
    assert motion.state == "draft"
    new_tellers = [meeting.guest, meeting.delegates[2]]
    motion = do_open_vote(meeting.chair, motion, [t.pk for t in new_tellers])
    secrets = submit_keys(motion, new_tellers)
    # The old round's ballot does not fit the new one.
    with pytest.raises(RoomError, match="wrong_vote"):
        do_cast_vote(meeting.chair, motion, "", vote_id=uuid.uuid4(), ballot=old)
    do_cast_vote(meeting.chair, motion, "", ballot=ballot_for(motion, meeting.chair, "no"))
    do_close_vote(meeting.chair, motion)
    motion = decrypt(motion, new_tellers, secrets)
    assert motion.result == {"yes": 0, "no": 1, "abstain": 0}


def test_it_refuses_a_forged_decryption(meeting, present, tellers):
    motion = _open(meeting, present, tellers)
    secrets = submit_keys(motion, tellers)
    do_cast_vote(meeting.chair, motion, "", ballot=ballot_for(motion, meeting.chair, "yes"))
    do_close_vote(meeting.chair, motion)
    box = box_actions.current_box(motion)
    election = box_actions.election_of(box)
    # Teller 1 sends teller 0's share as its own.
    shares = protocol.partial_decrypt(
        election, str(tellers[1].pk), secrets[tellers[0].pk], box.tally
    )
    with pytest.raises(RoomError, match="bad_decryption"):
        box_actions.do_submit_decryption(tellers[1], motion, shares)


def test_verify_vote_checks_the_record_and_finds_tampering(meeting, present, tellers, tmp_path):
    import json

    from django.core.management import CommandError, call_command

    motion = _open(meeting, present, tellers)
    secrets = submit_keys(motion, tellers)
    voters = [meeting.chair, *meeting.delegates[:2]]
    for voter, option in zip(voters, ["no", "no", "yes"], strict=True):
        do_cast_vote(voter, motion, "", ballot=ballot_for(motion, voter, option))
    do_close_vote(meeting.chair, motion)
    decrypt(motion, tellers, secrets)
    out = tmp_path / "out.txt"
    with out.open("w") as stream:
        call_command("verify-vote", str(motion.pk), stdout=stream)
    assert 'VALID: 3 ballots; counts {"yes": 1, "no": 2, "abstain": 0}' in out.read_text()
    # A record whose ballot was swapped for another's.
    record = box_actions.record_of(box_actions.current_box(motion))
    record["ballots"][0]["ballot"]["choices"][0] = record["ballots"][1]["ballot"]["choices"][0]
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record))
    with pytest.raises(CommandError, match="INVALID"):
        call_command("verify-vote", str(path))
    # The decision on the record must follow from the counts by the rule.
    Motion.objects.filter(pk=motion.pk).update(adopted=True, winner="yes")
    with pytest.raises(CommandError, match="bad_decision"):
        call_command("verify-vote", str(motion.pk))


def test_it_sends_each_tellers_name_in_every_script(meeting, present, tellers):
    from rostra.org.models import Person

    observer = tellers[1]
    observer.person = Person.objects.create(
        ref="olga",
        original_name="Ольга Орлова",
        name_en="Olga Orlova",
        name_ru="Ольга Орлова",
        name_zh_hans="奥尔加·奥尔洛娃",
    )
    observer.save()
    motion = _open(meeting, present, tellers)
    section = state.motion_section(Motion.objects.get(pk=motion.pk))["motion"]["box"]
    # Each reader's page shows the name in its own script (room.js, ballot.mjs: pick).
    assert [t["name"] for t in section["tellers"]] == [
        {"en": "Gustav Guest"},
        {"en": "Olga Orlova", "ru": "Ольга Орлова", "zh-hans": "奥尔加·奥尔洛娃"},
    ]

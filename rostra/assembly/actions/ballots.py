"""Secret votes: the tellers' keys, checking encrypted ballots, the tally and its decryption,
a lost share and the void (protocol: `rostra.events.voting.protocol`, docs/voting.md).

The server holds no secret and sees no choice: ballots arrive encrypted under the tellers'
joint key with their proofs; at the close the server adds them up (homomorphically), and
each teller's browser sends its proven share of the decryption of that sum.
"""

from __future__ import annotations

import uuid

from django.db import transaction
from django.utils import timezone

from rostra.assembly import state
from rostra.assembly.actions.common import RoomError, _after_commit, _bump, _require_chair
from rostra.assembly.models import BallotBox, BoxPhase, EncryptedBallot, Teller
from rostra.events import votes as event_votes
from rostra.events.models import CONFIRMED_STATUSES, Motion, MotionState, Participant
from rostra.events.voting import protocol

MIN_TELLERS = 2


def election_of(box: BallotBox) -> protocol.Election:
    return protocol.Election(
        id=box.election_id,
        public_key=bytes.fromhex(box.public_key),
        keys=tuple(box.options),
    )


def current_box(motion: Motion) -> BallotBox | None:
    return BallotBox.objects.filter(motion=motion).order_by("-opened_at", "-pk").first()


def open_box(motion: Motion, teller_ids: list[int], event_id: int) -> BallotBox:
    """A new round of a secret vote (inside do_open_vote's transaction)."""
    ids = list(dict.fromkeys(int(t) for t in teller_ids or []))
    if len(ids) < MIN_TELLERS:
        raise RoomError("need_tellers")
    tellers = list(
        Participant.objects.filter(pk__in=ids, event_id=event_id, status__in=CONFIRMED_STATUSES)
    )
    if len(tellers) != len(ids):
        raise RoomError("bad_teller")
    slug = motion.item.event.slug
    box = BallotBox.objects.create(
        motion=motion,
        election_id=f"{slug}/{motion.pk}/{uuid.uuid4().hex[:16]}",
        options=event_votes.option_keys(motion),
    )
    Teller.objects.bulk_create([Teller(box=box, participant=p) for p in tellers])
    return box


def _teller(participant: Participant, motion: Motion, phase: str) -> tuple[BallotBox, Teller]:
    box = (
        BallotBox.objects.select_for_update()
        .filter(motion=motion)
        .order_by("-opened_at", "-pk")
        .first()
    )
    if box is None or box.phase != phase:
        raise RoomError("wrong_phase")
    teller = Teller.objects.filter(box=box, participant=participant).first()
    if teller is None:
        raise RoomError("not_teller")
    return box, teller


def _publish_motion(event_id: int, motion: Motion) -> None:
    from rostra.assembly.actions.common import _delta

    room = _bump(event_id)
    _after_commit(event_id, _delta(room, state.motion_section(motion)))


def do_submit_key(participant: Participant, motion: Motion, share: dict) -> BallotBox:
    """A teller's public key share (made in their browser) with its proof; the vote opens for
    ballots when every teller's share is in."""
    with transaction.atomic():
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        box, teller = _teller(participant, motion, BoxPhase.KEYS)
        if teller.public:
            raise RoomError("already_done")
        try:
            public = protocol.verify_key_share(box.election_id, str(participant.pk), share)
        except protocol.Invalid as error:
            raise RoomError(error.code) from None
        teller.public = public.hex()
        teller.key_proof = share["proof"]
        teller.lost = False
        teller.save(update_fields=["public", "key_proof", "lost"])
        shares = list(box.tellers.values_list("public", flat=True))
        if all(shares):
            joint = protocol.joint_key([bytes.fromhex(s) for s in shares])
            box.public_key = joint.hex()
            box.election_hash = election_of(box).hash
            box.phase = BoxPhase.VOTING
            box.save(update_fields=["public_key", "election_hash", "phase"])
        _publish_motion(motion.item.event_id, motion)
    return box


def check_ballot(box: BallotBox, voter_id: int, ballot: object) -> str:
    """The ballot's tracker, or RoomError with the protocol's reason."""
    try:
        return protocol.verify_ballot(election_of(box), str(voter_id), ballot)
    except protocol.Invalid as error:
        raise RoomError(error.code) from None


def close_box(motion: Motion) -> BallotBox:
    """Stop taking ballots and add them up (inside do_close_vote's transaction)."""
    box = BallotBox.objects.select_for_update().filter(motion=motion).order_by("-opened_at").first()
    if box is None or box.phase != BoxPhase.VOTING:
        raise RoomError("wrong_phase")
    ballots = list(EncryptedBallot.objects.filter(box=box).values_list("ballot", flat=True))
    box.tally = protocol.tally(election_of(box), ballots)
    box.phase = BoxPhase.TALLYING
    box.save(update_fields=["tally", "phase"])
    return box


def do_submit_decryption(participant: Participant, motion: Motion, shares: list) -> Motion:
    """A teller's proven share of the tally's decryption; with the last one the counts are
    found and the result written by the one writer of results."""
    from rostra.assembly.actions.votes import eligible_at_close

    with transaction.atomic():
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        box, teller = _teller(participant, motion, BoxPhase.TALLYING)
        if teller.decryption:
            raise RoomError("already_done")
        election = election_of(box)
        try:
            protocol.verify_partial(
                election, str(participant.pk), bytes.fromhex(teller.public), box.tally, shares
            )
        except protocol.Invalid as error:
            raise RoomError(error.code) from None
        teller.decryption = shares
        teller.save(update_fields=["decryption"])
        tellers = list(box.tellers.all())
        if all(t.decryption for t in tellers):
            partials = [
                protocol.verify_partial(
                    election,
                    str(t.participant_id),
                    bytes.fromhex(t.public),
                    box.tally,
                    t.decryption,
                )
                for t in tellers
            ]
            voters = set(box.ballots.values_list("voter_id", flat=True))
            counts = protocol.combine(box.tally, partials, len(voters))
            box.phase = BoxPhase.DONE
            box.save(update_fields=["phase"])
            motion = event_votes.write_result(
                motion,
                dict(zip(box.options, counts, strict=True)),
                eligible_at_close(motion, voters),
            )
        _publish_motion(motion.item.event_id, motion)
    return motion


def do_report_lost(participant: Participant, motion: Motion) -> None:
    """A teller's browser has no key share for this vote: the room is told, and the chair may
    void the vote and open it again (n of n: without every share the tally stays sealed)."""
    with transaction.atomic():
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        box = current_box(motion)
        if box is None or box.phase not in (BoxPhase.VOTING, BoxPhase.TALLYING):
            raise RoomError("wrong_phase")
        updated = Teller.objects.filter(box=box, participant=participant, public__gt="").update(
            lost=True
        )
        if not updated:
            raise RoomError("not_teller")
        _publish_motion(motion.item.event_id, motion)


def do_void_vote(chair: Participant, motion: Motion) -> Motion:
    """The chair voids the current round of a secret vote; the motion can be opened again."""
    _require_chair(chair)
    with transaction.atomic():
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        if motion.item.event_id != chair.event_id:
            raise RoomError("not_found")
        box = current_box(motion)
        if box is None or box.phase in (BoxPhase.DONE, BoxPhase.VOID):
            raise RoomError("wrong_phase")
        box.phase = BoxPhase.VOID
        box.voided_at = timezone.now()
        box.save(update_fields=["phase", "voided_at"])
        motion.state = MotionState.DRAFT
        motion.opened_at = None
        motion.eligible_count = None
        motion.save(update_fields=["state", "opened_at", "eligible_count"])
        _publish_motion(motion.item.event_id, motion)
    return motion


def record_of(box: BallotBox) -> dict:
    """The vote's published record: everything `verify_vote.py` needs (docs/voting.md)."""
    motion = box.motion
    tellers = [
        {
            "id": str(t.participant_id),
            "name": t.participant.display_name,
            "public": t.public,
            "proof": t.key_proof,
            "lost": t.lost,
        }
        for t in box.tellers.select_related("participant__person")
    ]
    record = {
        "version": protocol.VERSION,
        "motion": motion.pk,
        "question": motion.question,
        "phase": box.phase,
        "election": {
            "id": box.election_id,
            "public_key": box.public_key,
            "options": box.options,
            "min": 1,
            "max": 1,
            "hash": box.election_hash,
            "tellers": tellers,
        },
        "ballots": [
            {"voter": str(b.voter_id), "tracker": b.tracker, "ballot": b.ballot}
            for b in box.ballots.order_by("tracker")
        ],
        "tally": box.tally,
        "decryptions": [
            {"teller": str(t.participant_id), "shares": t.decryption}
            for t in box.tellers.all()
            if t.decryption
        ],
    }
    if box.phase == BoxPhase.DONE and motion.state == MotionState.CLOSED:
        record["result"] = {
            "counts": motion.result,
            "adopted": motion.adopted,
            "unanimous": motion.unanimous,
            "quorum_reached": motion.quorum_reached,
            "winner": motion.winner,
            "eligible": motion.eligible_count,
        }
    return record

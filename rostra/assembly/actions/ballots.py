"""Secret votes: the tellers' keys, checking encrypted ballots, the tally and its decryption,
a lost share and the void (protocol: `rostra.events.voting.protocol`, docs/voting.md).

The server holds no secret and sees no choice: ballots arrive encrypted under the tellers'
joint key with their proofs; at the close the server adds them up (homomorphically), and
each teller's browser sends its proven share of the decryption of that sum.
"""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from rostra.assembly import state
from rostra.assembly.actions.common import (
    RoomError,
    _after_commit,
    _bump,
    _require_chair,
    eligible_at_close,
)
from rostra.assembly.models import BallotBox, BallotCheck, BoxPhase, EncryptedBallot, Teller
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


def do_submit_key(participant: Participant, motion: Motion, share: dict[str, Any]) -> BallotBox:
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


def check_ballot(box: BallotBox, voter_id: int, ballot: object, *, proofs: bool = True) -> str:
    """The ballot's tracker, or RoomError with the protocol's reason. Without `proofs`, only
    the cheap checks (the room's path: the proofs are checked after the ack, `verify_jobs`)."""
    check = protocol.verify_ballot if proofs else protocol.check_form
    try:
        return check(election_of(box), str(voter_id), ballot)
    except protocol.Invalid as error:
        raise RoomError(error.code) from None


def _seal_if_checked(box: BallotBox) -> bool:
    """In the tallying phase, once no ballot waits for its check: the encrypted tally, the sum
    of the valid ballots only. True if the tally was made now."""
    if box.phase != BoxPhase.TALLYING or box.tally is not None:
        return False
    if EncryptedBallot.objects.filter(box=box, verdict=BallotCheck.PENDING).exists():
        return False
    valid = EncryptedBallot.objects.filter(box=box, verdict=BallotCheck.VALID)
    box.tally = protocol.tally(election_of(box), list(valid.values_list("ballot", flat=True)))
    box.save(update_fields=["tally"])
    return True


def close_box(motion: Motion) -> BallotBox:
    """Stop taking ballots (inside do_close_vote's transaction); the tally is made once every
    ballot's proofs are checked (now, or with the last verdict: `record_verdicts`)."""
    box = BallotBox.objects.select_for_update().filter(motion=motion).order_by("-opened_at").first()
    if box is None or box.phase != BoxPhase.VOTING:
        raise RoomError("wrong_phase")
    box.phase = BoxPhase.TALLYING
    box.tally = None
    box.save(update_fields=["tally", "phase"])
    _seal_if_checked(box)
    return box


# Ballots still unchecked after this long were stored by a process that is gone (or stuck):
# any process checks them (the verdict is the same whoever finds it).
ORPHAN_SECONDS = 30


def verify_jobs(
    vote_ids: list[uuid.UUID], orphans: bool = False
) -> list[tuple[str, dict[str, Any], str, dict[str, Any]]]:
    """The unchecked ballots among `vote_ids` (and, with `orphans`, those of any open round
    left unchecked for ORPHAN_SECONDS), as jobs for `protocol.verify_many`."""
    rows = EncryptedBallot.objects.filter(verdict=BallotCheck.PENDING).select_related("box")
    found = list(rows.filter(vote_id__in=vote_ids)) if vote_ids else []
    if orphans:
        old = timezone.now() - timedelta(seconds=ORPHAN_SECONDS)
        seen = {b.vote_id for b in found}
        found += [
            b
            for b in rows.filter(
                stored_at__lt=old, box__phase__in=(BoxPhase.VOTING, BoxPhase.TALLYING)
            )[:2000]
            if b.vote_id not in seen
        ]
    elections: dict[int, dict[str, Any]] = {}
    jobs = []
    for b in found:
        if b.box_id not in elections:
            elections[b.box_id] = election_of(b.box).as_dict()
        jobs.append((str(b.vote_id), elections[b.box_id], str(b.voter_id), b.ballot))
    return jobs


# How often the room hears how many ballots are still being checked after the close. Verdicts
# come in chunks of up to 50: one delta per chunk sent 100 deltas to each of 5,000 delegates
# after a 5,000-ballot close, whose fan-out took the CPU the checks needed (bench/live_vote.py
# --secret: 33.5 s from the close to the tally). The sealed tally is always sent at once.
PROGRESS_SECONDS = 1.0
_progress_sent: dict[int, float] = {}


def _progress_due(box_id: int) -> bool:
    now = time.monotonic()
    if now - _progress_sent.get(box_id, 0.0) < PROGRESS_SECONDS:
        return False
    _progress_sent[box_id] = now
    return True


def record_verdicts(verdicts: list[tuple[str, str]]) -> None:
    """Write the proofs' verdicts [(vote id, "" or the reason)]. A rejected ballot's voter
    (and whoever cast it for them) is told; a tallying round whose last ballot is checked gets
    its tally, and the room sees how many ballots are still being checked."""
    if not verdicts:
        return
    with transaction.atomic():
        valid = [v for v, reason in verdicts if not reason]
        EncryptedBallot.objects.filter(vote_id__in=valid, verdict=BallotCheck.PENDING).update(
            verdict=BallotCheck.VALID
        )
        told: dict[int, set[int]] = {}
        for vote_id, reason in verdicts:
            if not reason:
                continue
            ballot = (
                EncryptedBallot.objects.select_related("box__motion__item")
                .filter(vote_id=vote_id, verdict=BallotCheck.PENDING)
                .first()
            )
            if ballot is None:
                continue
            ballot.verdict = BallotCheck.REJECTED
            ballot.reason = reason[:40]
            ballot.save(update_fields=["verdict", "reason"])
            event_id = ballot.box.motion.item.event_id
            told.setdefault(event_id, set()).update({ballot.voter_id, ballot.cast_by_id})
        boxes = set(
            EncryptedBallot.objects.filter(vote_id__in=[v for v, _r in verdicts]).values_list(
                "box_id", flat=True
            )
        )
        for box in (
            BallotBox.objects.select_for_update()
            .filter(pk__in=boxes, phase=BoxPhase.TALLYING)
            .select_related("motion__item")
        ):
            if _seal_if_checked(box) or _progress_due(box.pk):
                _publish_motion(box.motion.item.event_id, box.motion)
        for event_id, people in told.items():
            _after_commit(event_id, {"t": "personal", "to": sorted(people)})


def do_submit_decryption(participant: Participant, motion: Motion, shares: list[Any]) -> Motion:
    """A teller's proven share of the tally's decryption; with the last one the counts are
    found and the result written by the one writer of results."""
    with transaction.atomic():
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        box, teller = _teller(participant, motion, BoxPhase.TALLYING)
        if teller.decryption:
            raise RoomError("already_done")
        if box.tally is None:
            raise RoomError("checking_ballots")
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
            valid = box.ballots.filter(verdict=BallotCheck.VALID).count()
            counts = protocol.combine(box.tally, partials, valid)
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


def record_of(box: BallotBox) -> dict[str, Any]:
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
        "ballots": [_entry(b) for b in box.ballots.order_by("tracker")],
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


def _entry(ballot: EncryptedBallot) -> dict[str, Any]:
    entry = {"voter": str(ballot.voter_id), "tracker": ballot.tracker, "ballot": ballot.ballot}
    if ballot.verdict == BallotCheck.REJECTED:
        entry["rejected"] = ballot.reason or "invalid"
    elif ballot.verdict == BallotCheck.PENDING:
        entry["pending"] = True
    return entry

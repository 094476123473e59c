"""Motions and votes: open, cast (in batches), close."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from rostra.assembly import rules, state
from rostra.assembly.actions import ballots
from rostra.assembly.actions.common import (
    RoomError,
    _after_commit,
    _bump,
    _delta,
    _present_delegates,
    _require_chair,
    eligible_at_close,
)
from rostra.assembly.models import (
    BallotBox,
    BallotCheck,
    BoxPhase,
    EncryptedBallot,
    NamedVote,
    Presence,
    Proxy,
)
from rostra.events import votes as event_votes
from rostra.events.models import (
    AgendaItem,
    AgendaKind,
    Motion,
    MotionKind,
    MotionState,
    Participant,
    ParticipantRole,
)


def do_create_motion(
    chair: Participant,
    *,
    question: str,
    language: str = "en",
    options: list[str] | None = None,
    secret: bool = False,
    allow_proxy: bool = False,
    quorum: int | None = None,
    majority: str = "simple",
) -> Motion:
    """A motion put from the chair's screen, on the current item (or a new motion item)."""
    _require_chair(chair)
    question = question.strip()
    if not question:
        raise RoomError("bad_request")
    code = language.replace("-", "_")
    with transaction.atomic():
        room = state.room_of(chair.event_id)
        item = room.current_item
        if item is None:
            item = _motion_item_in_place(chair.event_id, question[:300], code)
        choices = [o.strip() for o in (options or []) if o.strip()]
        motion = Motion.objects.create(
            item=item,
            kind=MotionKind.CHOICE if choices else MotionKind.YES_NO,
            options=[
                {"key": f"o{n}", f"label_{code}": label} for n, label in enumerate(choices, 1)
            ],
            secret=secret,
            allow_proxy=allow_proxy,
            quorum=quorum or None,
            majority=majority,
            **{f"question_{code}": question},
        )
    return motion


def _motion_item_in_place(event_id: int, title: str, code: str) -> AgendaItem:
    """With no current item, a motion gets an item of its own where the meeting stands: after
    the last item taken up (at the top if none was), not at the end of the agenda."""
    agenda = AgendaItem.objects.filter(event_id=event_id)
    last = agenda.filter(started_at__isnull=False).order_by("-position", "-pk").first()
    position = (last.position + 1) if last else 1
    agenda.filter(position__gte=position).update(position=F("position") + 1)
    return AgendaItem.objects.create(
        event_id=event_id, kind=AgendaKind.MOTION, position=position, **{f"title_{code}": title}
    )


def do_open_vote(chair: Participant, motion: Motion, tellers: list[int] | None = None) -> Motion:
    """Open a vote. A secret vote needs its tellers (at least two participants): it takes
    ballots once each teller's browser has sent its public key share (`ballots.do_submit_key`)."""
    _require_chair(chair)
    if motion.item.event_id != chair.event_id:
        raise RoomError("not_found")
    with transaction.atomic():
        room = _bump(chair.event_id)
        motion = Motion.objects.select_for_update().select_related("item__event").get(pk=motion.pk)
        if motion.state != MotionState.DRAFT:
            raise RoomError("not_draft")
        if room.current_motion and room.current_motion.state == MotionState.OPEN:
            raise RoomError("vote_open")
        if not rules.options_of(motion):
            raise RoomError("no_options")
        if motion.secret:
            ballots.open_box(motion, tellers or [], chair.event_id)
        motion.state = MotionState.OPEN
        motion.opened_at = timezone.now()
        motion.eligible_count = len(_present_delegates(chair.event_id))
        motion.save(update_fields=["state", "opened_at", "eligible_count"])
        room.current_motion = motion
        room.save(update_fields=["current_motion"])
        _after_commit(chair.event_id, _delta(room, state.motion_section(motion)))
    return motion


@dataclass(frozen=True)
class VoteRequest:
    motion_id: int
    caster_id: int  # the delegate who pressed the button
    option: str  # a named vote's choice; empty for a secret vote
    vote_id: uuid.UUID
    for_id: int | None = None  # the principal, when cast by proxy
    ballot: dict[str, Any] | None = None  # a secret vote's encrypted ballot with its proofs


# Outcome codes: "ok" (counted now), "duplicate" (this vote id was already counted: a retry),
# or a refusal: closed, not_eligible, not_present, already_voted, bad_option, no_proxy; for a
# secret vote also no_ballot, keys_pending and the protocol's reasons (not_zero_or_one,
# wrong_number, wrong_vote, wrong_voter, malformed).
COUNTED = ("ok", "duplicate")


def check_secret(requests: list[VoteRequest], *, proofs: bool = True) -> dict[int, tuple[int, str]]:
    """Before the transaction: the box each secret ballot is for and its tracker, or its
    refusal. {request index: (box id, tracker or "!code")}. Without `proofs` (the room), only
    the cheap checks: the ballot is stored unchecked and acknowledged, and its proofs are
    checked in the background (`live.Hub._verifier`; docs/voting.md, "Checking ballots")."""
    motion_ids = {r.motion_id for r in requests}
    secret = set(Motion.objects.filter(pk__in=motion_ids, secret=True).values_list("pk", flat=True))
    boxes = {}
    checked: dict[int, tuple[int, str]] = {}
    for n, r in enumerate(requests):
        if r.motion_id not in secret:
            continue
        if r.motion_id not in boxes:
            boxes[r.motion_id] = (
                BallotBox.objects.filter(motion_id=r.motion_id)
                .order_by("-opened_at", "-pk")
                .first()
            )
        box = boxes[r.motion_id]
        if box is None or box.phase != BoxPhase.VOTING:
            code = "keys_pending" if box is not None and box.phase == BoxPhase.KEYS else "closed"
            checked[n] = (0, "!" + code)
        elif r.ballot is None or r.option:
            checked[n] = (box.pk, "!no_ballot")  # a plain choice is never taken in a secret vote
        else:
            try:
                checked[n] = (
                    box.pk,
                    ballots.check_ballot(box, r.for_id or r.caster_id, r.ballot, proofs=proofs),
                )
            except RoomError as error:
                checked[n] = (box.pk, "!" + error.code)
    return checked


def cast_votes(
    requests: list[VoteRequest],
    checked: dict[int, tuple[int, str]] | None = None,
    proofs_checked: bool = True,
) -> list[str]:
    """Write a batch of votes in one transaction; one outcome per request, in order.

    Checks for each: the motion is open, the option exists, the caster is a confirmed
    delegate of the motion's event who is present, a proxy vote has its proxy and the motion
    allows proxies, and the voter has not voted. The unique constraints (motion, voter) are
    the last word: a race between two processes ends in an IntegrityError, and the caller
    retries the batch one vote at a time.
    """
    if not requests:
        return []
    if checked is None:
        checked = check_secret(requests)
    with transaction.atomic():
        motions = {
            m.pk: m
            for m in Motion.objects.select_for_update(of=("self",))
            .select_related("item")
            .filter(pk__in={r.motion_id for r in requests})
        }
        people = {r.caster_id for r in requests} | {r.for_id for r in requests if r.for_id}
        info = {
            row[0]: row
            for row in Participant.objects.filter(pk__in=people).values_list(
                "pk", "event_id", "status", "checked_in_at"
            )
        }
        roles: dict[int, set[str]] = {}
        for pid, role in ParticipantRole.objects.filter(participant_id__in=people).values_list(
            "participant_id", "role"
        ):
            roles.setdefault(pid, set()).add(role)
        connected = set(
            Presence.objects.filter(participant_id__in=people, connections__gt=0).values_list(
                "participant_id", flat=True
            )
        )
        proxies = set(
            Proxy.objects.filter(principal_id__in=people).values_list("principal_id", "holder_id")
        )
        vote_ids = [r.vote_id for r in requests]
        known_ids = set(
            NamedVote.objects.filter(vote_id__in=vote_ids).values_list("vote_id", flat=True)
        )
        known_ids |= set(
            EncryptedBallot.objects.filter(vote_id__in=vote_ids).values_list("vote_id", flat=True)
        )
        open_boxes = {
            m.pk: box.pk
            for m in motions.values()
            if m.secret and (box := ballots.current_box(m)) and box.phase == BoxPhase.VOTING
        }
        voters = {r.for_id or r.caster_id for r in requests}
        done = set(
            NamedVote.objects.filter(motion_id__in=motions, voter_id__in=voters).values_list(
                "motion_id", "voter_id"
            )
        ) | set(
            EncryptedBallot.objects.filter(
                box_id__in=open_boxes.values(), voter_id__in=voters
            ).values_list("box__motion_id", "voter_id")
        )

        def eligible(pid: int, event_id: int) -> bool:
            row = info.get(pid)
            return (
                row is not None
                and row[1] == event_id
                and rules.may_vote(row[2], roles.get(pid, frozenset()))
            )

        outcomes: list[str] = []
        keys: dict[int, set[str]] = {}
        named: list[NamedVote] = []
        encrypted: list[EncryptedBallot] = []
        for n, r in enumerate(requests):
            motion = motions.get(r.motion_id)
            voter = r.for_id or r.caster_id
            if r.vote_id in known_ids:
                outcomes.append("duplicate")
                continue
            if motion is None or motion.state != MotionState.OPEN:
                outcomes.append("closed")
                continue
            event_id = motion.item.event_id
            box_id, tracker = checked.get(n, (0, ""))
            if motion.secret and (tracker.startswith("!") or open_boxes.get(motion.pk) != box_id):
                outcomes.append(tracker[1:] if tracker.startswith("!") else "closed")
                continue
            if not motion.secret:
                if motion.pk not in keys:
                    keys[motion.pk] = set(rules.option_keys(motion))
                if r.option not in keys[motion.pk]:
                    outcomes.append("bad_option")
                    continue
            if not eligible(r.caster_id, event_id) or not eligible(voter, event_id):
                outcomes.append("not_eligible")
                continue
            if r.caster_id not in connected and info[r.caster_id][3] is None:
                outcomes.append("not_present")
                continue
            if r.for_id and (not motion.allow_proxy or (r.for_id, r.caster_id) not in proxies):
                outcomes.append("no_proxy")
                continue
            if (motion.pk, voter) in done:
                outcomes.append("already_voted")
                continue
            done.add((motion.pk, voter))
            known_ids.add(r.vote_id)
            if motion.secret:
                encrypted.append(
                    EncryptedBallot(
                        box_id=box_id,
                        voter_id=voter,
                        cast_by_id=r.caster_id,
                        vote_id=r.vote_id,
                        tracker=tracker,
                        ballot=r.ballot,
                        verdict=BallotCheck.VALID if proofs_checked else BallotCheck.PENDING,
                    )
                )
            else:
                named.append(
                    NamedVote(
                        motion=motion,
                        voter_id=voter,
                        cast_by_id=r.caster_id,
                        option=r.option,
                        vote_id=r.vote_id,
                    )
                )
            outcomes.append("ok")
        NamedVote.objects.bulk_create(named)
        EncryptedBallot.objects.bulk_create(encrypted)
    return outcomes


def do_cast_vote(
    participant: Participant,
    motion: Motion,
    option: str,
    vote_id: uuid.UUID | None = None,
    on_behalf_of: Participant | None = None,
    ballot: dict[str, Any] | None = None,
) -> str:
    """One vote on its own (the room batches them; see `live.Writer`). Raises on refusal."""
    outcome = cast_votes(
        [
            VoteRequest(
                motion_id=motion.pk,
                caster_id=participant.pk,
                option=option,
                vote_id=vote_id or uuid.uuid4(),
                for_id=on_behalf_of.pk if on_behalf_of else None,
                ballot=ballot,
            )
        ]
    )[0]
    if outcome not in COUNTED:
        raise RoomError(outcome)
    return outcome


def do_close_vote(chair: Participant, motion: Motion) -> Motion:
    _require_chair(chair)
    if motion.item.event_id != chair.event_id:
        raise RoomError("not_found")
    with transaction.atomic():
        room = _bump(chair.event_id)
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        if motion.state != MotionState.OPEN:
            raise RoomError("not_open")
        if motion.secret:
            # The ballots are added up; the tellers' browsers decrypt the sum, and the last
            # share writes the result (ballots.do_submit_decryption).
            ballots.close_box(motion)
            _after_commit(chair.event_id, _delta(room, state.motion_section(motion)))
            return motion
        counts = state.option_counts(motion)
        voters = set(NamedVote.objects.filter(motion=motion).values_list("voter_id", flat=True))
        eligible = eligible_at_close(motion, voters)
        motion = event_votes.write_result(motion, counts, eligible)
        room.current_motion = motion
        room.save(update_fields=["current_motion"])
        _after_commit(chair.event_id, _delta(room, state.motion_section(motion)))
    return motion


def motions_of(event_id: int) -> Iterable[Motion]:
    return Motion.objects.filter(item__event_id=event_id).select_related("item")

"""Motions and votes: open, cast (in batches), close."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from rostra.assembly import rules, state
from rostra.assembly.actions.common import (
    RoomError,
    _after_commit,
    _bump,
    _delta,
    _require_chair,
)
from rostra.assembly.models import (
    NamedVote,
    Presence,
    Proxy,
    SecretBallot,
    VoterRecord,
)
from rostra.events.models import (
    CONFIRMED_STATUSES,
    AgendaItem,
    AgendaKind,
    Motion,
    MotionKind,
    MotionState,
    Participant,
    ParticipantRole,
    Role,
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


def _present_delegates(event_id: int) -> set[int]:
    """Confirmed delegates in the room now (connected) or checked in at the hall."""
    return set(
        Participant.objects.filter(
            event_id=event_id, status__in=CONFIRMED_STATUSES, roles__role=Role.DELEGATE
        )
        .filter(Q(presence__connections__gt=0) | Q(checked_in_at__isnull=False))
        .values_list("pk", flat=True)
    )


def do_open_vote(chair: Participant, motion: Motion) -> Motion:
    _require_chair(chair)
    if motion.item.event_id != chair.event_id:
        raise RoomError("not_found")
    with transaction.atomic():
        room = _bump(chair.event_id)
        motion = Motion.objects.select_for_update().get(pk=motion.pk)
        if motion.state != MotionState.DRAFT:
            raise RoomError("not_draft")
        if room.current_motion and room.current_motion.state == MotionState.OPEN:
            raise RoomError("vote_open")
        if not rules.options_of(motion):
            raise RoomError("no_options")
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
    option: str
    vote_id: uuid.UUID
    for_id: int | None = None  # the principal, when cast by proxy


# Outcome codes: "ok" (counted now), "duplicate" (this vote id was already counted: a retry),
# or a refusal: closed, not_eligible, not_present, already_voted, bad_option, no_proxy.
COUNTED = ("ok", "duplicate")


def cast_votes(requests: list[VoteRequest]) -> list[str]:
    """Write a batch of votes in one transaction; one outcome per request, in order.

    Checks for each: the motion is open, the option exists, the caster is a confirmed
    delegate of the motion's event who is present, a proxy vote has its proxy and the motion
    allows proxies, and the voter has not voted. The unique constraints (motion, voter) are
    the last word: a race between two processes ends in an IntegrityError, and the caller
    retries the batch one vote at a time.
    """
    if not requests:
        return []
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
        delegates = set(
            ParticipantRole.objects.filter(
                participant_id__in=people, role=Role.DELEGATE
            ).values_list("participant_id", flat=True)
        )
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
            VoterRecord.objects.filter(vote_id__in=vote_ids).values_list("vote_id", flat=True)
        )
        voters = {r.for_id or r.caster_id for r in requests}
        done = set(
            NamedVote.objects.filter(motion_id__in=motions, voter_id__in=voters).values_list(
                "motion_id", "voter_id"
            )
        ) | set(
            VoterRecord.objects.filter(
                motion_id__in=motions, participant_id__in=voters
            ).values_list("motion_id", "participant_id")
        )

        def eligible(pid: int, event_id: int) -> bool:
            row = info.get(pid)
            return (
                bool(row)
                and row[1] == event_id
                and row[2] in CONFIRMED_STATUSES
                and pid in delegates
            )

        outcomes: list[str] = []
        keys: dict[int, set[str]] = {}
        named: list[NamedVote] = []
        records: list[VoterRecord] = []
        ballots: list[SecretBallot] = []
        for r in requests:
            motion = motions.get(r.motion_id)
            voter = r.for_id or r.caster_id
            if r.vote_id in known_ids:
                outcomes.append("duplicate")
                continue
            if motion is None or motion.state != MotionState.OPEN:
                outcomes.append("closed")
                continue
            event_id = motion.item.event_id
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
                records.append(
                    VoterRecord(
                        motion=motion,
                        participant_id=voter,
                        by_proxy=bool(r.for_id),
                        vote_id=r.vote_id,
                    )
                )
                ballots.append(SecretBallot(motion=motion, option=r.option))
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
        # Shuffled, so that within a batch the row order says nothing either.
        random.shuffle(records)
        random.shuffle(ballots)
        NamedVote.objects.bulk_create(named)
        VoterRecord.objects.bulk_create(records)
        SecretBallot.objects.bulk_create(ballots)
    return outcomes


def do_cast_vote(
    participant: Participant,
    motion: Motion,
    option: str,
    vote_id: uuid.UUID | None = None,
    on_behalf_of: Participant | None = None,
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
            )
        ]
    )[0]
    if outcome not in COUNTED:
        raise RoomError(outcome)
    return outcome


def _reshuffle_secret(motion: Motion) -> None:
    """Rewrite the voter list and the ballots in random order with new random keys: after
    this, not even the physical order of the rows follows the order of voting."""
    for model, fields in (
        (VoterRecord, ["participant_id", "by_proxy", "vote_id"]),
        (SecretBallot, ["option"]),
    ):
        rows = list(model.objects.filter(motion=motion).values_list(*fields))
        random.shuffle(rows)
        model.objects.filter(motion=motion).delete()
        model.objects.bulk_create(
            [model(motion=motion, **dict(zip(fields, row, strict=True))) for row in rows],
            batch_size=500,
        )


def do_close_vote(chair: Participant, motion: Motion) -> Motion:
    _require_chair(chair)
    if motion.item.event_id != chair.event_id:
        raise RoomError("not_found")
    with transaction.atomic():
        room = _bump(chair.event_id)
        motion = Motion.objects.select_for_update().select_related("item").get(pk=motion.pk)
        if motion.state != MotionState.OPEN:
            raise RoomError("not_open")
        counts = state.option_counts(motion)
        if motion.secret:
            voters = set(
                VoterRecord.objects.filter(motion=motion).values_list("participant_id", flat=True)
            )
            _reshuffle_secret(motion)
        else:
            voters = set(NamedVote.objects.filter(motion=motion).values_list("voter_id", flat=True))
        # Eligible: present delegates now, those who voted and left, and at least those
        # present at the opening.
        eligible = max(len(_present_delegates(chair.event_id) | voters), motion.eligible_count or 0)
        outcome = rules.decide(
            kind=motion.kind,
            keys=rules.option_keys(motion),
            counts=counts,
            majority=motion.majority,
            quorum=motion.quorum,
            eligible=eligible,
        )
        motion.state = MotionState.CLOSED
        motion.closed_at = timezone.now()
        motion.eligible_count = eligible
        motion.result = outcome.counts
        motion.votes_cast = outcome.votes_cast
        motion.quorum_reached = outcome.quorum_reached
        motion.adopted = outcome.adopted
        motion.unanimous = outcome.unanimous
        motion.winner = outcome.winner
        motion.save()
        room.current_motion = motion
        room.save(update_fields=["current_motion"])
        _after_commit(chair.event_id, _delta(room, state.motion_section(motion)))
    return motion


def motions_of(event_id: int) -> Iterable[Motion]:
    return Motion.objects.filter(item__event_id=event_id).select_related("item")

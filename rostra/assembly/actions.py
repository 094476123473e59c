"""Every change of the live room: written in one transaction, published after commit.

Each `do_*` checks who may do it, writes, bumps the room's version (for changes everyone
sees) and, once the transaction has committed, sends the changed section to the room's group
on the channel layer. Votes come in batches (`cast_votes`): the process's writer task puts
the votes that arrived within a few milliseconds into one transaction (see `live.py`).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from rostra.assembly import rules, state
from rostra.assembly.models import (
    NamedVote,
    Presence,
    Proxy,
    RoomState,
    SecretBallot,
    SpeakerEntry,
    SpeakerState,
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


class RoomError(Exception):
    """A refused action; `code` is shown to the user (translated by the page)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def group_name(event_id: int) -> str:
    return f"assembly.room.{event_id}"


def publish(event_id: int, message: dict) -> None:
    """Send to every process's room hub; call after commit."""
    layer = get_channel_layer()
    if layer is None:
        return
    async_to_sync(layer.group_send)(
        group_name(event_id), {"type": "room.message", "event": event_id, **message}
    )


def _after_commit(event_id: int, message: dict) -> None:
    transaction.on_commit(lambda: publish(event_id, message))


def _bump(event_id: int) -> RoomState:
    """Lock the room, raise its version; returns it with the related rows loaded."""
    RoomState.objects.get_or_create(event_id=event_id)
    RoomState.objects.filter(pk=event_id).update(
        version=F("version") + 1, updated_at=timezone.now()
    )
    return (
        RoomState.objects.select_for_update(of=("self",))
        .select_related("current_item", "screening_item", "current_motion__item")
        .get(pk=event_id)
    )


def _roles(participant: Participant) -> frozenset[str]:
    return frozenset(
        ParticipantRole.objects.filter(participant=participant).values_list("role", flat=True)
    )


def _require_chair(participant: Participant) -> None:
    if not (participant.status in CONFIRMED_STATUSES and rules.is_chair(_roles(participant))):
        raise RoomError("not_chair")


def _delta(room: RoomState, *sections: dict) -> dict:
    message = {"t": "delta", "v": room.version}
    for section in sections:
        message.update(section)
    return message


# --- Presence ------------------------------------------------------------------------------


def apply_presence(changes: dict[int, int]) -> set[int]:
    """Add +n / -n open connections per participant id; the first join records attendance
    (`Participant.online_at`). A few statements whatever the number of people (the room's
    writer sends thousands of joins at once). Returns the event ids touched."""
    now = timezone.now()
    with transaction.atomic():
        rows = dict(Participant.objects.filter(pk__in=changes).values_list("pk", "event_id"))
        existing = set(
            Presence.objects.filter(participant_id__in=rows).values_list(
                "participant_id", flat=True
            )
        )
        by_change: dict[int, list[int]] = {}
        new = []
        for pid, change in changes.items():
            if pid not in rows or change == 0:
                continue
            if pid in existing:
                by_change.setdefault(change, []).append(pid)
            else:
                new.append(
                    Presence(participant_id=pid, event_id=rows[pid], connections=max(change, 0))
                )
        for change, pids in by_change.items():
            Presence.objects.filter(participant_id__in=pids).update(
                connections=F("connections") + change, last_seen_at=now
            )
        Presence.objects.bulk_create(new, batch_size=500)
        joined = [pid for pid, change in changes.items() if change > 0]
        Participant.objects.filter(pk__in=joined, online_at__isnull=True).update(online_at=now)
        Presence.objects.filter(participant_id__in=rows, connections__lt=0).update(connections=0)
    return {rows[pid] for pid in changes if pid in rows}


def do_join_room(participant: Participant) -> None:
    apply_presence({participant.pk: 1})


def do_leave_room(participant: Participant) -> None:
    apply_presence({participant.pk: -1})


# --- Agenda --------------------------------------------------------------------------------


def do_set_current_item(chair: Participant, item: AgendaItem | None) -> RoomState:
    _require_chair(chair)
    if item is not None and item.event_id != chair.event_id:
        raise RoomError("not_found")
    now = timezone.now()
    with transaction.atomic():
        room = _bump(chair.event_id)
        if room.current_item and room.current_item != item:
            _end_speaking(room, now)
            AgendaItem.objects.filter(pk=room.current_item_id, ended_at__isnull=True).update(
                ended_at=now
            )
        room.current_item = item
        room.save(update_fields=["current_item"])
        if item is not None and item.started_at is None:
            AgendaItem.objects.filter(pk=item.pk).update(started_at=now)
        _after_commit(
            chair.event_id,
            _delta(room, state.item_section(room), state.speakers_section(room)),
        )
    return room


# --- Speakers' list ------------------------------------------------------------------------


def do_request_floor(participant: Participant, point_of_order: bool = False) -> SpeakerEntry:
    if not rules.may_speak(participant.status, _roles(participant)):
        raise RoomError("may_not_speak")
    with transaction.atomic():
        room = _bump(participant.event_id)
        if room.current_item_id is None:
            raise RoomError("no_item")
        last = (
            SpeakerEntry.objects.filter(item_id=room.current_item_id)
            .order_by("-order")
            .values_list("order", flat=True)
            .first()
        )
        try:
            with transaction.atomic():
                entry = SpeakerEntry.objects.create(
                    item_id=room.current_item_id,
                    participant=participant,
                    point_of_order=point_of_order,
                    order=(last or 0) + 1,
                )
        except IntegrityError:
            raise RoomError("already_listed") from None
        _after_commit(participant.event_id, _delta(room, state.speakers_section(room)))
    return entry


def do_withdraw_floor(participant: Participant) -> None:
    with transaction.atomic():
        room = _bump(participant.event_id)
        updated = SpeakerEntry.objects.filter(
            item_id=room.current_item_id, participant=participant, state=SpeakerState.WAITING
        ).update(state=SpeakerState.WITHDRAWN)
        if not updated:
            raise RoomError("not_listed")
        _after_commit(participant.event_id, _delta(room, state.speakers_section(room)))


def do_reorder_speakers(chair: Participant, entry_ids: list[int]) -> None:
    """The chair puts the waiting list in this order (points of order stay first)."""
    _require_chair(chair)
    with transaction.atomic():
        room = _bump(chair.event_id)
        for position, entry_id in enumerate(entry_ids, start=1):
            SpeakerEntry.objects.filter(
                pk=entry_id, item_id=room.current_item_id, state=SpeakerState.WAITING
            ).update(order=position)
        _after_commit(chair.event_id, _delta(room, state.speakers_section(room)))


def _end_speaking(room: RoomState, now) -> SpeakerEntry | None:
    """End whoever speaks and write the speech into the event's record as an agenda item of
    kind speech (same position as the item it was given on, so it follows it)."""
    entry = (
        SpeakerEntry.objects.select_related("item", "participant")
        .filter(item__event_id=room.event_id, state=SpeakerState.SPEAKING)
        .first()
    )
    if entry is None:
        return None
    item = entry.item
    if item.kind == AgendaKind.SPEECH and item.speaker_id == entry.participant_id:
        record = item  # the planned speech itself
    else:
        record = AgendaItem.objects.create(
            event_id=room.event_id,
            session_id=item.session_id,
            position=item.position,
            kind=AgendaKind.SPEECH,
            speaker=entry.participant,
            started_at=entry.started_at,
            ended_at=now,
            speaking_limit=item.speaking_limit,
        )
    if record is item:
        AgendaItem.objects.filter(pk=item.pk).update(
            started_at=item.started_at or entry.started_at, ended_at=now
        )
    entry.state = SpeakerState.DONE
    entry.ended_at = now
    entry.record_item = record
    entry.save(update_fields=["state", "ended_at", "record_item"])
    return entry


def do_start_speaker(chair: Participant, entry_id: int | None = None) -> SpeakerEntry:
    """Give the floor to this entry, or to the next in the list; ends the current speaker."""
    _require_chair(chair)
    now = timezone.now()
    with transaction.atomic():
        room = _bump(chair.event_id)
        waiting = SpeakerEntry.objects.filter(
            item_id=room.current_item_id, state=SpeakerState.WAITING
        )
        entry = waiting.filter(pk=entry_id).first() if entry_id else waiting.first()
        if entry is None:
            raise RoomError("no_speaker")
        _end_speaking(room, now)
        entry.state = SpeakerState.SPEAKING
        entry.started_at = now
        entry.save(update_fields=["state", "started_at"])
        _after_commit(chair.event_id, _delta(room, state.speakers_section(room)))
    return entry


def do_end_speaker(chair: Participant) -> SpeakerEntry:
    _require_chair(chair)
    with transaction.atomic():
        room = _bump(chair.event_id)
        entry = _end_speaking(room, timezone.now())
        if entry is None:
            raise RoomError("no_speaker")
        _after_commit(
            chair.event_id, _delta(room, state.speakers_section(room), state.item_section(room))
        )
    return entry


# --- Screenings ----------------------------------------------------------------------------


def do_start_screening(
    chair: Participant, item: AgendaItem | None = None, url: str = ""
) -> RoomState:
    """Everyone's player loads this video (the item's file or link, or a link), paused at 0."""
    _require_chair(chair)
    if item is not None:
        if item.event_id != chair.event_id:
            raise RoomError("not_found")
        url = item.video.url if item.video_id else item.video_url
    if not url or not (url.startswith(("https://", "http://", "/"))):
        raise RoomError("no_video")
    with transaction.atomic():
        room = _bump(chair.event_id)
        room.screening_item = item
        room.screening_url = url
        room.screening_playing = False
        room.screening_position = 0
        room.screening_updated_at = timezone.now()
        room.save()
        _after_commit(chair.event_id, _delta(room, state.screening_section(room)))
    return room


def do_control_screening(
    chair: Participant, action: str, position: float | None = None
) -> RoomState:
    """play / pause / seek (to `position` seconds) / stop."""
    _require_chair(chair)
    now = timezone.now()
    with transaction.atomic():
        room = _bump(chair.event_id)
        if not room.screening_url:
            raise RoomError("no_video")
        current = room.screening_position
        if room.screening_playing and room.screening_updated_at:
            current += (now - room.screening_updated_at).total_seconds()
        if action == "stop":
            room.screening_url = ""
            room.screening_item = None
            room.screening_playing = False
            current = 0
        elif action == "play":
            room.screening_playing = True
        elif action == "pause":
            room.screening_playing = False
        elif action == "seek":
            current = max(0.0, float(position or 0))
        else:
            raise RoomError("bad_request")
        room.screening_position = current
        room.screening_updated_at = now
        room.save()
        _after_commit(chair.event_id, _delta(room, state.screening_section(room)))
    return room


# --- Proxies -------------------------------------------------------------------------------


def do_give_proxy(principal: Participant, holder: Participant) -> Proxy:
    """A delegate hands his vote to another delegate present at the same event."""
    if holder.event_id != principal.event_id or holder.pk == principal.pk:
        raise RoomError("bad_proxy")
    if not (
        rules.may_vote(principal.status, _roles(principal))
        and rules.may_vote(holder.status, _roles(holder))
    ):
        raise RoomError("bad_proxy")
    with transaction.atomic():
        if Proxy.objects.filter(principal=holder).exists():
            raise RoomError("bad_proxy")  # no chains: the holder has given his own vote away
        Proxy.objects.filter(principal=principal).delete()
        proxy = Proxy.objects.create(
            event_id=principal.event_id, principal=principal, holder=holder
        )
        _after_commit(
            principal.event_id,
            {"t": "personal", "to": [principal.pk, holder.pk], "refresh": True},
        )
    return proxy


def do_revoke_proxy(principal: Participant) -> None:
    with transaction.atomic():
        holders = list(
            Proxy.objects.filter(principal=principal).values_list("holder_id", flat=True)
        )
        Proxy.objects.filter(principal=principal).delete()
        _after_commit(
            principal.event_id, {"t": "personal", "to": [principal.pk, *holders], "refresh": True}
        )


# --- Motions and votes ---------------------------------------------------------------------


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
            last = AgendaItem.objects.filter(event_id=chair.event_id).order_by("-position").first()
            item = AgendaItem.objects.create(
                event_id=chair.event_id,
                kind=AgendaKind.MOTION,
                position=(last.position + 1) if last else 1,
                **{f"title_{code}": question[:300]},
            )
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

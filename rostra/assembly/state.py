"""The room as JSON: the snapshot a client gets on connecting and the sections deltas carry.

Texts go out in every language ({"en": ..., "ru": ...}) so one frame serves every client; the
page's script picks the reader's language. Times are epoch milliseconds of the server clock.
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from django.conf import settings
from django.db.models import Count, Q

from rostra.assembly import prepared, rules
from rostra.assembly.errors import RoomError
from rostra.assembly.models import (
    BallotBox,
    EncryptedBallot,
    NamedVote,
    Presence,
    Proxy,
    RoomState,
    SpeakerEntry,
    SpeakerState,
)
from rostra.events import result_picture
from rostra.events.models import (
    CONFIRMED_STATUSES,
    AgendaItem,
    Event,
    Motion,
    MotionState,
    Participant,
    Role,
)
from rostra.org.i18n import localized


def ms(moment: datetime.datetime | None) -> int | None:
    return int(moment.timestamp() * 1000) if moment else None


def texts(obj: object, base: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, _name in settings.LANGUAGES:
        value = getattr(obj, f"{base}_{code.replace('-', '_')}", "")
        if value:
            out[code] = value
    return out


def names(participant: Participant) -> dict[str, str]:
    """A participant's name in each site language (the reader's script), through the
    registry's per-language name helper; only what differs from English is sent twice."""
    if not participant.person_id:
        return {"en": participant.name}
    return person_names(participant.person)


def person_names(person: object) -> dict[str, str]:
    """A registry person's name per language (any object with `name_<code>` and
    `original_name`)."""
    out = {"en": localized(person, "name", "en", fallback="original_name")}
    for code, _name in settings.LANGUAGES:
        value = localized(person, "name", code, fallback="original_name")
        if value and value != out["en"]:
            out[code] = value
    return out


def labels(option: dict[str, Any]) -> dict[str, str]:
    return {
        code: option[f"label_{code.replace('-', '_')}"]
        for code, _name in settings.LANGUAGES
        if option.get(f"label_{code.replace('-', '_')}")
    } or {"en": str(option["key"])}


def room_of(event_id: int) -> RoomState:
    room, _created = RoomState.objects.get_or_create(event_id=event_id)
    return room


def item_section(room: RoomState) -> dict[str, Any]:
    item = room.current_item
    agenda = [
        {"id": i.pk, "title": texts(i, "title"), "kind": i.kind, "done": bool(i.ended_at)}
        # Speeches from the floor are written into the record as items; not agenda lines.
        for i in AgendaItem.objects.filter(event_id=room.event_id).exclude(
            pk__in=SpeakerEntry.objects.filter(
                item__event_id=room.event_id, record_item__isnull=False
            ).values("record_item_id")
        )
    ]
    return {
        "agenda": agenda,
        "item": None
        if item is None
        else {
            "id": item.pk,
            "title": texts(item, "title"),
            "kind": item.kind,
            "limit": item.speaking_limit,
            "has_video": bool(item.video_id or item.video_url),
        },
    }


def speakers_section(room: RoomState) -> dict[str, Any]:
    if room.current_item_id is None:
        return {"speakers": [], "speaking": None}
    entries = list(
        SpeakerEntry.objects.filter(
            item_id=room.current_item_id, state__in=[SpeakerState.WAITING, SpeakerState.SPEAKING]
        ).select_related("participant__person")
    )
    waiting = [
        {
            "id": e.pk,
            "participant": e.participant_id,
            "name": names(e.participant),
            "point_of_order": e.point_of_order,
        }
        for e in entries
        if e.state == SpeakerState.WAITING
    ]
    speaking = next((e for e in entries if e.state == SpeakerState.SPEAKING), None)
    limit = room.current_item.speaking_limit if room.current_item else None
    return {
        "speakers": waiting,
        "speaking": None
        if speaking is None
        else {
            "id": speaking.pk,
            "participant": speaking.participant_id,
            "name": names(speaking.participant),
            "started": ms(speaking.started_at),
            "limit": limit,
            "point_of_order": speaking.point_of_order,
        },
        "spoken": spoken(room.current_item_id),
    }


def spoken(item_id: int) -> list[dict[str, Any]]:
    """Who has spoken on the item: each speech's seconds and each person's total, in the
    order they first spoke (lists with speaking quotas need the totals)."""
    people: dict[int, dict[str, Any]] = {}
    done = (
        SpeakerEntry.objects.filter(
            item_id=item_id, state=SpeakerState.DONE, started_at__isnull=False
        )
        .select_related("participant__person")
        .order_by("started_at", "pk")
    )
    for e in done:
        seconds = (
            max(0, round((e.ended_at - e.started_at).total_seconds()))
            if e.ended_at and e.started_at  # started: the query's filter
            else 0
        )
        entry = people.setdefault(
            e.participant_id,
            {"participant": e.participant_id, "name": names(e.participant), "speeches": []},
        )
        entry["speeches"].append(seconds)
    for entry in people.values():
        entry["total"] = sum(entry["speeches"])
    return list(people.values())


def screening_section(room: RoomState) -> dict[str, Any]:
    if not room.screening_url:
        return {"screening": None}
    return {
        "screening": {
            "url": room.screening_url,
            "title": texts(room.screening_item, "title") if room.screening_item else {},
            "playing": room.screening_playing,
            "position": room.screening_position,
            "at": ms(room.screening_updated_at),
        }
    }


def votes_cast(motion: Motion) -> int:
    if motion.state == MotionState.CLOSED:
        return motion.votes_cast
    if motion.secret:
        box = _box(motion)
        return EncryptedBallot.objects.filter(box=box).count() if box else 0
    return NamedVote.objects.filter(motion=motion).count()


def _box(motion: Motion) -> BallotBox | None:
    return BallotBox.objects.filter(motion=motion).order_by("-opened_at", "-pk").first()


def box_section(motion: Motion) -> dict[str, Any] | None:
    """A secret vote's round as everyone sees it: phase, tellers (with whether their key share
    and their decryption are in, or their share was lost), what a ballot is made for, the
    encrypted tally when counting."""
    box = _box(motion)
    if box is None:
        return None
    tellers = [
        {
            "id": t.participant_id,
            "name": names(t.participant),  # every script: each reader's page picks its own
            "key": bool(t.public),
            "decrypted": bool(t.decryption),
            "lost": t.lost,
        }
        for t in box.tellers.select_related("participant__person")
    ]
    return {
        "id": box.pk,
        "phase": box.phase,
        "election": box.election_id,
        "public_key": box.public_key,
        "hash": box.election_hash,
        "options": box.options,
        "min": 1,
        "max": 1,
        "tellers": tellers,
        "tally": box.tally if box.phase == "tallying" else None,
        # ballots stored whose proofs are still being checked; the tally waits for them
        "checking": (
            EncryptedBallot.objects.filter(box=box, verdict="pending").count()
            if box.phase == "tallying"
            else 0
        ),
    }


# Named results go out with at most this many names (a list of thousands is for the record).
NAMED_LIST_MAX = 300


def motion_section(motion: Motion | None) -> dict[str, Any]:
    if motion is None:
        return {"motion": None}
    data = {
        "id": motion.pk,
        "question": texts(motion, "question"),
        "kind": motion.kind,
        "secret": motion.secret,
        "allow_proxy": motion.allow_proxy,
        "majority": motion.majority,
        "quorum": motion.quorum,
        "state": motion.state,
        "options": [{"key": o["key"], "label": labels(o)} for o in rules.options_of(motion)],
        "eligible": motion.eligible_count,
        "cast": votes_cast(motion),
    }
    if motion.secret:  # ballots (#14): the secret vote's round
        data["box"] = box_section(motion)
    if motion.state == MotionState.CLOSED:
        picture = result_picture.picture(motion)
        data["result"] = {
            "counts": motion.result,
            "quorum_reached": motion.quorum_reached,
            "adopted": motion.adopted,
            "unanimous": motion.unanimous,
            "winner": motion.winner,
            "cast": picture.votes_cast,
            "percent": {bar.key: bar.percent for bar in picture.bars},
            "needed": picture.needed,
            "decisive": sum(bar.count for bar in picture.bars if not bar.abstain),
        }
        # A named vote's list of who voted how is public, but it is sent on request
        # (named_votes): in a room of 5,000 it is hundreds of kilobytes, which the result
        # delta, sent to everyone at the close, must not carry.
    return {"motion": data}


def named_votes(event_id: int, motion_id: int) -> list[dict[str, Any]]:
    """Who voted how in a closed named vote, every voter, in the agenda's order of people."""
    motion = Motion.objects.filter(pk=motion_id, item__event_id=event_id).first()
    if motion is None:
        raise RoomError("not_found")
    if motion.secret:
        raise RoomError("secret")
    if motion.state != MotionState.CLOSED:
        raise RoomError("not_closed")
    return [
        {"name": names(v.voter), "option": v.option}
        for v in NamedVote.objects.filter(motion=motion)
        .select_related("voter__person")
        .order_by("voter__sort_order", "voter_id")
    ]


def presence_counts(event_id: int) -> dict[str, int]:
    """People in the room now, per role (one person with two roles counts in both)."""
    rows = (
        Presence.objects.filter(event_id=event_id, connections__gt=0)
        .values("participant__roles__role")
        .annotate(n=Count("participant_id", distinct=True))
    )
    counts = {row["participant__roles__role"] or "none": row["n"] for row in rows}
    counts["total"] = Presence.objects.filter(event_id=event_id, connections__gt=0).count()
    return counts


def presence_list(event_id: int) -> list[dict[str, Any]]:
    """Who is here, with roles; sent on request only (thousands of names are not a delta)."""
    people = (
        Participant.objects.filter(event_id=event_id, presence__connections__gt=0)
        .select_related("person")
        .prefetch_related("roles")
    )
    return [{"id": p.pk, "name": names(p), "roles": sorted(p.role_set())} for p in people]


def not_voted(event_id: int, motion_id: int) -> list[dict[str, Any]]:
    """Delegates who may vote now (present or checked in) and have not voted, in a named vote
    (a secret vote does not tell the chair who voted)."""
    motion = Motion.objects.filter(pk=motion_id, item__event_id=event_id).first()
    if motion is None:
        raise RoomError("not_found")
    if motion.secret:
        raise RoomError("secret")
    voted = NamedVote.objects.filter(motion=motion).values("voter_id")
    people = (
        Participant.objects.filter(
            event_id=event_id, status__in=CONFIRMED_STATUSES, roles__role=Role.DELEGATE
        )
        .filter(Q(presence__connections__gt=0) | Q(checked_in_at__isnull=False))
        .exclude(pk__in=voted)
        .select_related("person")
        .distinct()
    )
    return [{"id": p.pk, "name": names(p)} for p in people[:NAMED_LIST_MAX]]


def public_snapshot(event_id: int) -> dict[str, Any]:
    room = RoomState.objects.select_related(
        "current_item", "screening_item", "current_motion__item"
    ).get_or_create(event_id=event_id)[0]
    event = Event.objects.get(pk=event_id)
    return {
        "t": "snapshot",
        "v": room.version,
        "event": {
            "id": event.pk,
            "slug": event.slug,
            "title": texts(event, "title"),
            "format": event.format,
        },
        **item_section(room),
        **speakers_section(room),
        **screening_section(room),
        **motion_section(room.current_motion),
        "presence": presence_counts(event_id),
    }


def personal(participant_id: int, motion_id: int | None) -> dict[str, Any]:
    """What only this participant sees: his votes in the open motion and his proxies."""
    # Most people have no proxy: a prepared query tells, the names are read only if needed.
    has_proxy = prepared.rows(
        "proxies-of",
        lambda: Proxy.objects.filter(
            Q(principal_id=prepared.IntSlot("id")) | Q(holder_id=prepared.IntSlot("id"))
        ).values_list("pk"),
        id=participant_id,
    )
    proxies = (
        list(
            Proxy.objects.filter(
                Q(principal_id=participant_id) | Q(holder_id=participant_id)
            ).select_related("holder__person", "principal__person")
        )
        if has_proxy
        else []
    )
    given = [p for p in proxies if p.principal_id == participant_id]
    held = [p for p in proxies if p.holder_id == participant_id]
    voted: list[int] = []
    trackers: dict[int, str] = {}
    rejected: dict[int, str] = {}
    if motion_id:
        ids = [participant_id, *(p.principal_id for p in held)]
        motion = Motion.objects.filter(pk=motion_id).first()
        if motion is not None and motion.secret:
            box = _box(motion)
            rows = EncryptedBallot.objects.filter(box=box, voter_id__in=ids).values_list(
                "voter_id", "tracker", "verdict", "reason"
            )
            for voter, tracker, verdict, reason in rows:
                voted.append(voter)
                if verdict == "rejected":  # its proofs failed: not counted (docs/voting.md)
                    rejected[voter] = reason
                else:
                    trackers[voter] = tracker
        elif motion is not None:
            voted = list(
                NamedVote.objects.filter(motion_id=motion_id, voter_id__in=ids).values_list(
                    "voter_id", flat=True
                )
            )
    return {
        "proxy_given": [{"id": p.holder_id, "name": names(p.holder)} for p in given],
        "proxy_held": [{"id": p.principal_id, "name": names(p.principal)} for p in held],
        "voted": voted,
        "trackers": trackers,
        "rejected": rejected,
    }


def option_counts(motion: Motion) -> dict[str, int]:
    """A named vote's counts (a secret vote's come from the tellers' decryption)."""
    rows = (
        NamedVote.objects.filter(motion=motion)
        .order_by()
        .values_list("option")
        .annotate(n=Count("pk"))
    )
    return dict(Counter(dict(rows)))

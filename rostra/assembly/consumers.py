"""The room's WebSocket: who you are, the state on connecting, then deltas and your actions.

Authentication: the session's user (a participant of the event) or a participant's personal
token (`?token=`), for delegates and guests without an account. On connecting the client gets
the whole state from the database (a snapshot with the room's version), so a client that
reconnects catches up; deltas carry the version, and the client asks for a new snapshot when
it sees a gap.

Frames from the client: {"a": action, ...}; to the client: {"t": type, ...}.
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs

from channels.consumer import get_handler_name
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone

from rostra.assembly import actions, ballot_handlers, frames, prepared, rules, state
from rostra.assembly.live import dumps, hub
from rostra.events.models import CONFIRMED_STATUSES, AgendaItem, Motion, Participant
from rostra.org.i18n import field_names


class Who:
    """What a connection knows of its participant (small: thousands are held per process)."""

    __slots__ = ("event_id", "id", "name", "roles", "status")

    def __init__(
        self, pk: int, event_id: int, name: dict[str, Any], roles: frozenset[str], status: str
    ) -> None:
        self.id = pk
        self.event_id = event_id
        self.name = name
        self.roles = roles
        self.status = status

    @property
    def chair(self) -> bool:
        return rules.is_chair(self.roles) and self.status in ("accepted", "registered")


_NAME_FIELDS = ["person__original_name", *(f"person__{f}" for f in field_names("name"))]


def authenticate(slug: str, user: User | AnonymousUser | None, token: str | None) -> Who | None:
    """One query: the participant (by token, else by the session's user), its name in every
    script and its roles (a row per role)."""
    fields = ("pk", "event_id", "status", "name", "person_id", "roles__role", *_NAME_FIELDS)
    if token:
        rows = prepared.rows(
            "participant-by-token",
            lambda: Participant.objects.filter(
                event__slug=prepared.Slot("slug"), token=prepared.Slot("token")
            ).values_list(*fields),
            slug=slug,
            token=token,
        )
    elif user is not None and user.is_authenticated:
        rows = list(Participant.objects.filter(event__slug=slug, user=user).values_list(*fields))
    else:
        return None
    if not rows:
        return None
    pk, event_id, status, name, person_id = rows[0][:5]
    if status not in CONFIRMED_STATUSES:  # declined, cancelled, waiting: not in the room
        return None
    roles = frozenset(row[5] for row in rows if row[5])
    if person_id:
        person = SimpleNamespace(
            **{
                f.removeprefix("person__"): v
                for f, v in zip(_NAME_FIELDS, rows[0][6:], strict=True)
            }
        )
        names = state.person_names(person)
    else:
        names = {"en": name}
    return Who(pk, event_id, names, roles, status)


def _connecting(
    slug: str, user: User | AnonymousUser | None, token: str | None, motion_id: int | None
) -> tuple[Who, dict[str, Any]] | None:
    """Who connects, and his personal state, in one trip to the database thread."""
    who = authenticate(slug, user, token)
    return None if who is None else (who, personal_state(who, motion_id))


def _open_meeting(who: Who) -> None:
    actions.do_open_meeting(_participant(who), when_running=True)


def _participant(who: Who) -> Participant:
    return Participant.objects.get(pk=who.id)


def personal_state(who: Who, motion_id: int | None) -> dict[str, Any]:
    data = {
        "t": "me",
        "id": who.id,
        "name": who.name,
        "roles": sorted(who.roles),
        "chair": who.chair,
        "can_vote": rules.may_vote(who.status, who.roles),
        "now": state.ms(timezone.now()),
        "motion": motion_id,
        **state.personal(who.id, motion_id),
    }
    if who.chair:
        data["motions"] = [
            {
                "id": m.pk,
                "question": state.texts(m, "question"),
                "state": m.state,
                "item": m.item_id,
            }
            for m in actions.motions_of(who.event_id)
        ]
    return data


class RoomConsumer(AsyncWebsocketConsumer):
    # No channel-layer channel per connection: the process's hub listens once for all.
    channel_layer_alias = "assembly-hub-only"

    who: Who | None = None
    participant_id = 0

    async def dispatch(self, message: dict[str, Any]) -> None:
        # Channels' dispatch first closes stale database connections, a hop to a thread for
        # every frame; this consumer reaches the database only through its hub's thread.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self) -> None:
        slug = self.scope["url_route"]["kwargs"]["slug"]
        query = parse_qs(self.scope.get("query_string", b"").decode())
        token = (query.get("token") or [None])[0]
        self.hub = hub()
        await self.hub.ensure_worker()
        snapshot = await self.hub.snapshot_for(slug)
        motion = snapshot.get("motion") if snapshot else None
        found = await self.hub.run_db(
            _connecting, slug, self.scope.get("user"), token, motion["id"] if motion else None
        )
        self.who, me = found if found else (None, None)
        if self.who is None:
            await self.close(code=4403)
            return
        self.participant_id = self.who.id
        self.pending: (
            list[tuple[str, dict[str, Any]]] | None
        ) = []  # deltas before the snapshot went out
        await self.accept()
        await self.hub.join(self, self.who.event_id)
        self.hub.submit_nowait(("presence", self.who.id, 1, self.who.event_id))
        if self.who.chair:
            # The chair entering a running meeting opens it: the first item becomes current.
            await self.hub.run_db(_open_meeting, self.who)
        await self.send_snapshot(me)

    async def disconnect(self, code: int) -> None:
        if self.who is not None:
            self.hub.leave(self, self.who.event_id)
            self.hub.submit_nowait(("presence", self.who.id, -1, self.who.event_id))

    @property
    def connected(self) -> Who:
        """Who this connection is: set by connect() before anything else can run."""
        if self.who is None:
            raise RuntimeError("the room's socket is not connected")
        return self.who

    async def send_snapshot(self, me: dict[str, Any] | None = None) -> None:
        self.pending = self.pending if self.pending is not None else []
        snapshot = await self.hub.snapshot(self.connected.event_id)
        motion = snapshot.get("motion")
        motion_id = motion["id"] if motion else None
        if me is None or me.get("motion") != motion_id:
            me = await self.hub.run_db(personal_state, self.connected, motion_id)
        await self.send(text_data=dumps({**snapshot, "me": me}))
        pending, self.pending = self.pending, None
        for text, message in pending:
            if message.get("t") != "delta" or message["v"] > snapshot["v"]:
                await self.deliver(text, message)

    async def deliver(self, text: str, message: dict[str, Any]) -> None:
        """Called by the hub for every room message."""
        if self.pending is not None:
            self.pending.append((text, message))
            return
        if message.get("t") == "personal":
            await self.send_me()
        else:
            await self.send(text_data=text)

    async def send_me(self) -> None:
        snapshot = await self.hub.snapshot(self.connected.event_id)
        motion = snapshot.get("motion")
        me = await self.hub.run_db(personal_state, self.connected, motion["id"] if motion else None)
        await self.send(text_data=dumps(me))

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        try:
            content = frames.parse(text_data)
        except frames.FrameError as error:
            await self.send(
                text_data=dumps(
                    {"t": "error", "code": "bad_request", "a": error.action, "ref": error.ref}
                )
            )
            return
        action = content["a"]
        try:
            if action == "vote":
                await self.vote(content)
            elif action == "sync":
                await self.send_snapshot()
            elif action == "presence_list":
                people = await self.hub.run_db(state.presence_list, self.connected.event_id)
                await self.send(text_data=dumps({"t": "presence_list", "people": people}))
            elif action == "named_list":
                votes = await self.hub.run_db(
                    state.named_votes, self.connected.event_id, content["motion"]
                )
                await self.send(
                    text_data=dumps(
                        {"t": "named_list", "motion": content["motion"], "votes": votes}
                    )
                )
            elif action == "not_voted":
                if not self.connected.chair:
                    raise actions.RoomError("not_chair")
                people = await self.hub.run_db(
                    state.not_voted, self.connected.event_id, content["motion"]
                )
                await self.send(
                    text_data=dumps(
                        {"t": "not_voted", "motion": content["motion"], "people": people}
                    )
                )
            else:
                await self.hub.run_db(_perform, self.connected, action, content)
                if action in ("proxy_give", "proxy_revoke"):
                    await self.send_me()
        except actions.RoomError as error:
            await self.send(
                text_data=dumps(
                    {"t": "error", "code": error.code, "a": action, "ref": content["ref"]}
                )
            )
        except (
            Motion.DoesNotExist,
            AgendaItem.DoesNotExist,
            Participant.DoesNotExist,
        ):
            await self.send(
                text_data=dumps(
                    {"t": "error", "code": "not_found", "a": action, "ref": content["ref"]}
                )
            )

    async def vote(self, content: dict[str, Any]) -> None:
        vote_id = uuid.UUID(content["vote_id"])
        request = actions.VoteRequest(
            motion_id=content["motion"],
            caster_id=self.connected.id,
            option=content["option"] or "",
            vote_id=vote_id,
            for_id=content["for"],
            # ballots (#14): a secret vote's encrypted ballot (never a plain option)
            ballot=content["ballot"],
        )
        outcome = await self.hub.submit(("vote", request, self.connected.event_id))
        await self.send(
            text_data=dumps(
                {
                    "t": "ack",
                    "vote_id": str(vote_id),
                    "motion": request.motion_id,
                    "for": request.for_id,
                    "ok": outcome in actions.COUNTED,
                    "code": outcome,
                }
            )
        )


def _perform(who: Who, action: str, c: dict[str, Any]) -> None:
    """Everything but votes, on the hub's database thread; `c` is a checked frame."""
    me = _participant(who)
    event_id = who.event_id
    if action == "floor":
        actions.do_request_floor(me, point_of_order=bool(c["point_of_order"]))
    elif action == "withdraw":
        actions.do_withdraw_floor(me)
    elif action == "proxy_give":
        holder = Participant.objects.get(pk=c["holder"], event_id=event_id)
        actions.do_give_proxy(me, holder)
    elif action == "proxy_revoke":
        actions.do_revoke_proxy(me)
    elif action == "open_meeting":
        actions.do_open_meeting(me)
    elif action == "item":
        item = AgendaItem.objects.get(pk=c["item"], event_id=event_id) if c["item"] else None
        actions.do_set_current_item(me, item)
    elif action == "speaker_start":
        actions.do_start_speaker(me, c["entry"])
    elif action == "speaker_end":
        actions.do_end_speaker(me)
    elif action == "reorder":
        actions.do_reorder_speakers(me, c["entries"])
    elif action == "motion_create":
        language = c["language"] or "en"
        if language not in dict(settings.LANGUAGES):
            raise actions.RoomError("bad_request")
        actions.do_create_motion(
            me,
            question=c["question"],
            language=language,
            options=c["options"] or [],
            secret=bool(c["secret"]),
            allow_proxy=bool(c["allow_proxy"]),
            quorum=c["quorum"] or None,
            majority=c["majority"] or "simple",
        )
        actions.publish(event_id, {"t": "personal", "to": [who.id], "event": event_id})
    elif action in ("vote_open", "vote_close"):
        motion = Motion.objects.select_related("item").get(pk=c["motion"], item__event_id=event_id)
        if action == "vote_open":
            # ballots (#14): a secret vote's tellers, chosen by the chair
            actions.do_open_vote(me, motion, c["tellers"] or [])
        else:
            actions.do_close_vote(me, motion)
    elif action in ballot_handlers.ACTIONS:  # ballots (#14)
        ballot_handlers.perform(me, action, c)
    elif action == "screening_start":
        item = AgendaItem.objects.get(pk=c["item"], event_id=event_id) if c["item"] else None
        actions.do_start_screening(me, item=item, url=c["url"] or "")
    elif action == "screening":
        actions.do_control_screening(me, c["action"], c["position"])

"""The live room's page: the HTML shell; everything live comes over the WebSocket."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from rostra.assembly import ballot_page, rules
from rostra.events.models import Event, Participant, Role

# Every text the page's script shows, translated here (no strings in the JavaScript).
STRINGS = {
    "connecting": _("Connecting…"),
    "connected": _("Connected"),
    "reconnecting": _("Connection lost. Reconnecting…"),
    "no_item": _("The meeting has not started yet."),
    "speaking": _("Speaking: {name}"),
    "time_up": _("Time is up"),
    "no_speakers": _("No one has asked to speak."),
    "point_of_order": _("point of order"),
    "vote_open": _("Voting is open"),
    "vote_closed": _("Voting is closed"),
    "secret": _("Secret ballot"),
    "named": _("Named vote"),
    "cast": _("{cast} of {eligible} votes cast"),
    "cast_short": _("{cast} votes cast"),
    "your_vote": _("Your vote ({option}) was counted."),
    "proxy_vote": _("The vote for {name} ({option}) was counted."),
    "sending": _("Sending your vote…"),
    "vote_for": _("Vote for {name} (proxy)"),
    "adopted": _("Adopted"),
    "rejected": _("Not adopted"),
    "elected": _("Elected: {option}"),
    "unanimous": _("Unanimous"),
    "no_quorum": _("The quorum was not reached."),
    "votes": _("{n} votes"),
    "present": _("{n} in the room"),
    "give_floor": _("Give the floor"),
    "move_up": _("Move up"),
    "open_vote": _("Open the vote"),
    "close_vote": _("Close the vote"),
    "make_current": _("Make current"),
    "draft": _("not yet opened"),
    "open": _("voting"),
    "closed": _("closed"),
    "proxy_given": _("You have handed your vote to {name}."),
    "errors": {
        "not_chair": _("Only the chair can do that."),
        "not_eligible": _("You have no vote in this ballot."),
        "not_present": _("You are not present in the room."),
        "already_voted": _("This vote has already been cast."),
        "closed": _("Voting is closed."),
        "bad_option": _("That option does not exist."),
        "no_proxy": _("You hold no proxy for this vote."),
        "already_listed": _("You are already on the list of speakers."),
        "not_listed": _("You are not on the list of speakers."),
        "may_not_speak": _("Observers cannot ask to speak."),
        "no_item": _("There is no current agenda item."),
        "no_speaker": _("No one is waiting to speak."),
        "no_video": _("There is no video to show."),
        "bad_proxy": _("A vote can be handed only to another delegate."),
        "vote_open": _("Another vote is still open."),
        "not_draft": _("This vote has already been held."),
        "not_open": _("This vote is not open."),
        "no_options": _("The motion has no options."),
        "bad_request": _("That did not work."),
        "not_found": _("Not found."),
    },
}


def _strings() -> dict:
    from rostra.assembly.ballot_page import ROOM_ERRORS  # ballots (#14): secret votes' codes

    out = {k: str(v) for k, v in STRINGS.items() if k != "errors"}
    out["errors"] = {k: str(v) for k, v in {**ROOM_ERRORS, **STRINGS["errors"]}.items()}
    out["roles"] = {value: str(label) for value, label in Role.choices}
    return out


def jitsi_room(event: Event) -> str:
    """A room name derived from the event, not guessable from its slug alone."""
    digest = hmac.new(settings.SECRET_KEY.encode(), event.slug.encode(), hashlib.sha256)
    return f"Rostra-{event.pk}-{digest.hexdigest()[:16]}"


def jitsi_embed(event: Event, participant: Participant) -> dict | None:
    """The video conference of an online or hybrid event (JITSI_SERVER; empty: none)."""
    server = (settings.JITSI_SERVER or "").strip().strip("/")
    if not server or not event.is_online:
        return None
    name = quote(f'"{participant.display_name}"')
    room = jitsi_room(event)
    return {
        "server": server,
        "room": room,
        "src": f"https://{server}/{room}#userInfo.displayName={name}"
        "&config.prejoinPageEnabled=false",
    }


def _participant(request: HttpRequest, event: Event) -> Participant | None:
    token = request.GET.get("token")
    participants = event.participants.select_related("person")
    if token:
        return participants.filter(token=token).first()
    if request.user.is_authenticated:
        return participants.filter(user=request.user).first()
    return None


def room(request: HttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    participant = _participant(request, event)
    if participant is None or not participant.holds_seat:
        return render(request, "assembly/no_access.html", {"event": event}, status=403)
    roles = participant.role_set()
    ws_path = f"/ws/live/{event.slug}/"
    if request.GET.get("token"):
        ws_path += f"?token={quote(participant.token)}"
    config = {
        "ws": ws_path,
        "language": translation.get_language(),
        "main_language": event.main_language,
        "strings": _strings(),
    }
    return render(
        request,
        "assembly/room.html",
        {
            "event": event,
            "participant": participant,
            "is_chair": rules.is_chair(roles),
            "can_vote": rules.may_vote(participant.status, roles),
            "may_speak": rules.may_speak(participant.status, roles),
            "jitsi": jitsi_embed(event, participant),
            "config": config,
            # ballots (#14): the secret vote's panel (assembly/_ballot.html)
            "ballot": ballot_page.room_context(request, event, participant, rules.is_chair(roles)),
        },
    )

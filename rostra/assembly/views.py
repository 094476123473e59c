"""The live room's page: the HTML shell; everything live comes over the WebSocket."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from rostra.assembly import ballot_page, rules
from rostra.assembly.access import participant_of
from rostra.events.models import Event, Majority, Participant, Role

# Every text the page's script shows, translated here (no strings in the JavaScript).
STRINGS: dict[str, Any] = {
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
    # Why a button cannot be used now (shown beside it, read with it).
    "why_no_item": _("You can ask to speak once the chair has opened the meeting."),
    "why_listed": _("You are on the list of speakers."),
    "why_not_listed": _("You have not asked to speak."),
    "why_no_speaker": _("No one is speaking."),
    "why_voted": _("Your vote has been counted."),
    "why_given": _("Take your vote back first."),
    "why_no_holder": _("Choose a delegate first."),
    "why_no_motion": _("Add a motion below to put it to the vote."),
    "nobody_speaking": _("No one is speaking."),
    "no_vote": _("No vote yet."),
    "nothing_shown": _("Nothing is being shown."),
    "all_voted": _("Everyone present has voted."),
    "named_list": _("Who voted how"),
    # The result: "7 (58.3%)", and the rule with the votes it needed.
    "share": _("{n} ({p}%)"),
    "needed": _("Votes needed: {n} {of}."),
    "of_decisive": _("(for or against: {n})"),
    "of_eligible": _("(eligible delegates: {n})"),
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
        "not_closed": _("This vote is not closed yet."),
        "no_options": _("The motion has no options."),
        "bad_request": _("That did not work."),
        "not_found": _("Not found."),
        "no_agenda": _("The agenda is empty."),
        "secret": _("A secret vote does not tell who has voted."),
    },
}


def _strings() -> dict[str, Any]:
    out: dict[str, Any] = {k: str(v) for k, v in STRINGS.items() if k != "errors"}
    # ballots (#14): the secret votes' codes
    errors = {**ballot_page.ROOM_ERRORS, **STRINGS["errors"]}
    out["errors"] = {k: str(v) for k, v in errors.items()}
    out["roles"] = {value: str(label) for value, label in Role.choices}
    out["majorities"] = {value: str(label) for value, label in Majority.choices}
    return out


def jitsi_room(event: Event) -> str:
    """A room name derived from the event, not guessable from its slug alone."""
    digest = hmac.new(settings.SECRET_KEY.encode(), event.slug.encode(), hashlib.sha256)
    return f"Rostra-{event.pk}-{digest.hexdigest()[:16]}"


def _is_jitsi(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    server = (settings.JITSI_SERVER or "").strip().strip("/").lower()
    return bool(host) and (host == server or host == "meet.jit.si" or host.startswith("jitsi."))


def conference(event: Event, participant: Participant) -> dict[str, Any] | None:
    """The event's one video conference: its own online room link (the link the personal
    page gives), embedded; a Jitsi room gets the participant's name. Without a link, an
    online or hybrid event gets a Jitsi room of JITSI_SERVER (empty: none)."""
    name = quote(f'"{reader_name(participant)}"')
    if event.online_url:
        url = event.online_url
        jitsi = _is_jitsi(url)
        src = f"{url.split('#')[0]}#userInfo.displayName={name}" if jitsi else url
        return {"src": src, "url": url, "jitsi": jitsi}
    server = (settings.JITSI_SERVER or "").strip().strip("/")
    if not server or not event.is_online:
        return None
    url = f"https://{server}/{jitsi_room(event)}"
    return {
        "src": f"{url}#userInfo.displayName={name}&config.prejoinPageEnabled=false",
        "url": url,
        "jitsi": True,
    }


def language_links(request: HttpRequest) -> list[dict[str, Any]]:
    """The room in each language, keeping the query (the personal `?token=`): without it a
    delegate who switches language is no longer let in."""
    query = request.GET.urlencode()
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(request.path, code) + (f"?{query}" if query else ""),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def _event_url(event: Event, participant: Participant, token: str | None) -> str:
    """Back to the personal page (a delegate with a token) or the event's page."""
    try:
        if token:
            return reverse("events:personal", args=[participant.token])
        return reverse("events:detail", args=[event.slug])
    except NoReverseMatch:
        return ""


def reader_name(participant: Participant) -> str:
    """The participant's name in the reader's language and script."""
    return participant.person.name if participant.person is not None else participant.name


def room(request: HttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    participant = participant_of(request, event)
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
    call = conference(event, participant)
    response = render(
        request,
        "assembly/room.html",
        {
            "event": event,
            "participant": participant,
            "is_chair": rules.is_chair(roles),
            "can_vote": rules.may_vote(participant.status, roles),
            "may_speak": rules.may_speak(participant.status, roles),
            "conference": call,
            "languages": language_links(request),
            "event_url": _event_url(event, participant, request.GET.get("token")),
            "name": reader_name(participant),
            "config": config,
            # ballots (#14): the secret vote's panel (assembly/_ballot.html)
            "ballot": ballot_page.room_context(request, event, participant, rules.is_chair(roles)),
        },
    )
    if call:
        # The Content-Security-Policy lets this page frame the event's own conference host
        # (django-csp reads `_csp_update` from the response).
        parts = urlsplit(call["url"])
        response._csp_update = {"frame-src": [f"{parts.scheme}://{parts.netloc}"]}  # type: ignore[attr-defined]
    return response

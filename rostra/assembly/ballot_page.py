"""Secret votes on the page (ballots, #14): the room's ballot panel's texts and the bulletin
board, where participants find their ballot trackers, the encrypted tally, the tellers'
proofs and the result, and download the record to check it (`scripts/verify_vote.py`)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rostra.assembly.access import participant_of
from rostra.assembly.actions import ballots
from rostra.assembly.models import BallotBox, BoxPhase
from rostra.events import votes as event_votes
from rostra.events.models import CONFIRMED_STATUSES, Event, Motion, Participant

STRINGS: dict[str, Any] = {
    "encrypting": _("Encrypting your ballot in this browser…"),
    "counted": _("Your encrypted ballot was received and stored."),
    "failed": _("Your ballot could not be sent. Please try again."),
    "keys_pending": _("Waiting for the tellers' keys: voting starts when every teller is ready."),
    "your_ballot": _("Your ballot"),
    "vote_for": _("Vote for {name} (proxy)"),
    "tracker": _("Your ballot tracker: {tracker}"),
    "tracker_for": _("Ballot tracker for {name}: {tracker}"),
    "bulletin": _("Find it on the bulletin board"),
    "you_are_teller": _("You are a teller of this vote"),
    "key_sending": _("Making your key share in this browser…"),
    "key_kept": _(
        "Your key share is kept in this browser only. Keep this browser open until the "
        "count, and download a backup."
    ),
    "backup": _("Download a backup of my key share"),
    "key_missing": _(
        "Your key share is not in this browser. Restore it from your backup, or report it lost."
    ),
    "restore": _("Restore from a backup file"),
    "restore_failed": _("That file is not the backup of your key share for this vote."),
    "report_lost": _("Report my key share lost"),
    "decrypting": _("Decrypting your share of the total…"),
    "teller_done": _("Your part as teller is done."),
    "teller_waiting": _("waiting for the key"),
    "teller_key": _("key ready"),
    "teller_decrypted": _("share of the count sent"),
    "teller_lost": _("key share lost"),
    "lost_notice": _(
        "A teller's key share is lost ({names}): the total cannot be decrypted. The chair can "
        "void this round and open the vote again."
    ),
    "checking": _("Checking the ballots' proofs: {n} left…"),
    "rejected": _(
        "Your ballot was stored, but its proofs failed the check: it is not counted. "
        "Your browser did not make it as Rostra's ballot script does."
    ),
    "rejected_for": _("The ballot for {name} failed the check of its proofs: it is not counted."),
    "phases": {
        BoxPhase.KEYS: _("Waiting for the tellers' keys"),
        BoxPhase.VOTING: _("Voting is open"),
        BoxPhase.TALLYING: _("Voting is closed; the tellers are decrypting the total"),
        BoxPhase.DONE: _("Counted"),
        BoxPhase.VOID: _("Voided"),
    },
    "errors": {
        "not_zero_or_one": _("The ballot was refused: a choice is not a proven 0 or 1."),
        "wrong_number": _("The ballot was refused: it does not hold exactly one choice."),
        "wrong_vote": _("The ballot was refused: it was made for another vote."),
        "wrong_voter": _("The ballot was refused: it was made for another voter."),
        "malformed": _("The ballot was refused: it is malformed."),
        "keys_pending": _("Voting starts when every teller's key is ready."),
        "no_ballot": _("A secret vote takes only an encrypted ballot."),
        "already_voted": _("This vote has already been cast."),
        "closed": _("Voting is closed."),
        "not_eligible": _("You have no vote in this ballot."),
        "not_present": _("You are not present in the room."),
        "no_proxy": _("You hold no proxy for this vote."),
    },
}

# The room's own error messages for the codes of secret votes (see views.STRINGS).
ROOM_ERRORS = {
    **STRINGS["errors"],
    "need_tellers": _("Choose at least two tellers for a secret vote."),
    "bad_teller": _("A teller must be a confirmed participant of this event."),
    "wrong_phase": _("That is not possible at this stage of the vote."),
    "not_teller": _("You are not a teller of this vote."),
    "already_done": _("That was already done."),
    "bad_key_proof": _("The key share's proof is wrong."),
    "bad_decryption": _("The share of the count has a wrong proof."),
    "checking_ballots": _("The ballots are still being checked; the total comes after that."),
}


def _texts(value: object) -> str | dict[str, Any]:
    if isinstance(value, dict):
        return {k: _texts(v) for k, v in value.items()}
    return str(value)


def room_context(
    request: HttpRequest, event: Event, participant: Participant, is_chair: bool
) -> dict[str, Any]:
    bulletin = reverse("assembly:bulletin", args=[event.slug, 0]).replace("/0/", "/{motion}/")
    if request.GET.get("token"):
        bulletin += f"?token={quote(participant.token)}"
    return {
        "strings": _texts(STRINGS),
        "bulletin": bulletin,
        "teller_choices": (
            list(
                event.participants.filter(status__in=CONFIRMED_STATUSES)
                .select_related("person")
                .order_by("sort_order", "pk")
            )
            if is_chair
            else []
        ),
    }


def bulletin(request: HttpRequest, slug: str, motion: int) -> HttpResponse:
    """The bulletin board of a secret vote, for the event's participants."""
    event = get_object_or_404(Event, slug=slug)
    participant = participant_of(request, event)
    if participant is None or not participant.holds_seat:
        return render(request, "assembly/no_access.html", {"event": event}, status=403)
    vote = get_object_or_404(Motion, pk=motion, item__event=event, secret=True)
    boxes = list(BallotBox.objects.filter(motion=vote).order_by("-opened_at", "-pk"))
    if not boxes:
        return render(request, "assembly/no_access.html", {"event": event}, status=404)
    box = boxes[0]
    record = ballots.record_of(box)
    if request.GET.get("format") == "json":
        response = JsonResponse(record, json_dumps_params={"indent": 1})
        response["Content-Disposition"] = f'attachment; filename="vote-{vote.pk}.json"'
        return response
    labels = {o["key"]: event_votes.option_label(o) for o in event_votes.options_of(vote)}
    counts = (
        [(labels.get(k, k), record["result"]["counts"].get(k, 0)) for k in box.options]
        if "result" in record
        else []
    )
    token = request.GET.get("token")
    return render(
        request,
        "assembly/bulletin.html",
        {
            "event": event,
            "motion": vote,
            "box": box,
            "record": record,
            "counts": counts,
            "result": event_votes.result_phrase(vote) if "result" in record else "",
            "tally": json.dumps(record["tally"], indent=1) if record["tally"] else "",
            "json_url": f"?format=json{'&token=' + quote(token) if token else ''}",
            "earlier": boxes[1:],
        },
    )

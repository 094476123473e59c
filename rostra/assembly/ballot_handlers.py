"""The room's frames for secret votes (ballots, #14), kept apart from the consumer's others.

    {"a": "teller_key", "motion": id, "share": {"public", "proof"}}   a teller's key share
    {"a": "teller_decrypt", "motion": id, "shares": [...]}            its share of the tally
    {"a": "teller_lost", "motion": id}                                its browser lost the key
    {"a": "vote_void", "motion": id}                                  the chair voids the round
A ballot itself comes as {"a": "vote", "motion", "vote_id", "ballot": {...}, "for"?}.
"""

from __future__ import annotations

from typing import Any

from rostra.assembly.actions import ballots
from rostra.events.models import Motion, Participant

ACTIONS = {"teller_key", "teller_decrypt", "teller_lost", "vote_void"}


def perform(me: Participant, action: str, c: dict[str, Any]) -> None:
    motion = Motion.objects.select_related("item").get(
        pk=int(c["motion"]), item__event_id=me.event_id
    )
    if action == "teller_key":
        share = c["share"]
        if not isinstance(share, dict):
            raise TypeError("share")
        ballots.do_submit_key(me, motion, share)
    elif action == "teller_decrypt":
        ballots.do_submit_decryption(me, motion, c["shares"])
    elif action == "teller_lost":
        ballots.do_report_lost(me, motion)
    elif action == "vote_void":
        ballots.do_void_vote(me, motion)

"""The room's rules as pure functions: who may vote or speak. Options and the counting rule
are the event's (`rostra.events.votes`, `rostra.events.voting.rule`): one rule for the room
and the admin."""

from __future__ import annotations

from rostra.events import votes
from rostra.events.models import CONFIRMED_STATUSES, Role

CHAIR_ROLES = frozenset({Role.CHAIR, Role.PRESIDIUM})
# Everyone but an observer may ask to speak; only a delegate votes.
SPEAKING_ROLES = frozenset({Role.CHAIR, Role.PRESIDIUM, Role.SPEAKER, Role.DELEGATE, Role.GUEST})
# Observers and guests never vote, even when someone also gave them a delegate's role.
NEVER_VOTE = frozenset({Role.OBSERVER, Role.GUEST})

options_of = votes.options_of
option_keys = votes.option_keys


def is_chair(roles: frozenset[str] | set[str]) -> bool:
    return bool(CHAIR_ROLES & set(roles))


def may_vote(status: str, roles: frozenset[str] | set[str]) -> bool:
    """A confirmed delegate who is neither observer nor guest; presence is checked where the
    vote is written."""
    roles = set(roles)
    return status in CONFIRMED_STATUSES and Role.DELEGATE in roles and not (NEVER_VOTE & roles)


def may_speak(status: str, roles: frozenset[str] | set[str]) -> bool:
    return status in CONFIRMED_STATUSES and bool(SPEAKING_ROLES & set(roles))


def worker_is_dead(
    *, seen_seconds_ago: float, stale_seconds: float, process_alive: bool | None
) -> bool:
    """A room worker is dead when its process is known to be gone (`process_alive` False: it
    ran on this host and no longer does) or, wherever it ran, when its heartbeat is older than
    `stale_seconds` (`process_alive` None: another host, or it cannot be told)."""
    if process_alive is False:
        return True
    return seen_seconds_ago > stale_seconds

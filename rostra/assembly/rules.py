"""The voting rules as pure functions: options, eligibility by role, tally and majority."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from rostra.events.models import CONFIRMED_STATUSES, Majority, MotionKind, Role

ABSTAIN = "abstain"
CHAIR_ROLES = frozenset({Role.CHAIR, Role.PRESIDIUM})
# Everyone but an observer may ask to speak; only a delegate votes.
SPEAKING_ROLES = frozenset({Role.CHAIR, Role.PRESIDIUM, Role.SPEAKER, Role.DELEGATE, Role.GUEST})

YES_NO_OPTIONS = [
    ("yes", _("Yes")),
    ("no", _("No")),
    (ABSTAIN, _("Abstain")),
]


_yes_no_cache: list[dict] = []


def _yes_no_options() -> list[dict]:
    """yes / no / abstain with their labels in every language (built once per process)."""
    if not _yes_no_cache:
        from django.conf import settings
        from django.utils import translation

        for key, label in YES_NO_OPTIONS:
            entry = {"key": key}
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    entry[f"label_{code.replace('-', '_')}"] = str(label)
            _yes_no_cache.append(entry)
    return _yes_no_cache


def options_of(motion) -> list[dict]:
    """The motion's options, each {"key", "label_en", ...}; yes/no/abstain when none are set."""
    if motion.options:
        return list(motion.options)
    if motion.kind == MotionKind.YES_NO:
        return [dict(option) for option in _yes_no_options()]
    return []


def option_keys(motion) -> list[str]:
    return [str(option["key"]) for option in options_of(motion)]


def is_chair(roles: frozenset[str] | set[str]) -> bool:
    return bool(CHAIR_ROLES & set(roles))


def may_vote(status: str, roles: frozenset[str] | set[str]) -> bool:
    """A confirmed delegate; presence is checked where the vote is written."""
    return status in CONFIRMED_STATUSES and Role.DELEGATE in roles


def may_speak(status: str, roles: frozenset[str] | set[str]) -> bool:
    return status in CONFIRMED_STATUSES and bool(SPEAKING_ROLES & set(roles))


@dataclass(frozen=True)
class Outcome:
    counts: dict[str, int]
    votes_cast: int
    quorum_reached: bool | None
    adopted: bool
    unanimous: bool
    winner: str


def decide(
    *,
    kind: str,
    keys: list[str],
    counts: dict[str, int],
    majority: str,
    quorum: int | None,
    eligible: int,
) -> Outcome:
    """The result of a vote from its counts.

    Abstentions count as votes cast (for the quorum) but not for or against. A yes/no motion
    is adopted by its "yes"; a choice elects the option with the most votes, which must also
    meet the majority. Simple: more than half of the votes for or against (yes > no);
    absolute: more than half of the eligible delegates; two thirds: at least two thirds of the
    votes for or against; unanimous: every such vote for it. "Unanimous" on the record means
    every vote cast went to one option other than abstain.
    """
    counts = {key: int(counts.get(key, 0)) for key in keys}
    cast = sum(counts.values())
    decisive = {k: v for k, v in counts.items() if k != ABSTAIN}
    valid = sum(decisive.values())
    quorum_reached = None if quorum is None else cast >= quorum

    if kind == MotionKind.YES_NO and "yes" in decisive:
        candidate, votes = "yes", decisive["yes"]
    elif decisive:
        ranked = sorted(decisive.items(), key=lambda kv: -kv[1])
        candidate, votes = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == votes:
            candidate, votes = "", 0  # a tie elects no one
    else:
        candidate, votes = "", 0

    if not candidate or votes == 0:
        passes = False
    elif majority == Majority.ABSOLUTE:
        passes = votes * 2 > eligible
    elif majority == Majority.TWO_THIRDS:
        passes = votes * 3 >= valid * 2
    elif majority == Majority.UNANIMOUS:
        passes = votes == valid
    else:  # simple
        passes = votes * 2 > valid
    if quorum_reached is False:
        passes = False
    unanimous = cast > 0 and any(v == cast for k, v in decisive.items())
    return Outcome(
        counts=counts,
        votes_cast=cast,
        quorum_reached=quorum_reached,
        adopted=passes,
        unanimous=unanimous,
        winner=candidate if passes else "",
    )


def worker_is_dead(
    *, seen_seconds_ago: float, stale_seconds: float, process_alive: bool | None
) -> bool:
    """A room worker is dead when its process is known to be gone (`process_alive` False: it
    ran on this host and no longer does) or, wherever it ran, when its heartbeat is older than
    `stale_seconds` (`process_alive` None: another host, or it cannot be told)."""
    if process_alive is False:
        return True
    return seen_seconds_ago > stale_seconds

"""The picture of a vote's result: a bar per option with its share, the verdict, the majority
rule and the number of votes it needed, "unanimous" where it was. One picture for the live
room, the minutes and the report (`templates/events/includes/motion_result.html`, through
the `motion_result` tag of `events_results`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from rostra.events.models import Motion
from rostra.events.votes import ABSTAIN, option_label, options_of
from rostra.events.voting import rule


def percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


@dataclass
class Bar:
    key: str
    label: str
    count: int
    percent: float
    leading: bool = False
    abstain: bool = False


@dataclass
class Picture:
    verdict: str
    adopted: bool | None
    unanimous: bool
    bars: list[Bar] = field(default_factory=list)
    votes_cast: int = 0
    eligible: int | None = None
    rule: str = ""
    needed: int = 0
    needed_of: str = ""
    quorum: int | None = None
    quorum_reached: bool | None = None


def _rule_label(majority: str) -> str:
    from rostra.events.models import Majority

    return str(Majority(majority).label) if majority in Majority.values else majority


def picture(motion: Motion, language: str | None = None) -> Picture:
    """The picture of a closed motion (reads only the motion's stored result)."""
    counts = motion.result or {}
    options = options_of(motion)
    cast = motion.votes_cast or sum(int(counts.get(o["key"], 0)) for o in options)
    decisive = sum(int(counts.get(o["key"], 0)) for o in options if o["key"] != ABSTAIN)
    leading = motion.winner or ("yes" if motion.kind == "yes_no" and motion.adopted else "")
    bars = [
        Bar(
            key=o["key"],
            label=option_label(o, language),
            count=int(counts.get(o["key"], 0)),
            percent=percent(int(counts.get(o["key"], 0)), cast),
            leading=o["key"] == leading,
            abstain=o["key"] == ABSTAIN,
        )
        for o in options
    ]
    if motion.quorum_reached is False:
        verdict = _("Not adopted: no quorum")
    elif motion.kind == "choice" and motion.winner:
        label = next((b.label for b in bars if b.key == motion.winner), motion.winner)
        verdict = _("Elected: %(option)s") % {"option": label}
    elif motion.adopted:
        verdict = _("Adopted")
    else:
        verdict = _("Not adopted")
    absolute = motion.majority == "absolute"
    return Picture(
        verdict=verdict,
        adopted=motion.adopted,
        unanimous=bool(motion.unanimous),
        bars=bars,
        votes_cast=cast,
        eligible=motion.eligible_count,
        rule=_rule_label(motion.majority),
        needed=rule.needed(
            motion.majority, valid=decisive, cast=cast, eligible=motion.eligible_count
        ),
        needed_of=(
            _("of %(n)s eligible delegates") % {"n": motion.eligible_count or cast}
            if absolute
            else _("of %(n)s votes for or against") % {"n": decisive}
        ),
        quorum=motion.quorum,
        quorum_reached=motion.quorum_reached,
    )

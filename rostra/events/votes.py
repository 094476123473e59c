"""Votes on the record: the options of a motion, their labels, and the one writer of results.

The decision itself is the pure rule in `rostra.events.voting.rule`; `write_result` is the only
code that writes a result into `Motion`, for the admin's "record the result" and for the live
room alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from rostra.events.voting import rule
from rostra.org.i18n import localized

if TYPE_CHECKING:
    from rostra.events.models import Motion

YES, NO, ABSTAIN = rule.YES, rule.NO, rule.ABSTAIN

# The options of every yes/no motion; their labels come from the translation catalogues.
YES_NO = [(YES, _("Yes")), (NO, _("No")), (ABSTAIN, _("Abstain"))]


_yes_no_cache: list[dict[str, Any]] = []


def yes_no_options() -> list[dict[str, Any]]:
    """yes / no / abstain, labelled in every site language (built once per process)."""
    if not _yes_no_cache:
        for key, label in YES_NO:
            entry = {"key": key}
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    entry[f"label_{code.replace('-', '_').lower()}"] = str(label)
            _yes_no_cache.append(entry)
    return [dict(option) for option in _yes_no_cache]


def options_of(motion: Motion) -> list[dict[str, Any]]:
    """The motion's options, each {"key", "label_en", ...}. A yes/no motion always has yes,
    no and abstain with the translated labels (whatever labels were stored with it)."""
    if motion.kind == rule.YES_NO:
        return yes_no_options()
    return [dict(option) for option in motion.options or []]


def option_keys(motion: Motion) -> list[str]:
    return [str(option["key"]) for option in options_of(motion)]


class _Option:
    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)


def option_label(option: dict[str, Any], language: str | None = None) -> str:
    return localized(_Option(option), "label", language) or option.get("key", "")


# A count in a sentence ("for — 6, against — 0, abstentions — 0") is worded apart from the
# ballot's button ("Abstain", in Russian «Воздержался» on the button, «воздержались» in a count).
COUNTED_LABELS = {
    YES: pgettext_lazy("counted votes", "Yes"),
    NO: pgettext_lazy("counted votes", "No"),
    ABSTAIN: pgettext_lazy("counted votes", "Abstain"),
}


def count_label(option: dict[str, Any], language: str | None = None) -> str:
    """The option as a count is named in minutes and reports."""
    counted = COUNTED_LABELS.get(option.get("key", ""))
    if counted is None:
        return option_label(option, language)
    with translation.override(language or translation.get_language()):
        return str(counted)


def decide(motion: Motion, counts: dict[str, int], eligible: int | None = None) -> rule.Outcome:
    """The rule applied to a motion (raises `rule.UnknownOption` for a key it does not have)."""
    return rule.decide(
        kind=motion.kind,
        keys=option_keys(motion),
        counts=counts,
        majority=motion.majority,
        quorum=motion.quorum,
        eligible=eligible if eligible is not None else motion.eligible_count,
    )


def write_result(motion: Motion, counts: dict[str, int], eligible: int | None = None) -> Motion:
    """Decide the motion from `counts` and close it with its result (the caller holds the row
    locked in its transaction)."""
    if eligible is not None:
        motion.eligible_count = eligible
    outcome = decide(motion, counts)
    now = timezone.now()
    motion.result = outcome.counts
    motion.votes_cast = outcome.votes_cast
    motion.quorum_reached = outcome.quorum_reached
    motion.adopted = outcome.adopted
    motion.unanimous = outcome.unanimous
    motion.winner = outcome.winner
    motion.state = "closed"
    motion.opened_at = motion.opened_at or now
    motion.closed_at = now
    motion.save()
    return motion


def result_phrase(motion: Motion, language: str | None = None) -> str:
    """ "Adopted unanimously (Yes: 12, …)" and the like, for the record and the report."""
    with translation.override(language or translation.get_language()):
        if motion.state != "closed":
            return str(_("not yet voted"))
        parts = [
            f"{option_label(o, language)}: {motion.result.get(o['key'], 0)}"
            for o in options_of(motion)
        ]
        counts = ", ".join(parts)
        if motion.kind == "choice" and motion.winner:
            label = next(
                (
                    option_label(o, language)
                    for o in options_of(motion)
                    if o["key"] == motion.winner
                ),
                motion.winner,
            )
            verdict = str(_("Elected: %(option)s") % {"option": label})
        elif motion.adopted and motion.unanimous:
            verdict = str(_("Adopted unanimously"))
        elif motion.adopted:
            verdict = str(_("Adopted"))
        elif motion.quorum_reached is False:
            verdict = str(_("Not adopted: no quorum"))
        else:
            verdict = str(_("Not adopted"))
        return f"{verdict} ({counts})"

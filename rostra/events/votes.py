"""Counting a vote: from the counts per option to the result kept on `Motion`.

Pure functions, so the live room (`rostra.assembly`) and the admin's "record the result" form
reach the same decision from the same counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from rostra.org.i18n import localized

YES, NO, ABSTAIN = "yes", "no", "abstain"


def yes_no_options() -> list[dict]:
    """The options of a yes/no motion, labelled in every site language."""
    return [
        {
            "key": YES,
            "label_en": "Yes",
            "label_ru": "За",
            "label_zh_hans": "赞成",
            "label_de": "Ja",
        },
        {
            "key": NO,
            "label_en": "No",
            "label_ru": "Против",
            "label_zh_hans": "反对",
            "label_de": "Nein",
        },
        {
            "key": ABSTAIN,
            "label_en": "Abstain",
            "label_ru": "Воздержались",
            "label_zh_hans": "弃权",
            "label_de": "Enthaltung",
        },
    ]


def options_of(motion) -> list[dict]:
    if motion.kind == "yes_no" and not motion.options:
        return yes_no_options()
    return list(motion.options or [])


class _Option:
    def __init__(self, data: dict):
        self.__dict__.update(data)


def option_label(option: dict, language: str | None = None) -> str:
    return localized(_Option(option), "label", language) or option.get("key", "")


@dataclass
class Tally:
    counts: dict[str, int]
    votes_cast: int
    quorum_reached: bool | None
    adopted: bool | None
    unanimous: bool
    winner: str = ""
    notes: list[str] = field(default_factory=list)


def tally(motion, counts: dict[str, int], eligible: int | None = None) -> Tally:
    """The decision for `counts` under the motion's quorum and majority rules.

    Abstentions are ballots cast (they count for the quorum) but neither for nor against.
    "Unanimous" means every ballot cast was for the same option, and none abstained.
    """
    keys = [o["key"] for o in options_of(motion)]
    clean = {key: max(0, int(counts.get(key, 0) or 0)) for key in keys}
    unknown = set(counts) - set(keys)
    if unknown:
        raise ValueError(f"unknown options: {sorted(unknown)}")
    cast = sum(clean.values())
    eligible = eligible if eligible is not None else motion.eligible_count
    quorum_reached = None if motion.quorum is None else cast >= motion.quorum
    for_votes = [(key, n) for key, n in clean.items() if key != ABSTAIN]
    decisive = sum(n for _k, n in for_votes)
    unanimous = cast > 0 and any(n == cast for _k, n in for_votes)
    if motion.kind == "yes_no":
        top_key, top = YES, clean.get(YES, 0)
        against = clean.get(NO, 0)
    else:
        ranked = sorted(for_votes, key=lambda kv: kv[1], reverse=True)
        top_key, top = ranked[0] if ranked else ("", 0)
        tie = len(ranked) > 1 and ranked[1][1] == top
        if tie:
            top_key = ""
        against = decisive - top
    majority = motion.majority
    if not top_key or top == 0:
        passes = False
    elif majority == "absolute":
        base = eligible if eligible else cast
        passes = top * 2 > base
    elif majority == "two_thirds":
        passes = top * 3 >= decisive * 2
    elif majority == "unanimous":
        passes = unanimous
    else:
        passes = top > against
    adopted = passes and quorum_reached is not False
    return Tally(
        counts=clean,
        votes_cast=cast,
        quorum_reached=quorum_reached,
        adopted=adopted,
        unanimous=unanimous,
        winner=top_key if (adopted and motion.kind != "yes_no") else "",
    )


def result_phrase(motion, language: str | None = None) -> str:
    """ "Adopted unanimously (12 yes)" and the like, for the record and the report."""
    from django.utils import translation

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

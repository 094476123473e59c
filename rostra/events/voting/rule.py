"""The one rule that turns counts per option into a decision.

Used by the admin's "record the result" (`rostra.events.actions.do_record_vote`) and by the
live room's close of a vote (`rostra.assembly.actions.votes`), both through the single writer
`rostra.events.votes.write_result`. No Django import: the table-driven tests run it alone.

Abstentions are ballots cast: they count for the quorum, but neither for nor against. So:
- simple: the leading option has more than half of the votes for or against;
- absolute: more than half of the eligible delegates (of the votes cast when nobody knows how
  many were eligible);
- two thirds: at least two thirds of the votes for or against;
- unanimous: every vote for or against went to it (abstentions do not block).
A yes/no motion is decided by its "yes"; a choice elects the leading option, and a tie for the
lead elects no one. `unanimous` on the record says more: every ballot cast, abstentions
included, went to one option other than abstain.
"""

from __future__ import annotations

from dataclasses import dataclass

YES, NO, ABSTAIN = "yes", "no", "abstain"
YES_NO = "yes_no"
MAJORITIES = ("simple", "absolute", "two_thirds", "unanimous")


class UnknownOption(ValueError):
    def __init__(self, keys: list[str]) -> None:
        super().__init__(f"unknown options: {keys}")
        self.keys = keys


@dataclass(frozen=True)
class Outcome:
    counts: dict[str, int]
    votes_cast: int
    quorum_reached: bool | None
    adopted: bool
    unanimous: bool
    winner: str


def needed(majority: str, *, valid: int, cast: int, eligible: int | None) -> int:
    """How many votes the leading option needs under `majority`: more than half of the votes
    for or against (simple); more than half of the eligible delegates, or of the votes cast
    when that number is unknown (absolute); at least two thirds of the votes for or against;
    every vote for or against (unanimous). Never less than one."""
    if majority == "absolute":
        return (eligible or cast) // 2 + 1
    if majority == "two_thirds":
        return max(-(-2 * valid // 3), 1)
    if majority == "unanimous":
        return max(valid, 1)
    return valid // 2 + 1


def decide(
    *,
    kind: str,
    keys: list[str],
    counts: dict[str, int],
    majority: str,
    quorum: int | None,
    eligible: int | None,
) -> Outcome:
    unknown = sorted(set(counts) - set(keys))
    if unknown:
        raise UnknownOption(unknown)
    if majority not in MAJORITIES:
        raise ValueError(f"unknown majority: {majority}")
    clean = {key: max(0, int(counts.get(key) or 0)) for key in keys}
    cast = sum(clean.values())
    decisive = {key: n for key, n in clean.items() if key != ABSTAIN}
    valid = sum(decisive.values())
    quorum_reached = None if quorum is None else cast >= quorum

    if kind == YES_NO and YES in decisive:
        leader, votes = YES, decisive[YES]
    elif decisive:
        ranked = sorted(decisive.items(), key=lambda kv: -kv[1])
        leader, votes = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == votes:
            leader, votes = "", 0  # a tie for the lead elects no one
    else:
        leader, votes = "", 0

    passes = bool(leader) and votes >= needed(majority, valid=valid, cast=cast, eligible=eligible)
    adopted = passes and quorum_reached is not False
    return Outcome(
        counts=clean,
        votes_cast=cast,
        quorum_reached=quorum_reached,
        adopted=adopted,
        unanimous=cast > 0 and any(n == cast for n in decisive.values()),
        winner=leader if adopted else "",
    )

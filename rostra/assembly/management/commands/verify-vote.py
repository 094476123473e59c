"""rostra verify-vote: check a secret vote's record (from the database, or a JSON file).

Checks what `scripts/verify_vote.py` checks (the same protocol module: every ballot's proofs,
the homomorphic sum, the tellers' decryption proofs, the counts) and, for a vote in the
database, that the decision on the record follows from the counts by the one counting rule.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rostra.assembly.actions import ballots
from rostra.assembly.models import BallotBox
from rostra.events import votes as event_votes
from rostra.events.models import Motion
from rostra.events.voting import protocol


class Command(BaseCommand):
    help = "Check a secret vote's published record: proofs, tally, decryption, result."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="a motion's id, or a record's JSON file")

    def handle(self, source: str, **options: object) -> None:
        motion = None
        if source.isdigit():
            motion = Motion.objects.filter(pk=int(source), secret=True).first()
            box = BallotBox.objects.filter(motion=motion).order_by("-opened_at", "-pk").first()
            if motion is None or box is None:
                raise CommandError(f"No secret vote with the id {source}.")
            record = ballots.record_of(box)
        else:
            try:
                with open(source, encoding="utf-8") as f:
                    record = json.load(f)
            except (OSError, ValueError) as error:
                raise CommandError(f"Cannot read {source}: {error}") from None
        if "result" not in record:
            raise CommandError("This vote has no result yet.")
        try:
            counts = protocol.verify_record(record)
        except protocol.Invalid as error:
            raise CommandError(f"INVALID: {error}") from None
        if motion is not None:
            outcome = event_votes.decide(motion, counts)
            stored = (motion.adopted, motion.unanimous, motion.quorum_reached, motion.winner)
            decided = (outcome.adopted, outcome.unanimous, outcome.quorum_reached, outcome.winner)
            if stored != decided or motion.result != counts:
                raise CommandError(
                    f"INVALID: bad_decision: the record says {stored}, the rule gives {decided}"
                )
        self.stdout.write(f"VALID: {len(record['ballots'])} ballots; counts {json.dumps(counts)}")

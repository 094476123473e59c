"""Tellers and voters of a secret vote played in Python (the browser's part, with PyNaCl)."""

from __future__ import annotations

from rostra.assembly.actions import ballots
from rostra.events.voting import protocol


def submit_keys(motion, tellers) -> dict[int, bytes]:
    """Each teller makes a key share "in their browser" and sends the public part."""
    box = ballots.current_box(motion)
    secrets = {}
    for teller in tellers:
        x, share = protocol.make_key_share(box.election_id, str(teller.pk))
        ballots.do_submit_key(teller, motion, share)
        secrets[teller.pk] = x
    return secrets


def ballot_for(motion, voter, option: str) -> dict:
    box = ballots.current_box(motion)
    election = ballots.election_of(box)
    choices = [1 if key == option else 0 for key in election.keys]
    return protocol.encrypt_ballot(election, str(voter.pk), choices)


def decrypt(motion, tellers, secrets: dict[int, bytes]):
    box = ballots.current_box(motion)
    election = ballots.election_of(box)
    for teller in tellers:
        shares = protocol.partial_decrypt(election, str(teller.pk), secrets[teller.pk], box.tally)
        motion = ballots.do_submit_decryption(teller, motion, shares)
    return motion

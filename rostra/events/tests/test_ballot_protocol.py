"""The secret-ballot protocol (docs/voting.md): proofs refuse bad ballots with a clear reason,
the tally decrypts to the counts, and a published record is checked end to end — also by the
standalone script, which imports nothing of Rostra."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rostra.events.voting import protocol as p

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "verify_vote.py"
KEYS = ("yes", "no", "abstain")


def _tellers(election_id="congress/7/aaaa", ids=("101", "102")):
    secrets, shares = {}, []
    for tid in ids:
        x, share = p.make_key_share(election_id, tid)
        secrets[tid] = x
        shares.append({"id": tid, **share})
    joint = p.joint_key([bytes.fromhex(s["public"]) for s in shares])
    return p.Election(election_id, joint, KEYS), secrets, shares


def _record(election, secrets, shares, votes):
    ballots = [p.encrypt_ballot(election, voter, choice) for voter, choice in votes]
    totals = p.tally(election, ballots)
    counts = [sum(c[i] for _v, c in votes) for i in range(len(KEYS))]
    return {
        "election": {**election.as_dict(), "tellers": copy.deepcopy(shares)},
        "ballots": [
            {"voter": v, "tracker": p.tracker(b), "ballot": b}
            for (v, _c), b in zip(votes, ballots, strict=True)
        ],
        "tally": totals,
        "decryptions": [
            {"teller": tid, "shares": p.partial_decrypt(election, tid, x, totals)}
            for tid, x in secrets.items()
        ],
        "result": {"counts": dict(zip(KEYS, counts, strict=True))},
    }


def _cell(election, voter, m, pretend):
    """An encryption of m with a 0/1 proof made as if it were `pretend` (a cheat)."""
    r = p.random_scalar()
    y = election.public_key
    a, b = p.base_mul(r), p.add(p.mul(r, y), p.times_g(m))
    return {
        "a": a.hex(),
        "b": b.hex(),
        "proof": p._prove_in(election.hash, voter, y, a, b, r, pretend, [0, 1]),
    }


@pytest.fixture(scope="module")
def vote():
    return _tellers()


def test_it_accepts_an_honest_ballot_and_gives_its_tracker(vote):
    election, _s, _sh = vote
    ballot = p.encrypt_ballot(election, "7", [0, 1, 0])
    tracker = p.verify_ballot(election, "7", ballot)
    assert tracker == p.tracker(ballot) and len(tracker) == 19


def test_it_refuses_a_two_where_zero_or_one_is_allowed(vote):
    election, _s, _sh = vote
    ballot = p.encrypt_ballot(election, "7", [1, 0, 0])
    ballot["choices"][0] = _cell(election, "7", 2, 1)
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "7", ballot)
    assert refused.value.code == "not_zero_or_one"
    assert "cell 0 is not proven to hold 0 or 1" in str(refused.value)


def test_it_refuses_two_choices_where_one_is_allowed(vote):
    election, _s, _sh = vote
    honest = p.encrypt_ballot(election, "7", [1, 0, 0])
    cheat = p.encrypt_ballot(election, "7", [1, 0, 0])
    cheat["choices"][1] = p.encrypt_ballot(election, "7", [0, 1, 0])["choices"][1]
    assert p.verify_ballot(election, "7", honest)
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "7", cheat)
    assert refused.value.code == "wrong_number"


def test_it_refuses_a_forged_proof(vote):
    election, _s, _sh = vote
    ballot = p.encrypt_ballot(election, "7", [0, 0, 1])
    proof = ballot["choices"][2]["proof"][1]
    proof["s"] = p.scalar(p.to_int(bytes.fromhex(proof["s"])) + 1).hex()
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "7", ballot)
    assert refused.value.code == "not_zero_or_one"


def test_it_refuses_a_ballot_replayed_from_another_vote_or_voter(vote):
    election, _s, _sh = vote
    other, _s2, _sh2 = _tellers("congress/8/bbbb")
    ballot = p.encrypt_ballot(other, "7", [1, 0, 0])
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "7", ballot)
    assert refused.value.code == "wrong_vote"
    # Relabelled for this vote, its proofs still name the other one.
    ballot["election"] = election.hash
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "7", ballot)
    assert refused.value.code == "not_zero_or_one"
    mine = p.encrypt_ballot(election, "7", [1, 0, 0])
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "8", {**mine, "voter": "8"})
    assert refused.value.code == "not_zero_or_one"


def test_it_refuses_a_point_outside_the_group(vote):
    election, _s, _sh = vote
    ballot = p.encrypt_ballot(election, "7", [1, 0, 0])
    ballot["choices"][0]["a"] = p.IDENTITY.hex()
    with pytest.raises(p.Invalid) as refused:
        p.verify_ballot(election, "7", ballot)
    assert refused.value.code == "malformed"


def test_it_checks_ballots_in_a_batch_as_it_does_one_by_one(vote, monkeypatch):
    """The batch (docs/voting.md, "Checking ballots in batches") gives every ballot the verdict
    of the exact check: honest ones their trackers, bad ones their reasons; a bad ballot never
    takes a good one down, and a batch of honest ones is not checked one by one."""
    election, _s, _sh = vote
    honest = [
        p.encrypt_ballot(election, str(v), [1 if k == v % 3 else 0 for k in range(3)])
        for v in range(5)
    ]
    two = p.encrypt_ballot(election, "20", [1, 0, 0])
    two["choices"][0] = _cell(election, "20", 2, 1)  # fails only in the batched equations
    double = p.encrypt_ballot(election, "21", [1, 0, 0])
    double["choices"][1] = p.encrypt_ballot(election, "21", [0, 1, 0])["choices"][1]
    forged = p.encrypt_ballot(election, "22", [0, 1, 0])
    forged["overall"][0]["c"] = p.scalar(5).hex()
    outside = p.encrypt_ballot(election, "23", [0, 1, 0])
    outside["choices"][2]["b"] = p.IDENTITY.hex()
    other = p.encrypt_ballot(_tellers("congress/8/bbbb")[0], "24", [1, 0, 0])
    items = [(str(v), b) for v, b in enumerate(honest)]
    bad = [("20", two), ("21", double), ("22", forged), ("23", outside), ("24", other)]
    mixed = [items[0], bad[0], items[1], bad[1], items[2], bad[2], items[3], bad[3], bad[4]]

    found = p.verify_ballots(election, mixed)
    expected = []
    for voter, ballot in mixed:
        try:
            expected.append(p.verify_ballot(election, voter, ballot))
        except p.Invalid as error:
            expected.append(error.code)
    assert [f if isinstance(f, str) else f.code for f in found] == expected
    assert expected == [
        p.tracker(honest[0]),
        "not_zero_or_one",
        p.tracker(honest[1]),
        "wrong_number",
        p.tracker(honest[2]),
        "wrong_number",
        p.tracker(honest[3]),
        "malformed",
        "wrong_vote",
    ]

    def one_by_one(*_args):
        raise AssertionError("an honest batch holds as a whole")

    monkeypatch.setattr(p, "verify_ballot", one_by_one)
    assert p.verify_ballots(election, items) == [p.tracker(b) for b in honest]
    jobs = [(f"j{v}", election.as_dict(), voter, b) for v, (voter, b) in enumerate(items)]
    assert p.verify_many(jobs) == [(f"j{v}", "") for v in range(len(items))]


def test_it_counts_the_tally_without_decrypting_a_ballot(vote):
    election, secrets, shares = vote
    votes = [("1", [1, 0, 0]), ("2", [1, 0, 0]), ("3", [0, 0, 1]), ("4", [1, 0, 0])]
    record = _record(election, secrets, shares, votes)
    assert p.verify_record(record) == {"yes": 3, "no": 0, "abstain": 1}


def test_it_refuses_a_teller_key_without_its_proof():
    _x, share = p.make_key_share("e/1/x", "5")
    with pytest.raises(p.Invalid) as refused:
        p.verify_key_share("e/1/x", "6", share)  # another teller's name
    assert refused.value.code == "bad_key_proof"


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        (lambda r: r["result"]["counts"].update(yes=2, no=0), "bad_result"),
        (lambda r: r["ballots"].pop(), "bad_tally"),
        (lambda r: r["ballots"].append(copy.deepcopy(r["ballots"][0])), "duplicate"),
        (lambda r: r["decryptions"][0]["shares"][0].update(D=r["tally"][0]["a"]), "bad_decryption"),
        (lambda r: r["ballots"][1].update(tracker="0000-0000-0000-0000"), "bad_tracker"),
        (lambda r: r["election"]["tellers"].pop(), "malformed"),
    ],
)
def test_it_finds_a_tampered_record(vote, tamper, code, tmp_path):
    election, secrets, shares = vote
    record = _record(election, secrets, shares, [("1", [1, 0, 0]), ("2", [0, 1, 0])])
    assert p.verify_record(copy.deepcopy(record)) == {"yes": 1, "no": 1, "abstain": 0}
    tamper(record)
    with pytest.raises(p.Invalid) as refused:
        p.verify_record(record)
    assert refused.value.code == code


def test_the_standalone_script_checks_a_record_with_nothing_of_rostra(vote, tmp_path):
    election, secrets, shares = vote
    record = _record(election, secrets, shares, [("1", [0, 1, 0]), ("2", [0, 1, 0])])
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(record))
    record["result"]["counts"]["yes"] = 2
    bad.write_text(json.dumps(record))
    # -I: isolated (no current directory or user site on the path); run from elsewhere.
    run = [sys.executable, "-I", str(SCRIPT)]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert 'VALID: 2 ballots; counts {"yes": 0, "no": 2, "abstain": 0}' in ok.stdout
    refused = subprocess.run([*run, str(bad)], capture_output=True, text=True, cwd=tmp_path)
    assert refused.returncode == 1 and "INVALID: bad_result" in refused.stdout
    assert "import rostra" not in SCRIPT.read_text() and "from rostra" not in SCRIPT.read_text()

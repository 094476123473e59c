"""The browser's protocol (assets/ballot_protocol.mjs on @noble/curves, run under node) and the
server's (PyNaCl/libsodium) agree: a vote made in one verifies in the other, trackers match,
and the same bad ballots are refused for the same reasons."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from rostra.events.tests.test_ballot_protocol import _cell, _record, _tellers
from rostra.events.voting import protocol as p

ROOT = Path(__file__).resolve().parents[3]
VECTORS = ROOT / "assets" / "vectors.mjs"


def _node(*args: str) -> dict:
    node = shutil.which("node")
    assert node, "node is needed (Node.js 20)"
    assert (ROOT / "node_modules" / "@noble" / "curves").is_dir(), "run `make setup` (npm ci)"
    done = subprocess.run(
        [node, str(VECTORS), *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_vote_made_in_the_browser_code_verifies_on_the_server():
    record = _node("make")
    assert p.verify_record(record) == {"yes": 2, "no": 0, "abstain": 1}
    for entry in record["ballots"]:
        election = p.Election.from_dict(record["election"])
        assert p.verify_ballot(election, entry["voter"], entry["ballot"]) == entry["tracker"]


def test_a_vote_made_on_the_server_verifies_in_the_browser_code(tmp_path):
    election, secrets, shares = _tellers("congress/9/py")
    record = _record(
        election, secrets, shares, [("1", [0, 1, 0]), ("2", [0, 1, 0]), ("3", [0, 0, 1])]
    )
    two = p.encrypt_ballot(election, "4", [1, 0, 0])
    two["choices"][0] = _cell(election, "4", 2, 1)
    double = p.encrypt_ballot(election, "5", [1, 0, 0])
    double["choices"][1] = p.encrypt_ballot(election, "5", [0, 1, 0])["choices"][1]
    forged = p.encrypt_ballot(election, "6", [1, 0, 0])
    forged["overall"][0]["c"] = p.scalar(5).hex()
    other = p.encrypt_ballot(_tellers("congress/10/py")[0], "7", [1, 0, 0])
    record["bad"] = [
        {"voter": "4", "ballot": two},
        {"voter": "5", "ballot": double},
        {"voter": "6", "ballot": forged},
        {"voter": "7", "ballot": other},
    ]
    path = tmp_path / "vote.json"
    path.write_text(json.dumps(record))
    seen = _node("verify", str(path))
    assert seen["ok"], seen
    assert seen["counts"] == [0, 2, 1]
    assert seen["trackers"] == [b["tracker"] for b in record["ballots"]]
    assert seen["refused"] == ["not_zero_or_one", "wrong_number", "wrong_number", "wrong_vote"]
    # The server refuses the same ballots for the same reasons.
    for bad, code in zip(record["bad"], seen["refused"], strict=True):
        with pytest.raises(p.Invalid) as refused:
            p.verify_ballot(election, bad["voter"], bad["ballot"])
        assert refused.value.code == code

#!/usr/bin/env python3
"""Rostra's secret-ballot protocol (specified in docs/voting.md), and its standalone verifier.

Exponential ElGamal over the prime-order group of edwards25519 with Chaum–Pedersen proofs
made non-interactive by Fiat–Shamir (SHA-512), as in Helios. Every group operation is
libsodium's, through PyNaCl (`crypto_core_ed25519_*`, `crypto_scalarmult_ed25519_*noclamp`):
no curve arithmetic here, only the protocol. The browser runs the same protocol on
@noble/curves (`assets/ballot_protocol.mjs`); test vectors cross between the two.

This file imports nothing of Rostra (only the standard library and PyNaCl), so that anyone
can check a vote's published record with it alone: `scripts/verify_vote.py` is this file.

    python scripts/verify_vote.py record.json
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from nacl import bindings as sodium
from nacl.exceptions import RuntimeError as SodiumError

VERSION = "rostra-vote-v1"
L = 2**252 + 27742317777372353535851937790883648493  # the group's order
IDENTITY = bytes([1]) + bytes(31)


class Invalid(ValueError):
    """A ballot, a key share, a decryption or a record that does not verify. `code` names what
    (for the room's messages), the text says where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


# --- scalars and points (libsodium) --------------------------------------------------------


def scalar(n: int) -> bytes:
    return (n % L).to_bytes(32, "little")


def to_int(s: bytes) -> int:
    return int.from_bytes(s, "little")


def random_scalar() -> bytes:
    return sodium.crypto_core_ed25519_scalar_reduce(os.urandom(64))


G = sodium.crypto_scalarmult_ed25519_base_noclamp(scalar(1))


def base_mul(s: bytes) -> bytes:
    return sodium.crypto_scalarmult_ed25519_base_noclamp(s)


def mul(s: bytes, point: bytes) -> bytes:
    return sodium.crypto_scalarmult_ed25519_noclamp(s, point)


def add(p: bytes, q: bytes) -> bytes:
    if p == IDENTITY:
        return q
    if q == IDENTITY:
        return p
    return sodium.crypto_core_ed25519_add(p, q)


def sub(p: bytes, q: bytes) -> bytes:
    return p if q == IDENTITY else sodium.crypto_core_ed25519_sub(p, q)


@functools.lru_cache(maxsize=64)
def times_g(m: int) -> bytes:
    """m·G for a small count m ≥ 0 (0·G is the identity)."""
    return IDENTITY if m == 0 else base_mul(scalar(m))


ZERO = bytes(32)


def _times(k: bytes, p: bytes, what: str) -> bytes:
    """k·p, p from a ballot: libsodium's multiplication refuses a p that is not canonical, on
    the curve and in the prime-order subgroup (the checks of `point`, made there once rather
    than twice); with k = 0 the point is still checked, and the product is the identity."""
    try:
        if k != ZERO:
            return mul(k, p)
        if sodium.crypto_core_ed25519_is_valid_point(p):
            return IDENTITY
    except (SodiumError, ValueError, TypeError):
        pass
    raise Invalid("malformed", f"{what} is not a valid group element")


def _times_g(k: bytes) -> bytes:
    return IDENTITY if k == ZERO else base_mul(k)


def point(text: object, what: str) -> bytes:
    """A point from its hex, refused unless canonical, on the curve and in the prime-order
    subgroup (libsodium's check; it also refuses the identity and small-order points)."""
    try:
        raw = bytes.fromhex(str(text))
    except ValueError:
        raise Invalid("malformed", f"{what} is not hex") from None
    if len(raw) != 32 or not sodium.crypto_core_ed25519_is_valid_point(raw):
        raise Invalid("malformed", f"{what} is not a valid group element")
    return raw


def scalar_of(text: object, what: str) -> bytes:
    try:
        raw = bytes.fromhex(str(text))
    except ValueError:
        raise Invalid("malformed", f"{what} is not hex") from None
    if len(raw) != 32 or to_int(raw) >= L:
        raise Invalid("malformed", f"{what} is not a reduced scalar")
    return raw


def challenge(label: str, context: str, voter: str, *points: bytes) -> bytes:
    """Fiat–Shamir: SHA-512 of the labelled transcript, reduced mod L. The same text in the
    browser: "rostra-vote-v1|label|context|voter|hex|hex|…"."""
    text = "|".join([VERSION, label, context, voter, *(p.hex() for p in points)])
    return sodium.crypto_core_ed25519_scalar_reduce(hashlib.sha512(text.encode()).digest())


def _plus_times(p: bytes, c: bytes, q: bytes) -> bytes:
    """p + c·q"""
    return add(p, mul(c, q))


def _safe(fn: Callable[..., bytes], *args: bytes) -> bytes | None:
    try:
        return fn(*args)
    except (SodiumError, ValueError, TypeError):
        return None


# --- the election: what a ballot is bound to -----------------------------------------------


def election_hash(election_id: str, public_key: bytes, keys: list[str], lo: int, hi: int) -> str:
    """The context of every ballot proof: the vote's id (new at every opening), the joint
    public key, the options and how many may be chosen. A ballot made for another vote, or
    another round of the same one, fails its proofs here."""
    text = json.dumps(
        [VERSION, election_id, public_key.hex(), list(keys), lo, hi], separators=(",", ":")
    )
    return hashlib.sha256(text.encode()).hexdigest()


# --- teller keys ---------------------------------------------------------------------------


def make_key_share(
    election_id: str, teller: str, x: bytes | None = None
) -> tuple[bytes, dict[str, Any]]:
    """A teller's secret share x (new, or one drawn before) and the public share x·G with a
    proof of knowledge of x."""
    x = random_scalar() if x is None else x
    y = base_mul(x)
    w = random_scalar()
    commitment = base_mul(w)
    c = challenge("key", election_id, teller, y, commitment)
    s = sodium.crypto_core_ed25519_scalar_add(w, sodium.crypto_core_ed25519_scalar_mul(c, x))
    return x, {"public": y.hex(), "proof": {"A": commitment.hex(), "s": s.hex()}}


def verify_key_share(election_id: str, teller: str, share: dict[str, Any]) -> bytes:
    try:
        y = point(share["public"], "the public key share")
        commitment = point(share["proof"]["A"], "the key proof")
        s = scalar_of(share["proof"]["s"], "the key proof")
    except (KeyError, TypeError):
        raise Invalid("malformed", "a key share needs public and proof") from None
    c = challenge("key", election_id, teller, y, commitment)
    left = _safe(base_mul, s)
    right = _safe(_plus_times, commitment, c, y)
    if left is None or left != right:
        raise Invalid("bad_key_proof", f"teller {teller}: the key share's proof fails")
    return y


def joint_key(shares: list[bytes]) -> bytes:
    total = IDENTITY
    for y in shares:
        total = add(total, y)
    return total


# --- ballots -------------------------------------------------------------------------------


# w, the branches' c and s ({} for the true one), the commitments A and B of every branch.
Commitment = tuple[bytes, list[dict[str, bytes]], list[bytes]]


def _commit_in(y: bytes, a: bytes, b: bytes, m: int, allowed: list[int]) -> Commitment:
    """The curve arithmetic of a disjunctive proof (below), which needs no challenge: the
    commitments, and the simulated branches' c and s."""
    branches: list[dict[str, bytes]] = []
    commitments: list[bytes] = []
    w = random_scalar()
    for value in allowed:
        if value == m:
            branches.append({})
            commitments += [base_mul(w), mul(w, y)]
        else:
            c, s = random_scalar(), random_scalar()
            shifted = sub(b, times_g(value)) if value else b
            big_a = sub(base_mul(s), mul(c, a))
            big_b = sub(mul(s, y), mul(c, shifted))
            branches.append({"c": c, "s": s})
            commitments += [big_a, big_b]
    return w, branches, commitments


def _answer_in(
    context: str,
    voter: str,
    a: bytes,
    b: bytes,
    r: bytes,
    m: int,
    allowed: list[int],
    made: Commitment,
) -> list[dict[str, str]]:
    """The rest of the proof: the challenge, and the true branch's c and s (no curve)."""
    w, branches, commitments = made
    branches = list(branches)
    total = challenge("in", context, voter, a, b, *commitments)
    others = 0
    for branch in branches:
        if branch:
            others += to_int(branch["c"])
    j = allowed.index(m)
    c_j = scalar(to_int(total) - others)
    branches[j] = {
        "c": c_j,
        "s": sodium.crypto_core_ed25519_scalar_add(
            w, sodium.crypto_core_ed25519_scalar_mul(c_j, r)
        ),
    }
    return [
        {
            "A": commitments[2 * i].hex(),
            "B": commitments[2 * i + 1].hex(),
            "c": branch["c"].hex(),
            "s": branch["s"].hex(),
        }
        for i, branch in enumerate(branches)
    ]


def _prove_in(
    context: str, voter: str, y: bytes, a: bytes, b: bytes, r: bytes, m: int, allowed: list[int]
) -> list[dict[str, Any]]:
    """Disjunctive Chaum–Pedersen: (a, b) encrypts one of `allowed` (it is m, with nonce r)."""
    made = _commit_in(y, a, b, m, allowed)
    return _answer_in(context, voter, a, b, r, m, allowed, made)


def _raw32(text: object, what: str) -> bytes:
    """32 bytes from hex, not yet checked to be a group element (see `_times`)."""
    if not isinstance(text, str) or len(text) != 64:
        raise Invalid("malformed", f"{what} is not a group element")
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise Invalid("malformed", f"{what} is not hex") from None


def _open_in(
    context: str, voter: str, a: bytes, b: bytes, proof: object, allowed: list[int], what: str
) -> list[tuple[int, bytes, bytes, bytes]] | None:
    """The first half of checking a disjunctive proof that (a, b) encrypts one of `allowed`:
    its challenges add up to the hash of its commitments, and every `s·G = A + c·a` holds,
    checked by recomputing A = s·G − c·a and comparing encodings (equal to a canonical group
    element, A needs no check of its own). Returns the branches [(value, B, c, s)] for the
    second half, `s·Y = B + c·(b − value·G)`, or None if the proof fails. Raises Invalid
    (malformed) if `a` is not a group element."""
    if not isinstance(proof, list) or len(proof) != len(allowed):
        return None
    try:
        parts = [
            (
                _raw32(branch["A"], "a proof"),
                _raw32(branch["B"], "a proof"),
                scalar_of(branch["c"], "a proof"),
                scalar_of(branch["s"], "a proof"),
            )
            for branch in proof
        ]
    except (KeyError, TypeError, Invalid):
        return None
    hashed = [x for big_a, big_b, _c, _s in parts for x in (big_a, big_b)]
    total = sum(to_int(c) for _a, _b, c, _s in parts)
    if scalar(total) != challenge("in", context, voter, a, b, *hashed):
        return None
    for big_a, _b, c, s in parts:
        try:
            if big_a != sub(_times_g(s), _times(c, a, what)):
                return None
        except SodiumError:
            return None
    return [(value, big_b, c, s) for value, (_a, big_b, c, s) in zip(allowed, parts, strict=True)]


def _verify_in(
    context: str,
    voter: str,
    y: bytes,
    a: bytes,
    b: bytes,
    proof: object,
    allowed: list[int],
    what: str = "a ciphertext",
) -> bool:
    """Check a disjunctive proof exactly: both halves, B recomputed as s·Y − c·(b − value·G)
    and compared. Raises Invalid (malformed) if a or b is not a group element."""
    branches = _open_in(context, voter, a, b, proof, allowed, what)
    if branches is None:
        return False
    for value, big_b, c, s in branches:
        try:
            shifted = sub(b, times_g(value)) if value else b
            if big_b != sub(_times(s, y, "the public key"), _times(c, shifted, what)):
                return False
        except SodiumError:
            raise Invalid("malformed", f"{what} is not a valid group element") from None
    return True


class _Batch:
    """The second halves of many proofs, `s·Y = B + c·(b − v·G)`, checked together: with a
    fresh random weight z per equation (uniform mod L, drawn by the verifier after the ballots
    are fixed), `(Σ z·s)·Y = Σ z·B + Σ_j k_j·b_j − (Σ z·c·v)·G`, where each cell's b_j gathers
    its coefficients k_j (its own branches and the overall proof's, whose b is Σ b_j). Y and G
    are multiplied once per batch; each B and each b_j once (which also checks them). If any
    equation fails, the sum holds with probability at most 1/L (docs/voting.md)."""

    def __init__(self, y: bytes) -> None:
        self.y = y
        self.y_coef = 0
        self.g_coef = 0
        self.terms: list[tuple[int, bytes]] = []

    def merge(self, other: _Batch) -> None:
        self.y_coef += other.y_coef
        self.g_coef += other.g_coef
        self.terms += other.terms

    def add_proof(self, branches: list[Any], cells: list[int], coefs: list[int]) -> None:
        """One proof's branches, its b being the sum of the listed cells' b."""
        for value, big_b, c, s in branches:
            z = to_int(random_scalar())
            zc = z * to_int(c)
            self.y_coef += z * to_int(s)
            self.g_coef += zc * value
            self.terms.append((z, big_b))
            for j in cells:
                coefs[j] += zc

    def holds(self) -> bool:
        if not self.terms:
            return True
        try:
            right = IDENTITY
            for k, p in self.terms:
                right = add(right, mul(scalar(k), p))
            if self.g_coef % L:
                right = sub(right, base_mul(scalar(self.g_coef)))
            return mul(scalar(self.y_coef), self.y) == right
        except (SodiumError, ValueError, TypeError):
            return False  # a zero coefficient or a bad point: the exact check decides


@dataclass(frozen=True)
class Election:
    """What a ballot is made for: the vote's id, the joint key, the options, how many to pick."""

    id: str
    public_key: bytes
    keys: tuple[str, ...]
    lo: int = 1
    hi: int = 1

    @property
    def hash(self) -> str:
        return election_hash(self.id, self.public_key, list(self.keys), self.lo, self.hi)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "public_key": self.public_key.hex(),
            "options": list(self.keys),
            "min": self.lo,
            "max": self.hi,
            "hash": self.hash,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Election:
        return cls(
            id=str(data["id"]),
            public_key=point(data["public_key"], "the public key"),
            keys=tuple(str(k) for k in data["options"]),
            lo=int(data["min"]),
            hi=int(data["max"]),
        )


def encrypt_ballot(election: Election, voter: str, choices: list[int]) -> dict[str, Any]:
    """The ballot a voter's browser makes (here for tests, benches and test vectors)."""
    made = prepare_ballot(election.public_key, choices, election.lo, election.hi)
    return finish_ballot(election, voter, made)


def prepare_ballot(
    public_key: bytes, choices: list[int], lo: int = 1, hi: int = 1
) -> dict[str, Any]:
    """All the curve arithmetic of a ballot for a key (ciphertexts, commitments); what is left
    (`finish_ballot`) is hashing and scalars. The live bench prepares its thousands of ballots
    ahead, standing in for as many devices working at once."""
    y = public_key
    cells = []
    for m in choices:
        r = random_scalar()
        a, b = base_mul(r), add(mul(r, y), times_g(m))
        cells.append((a, b, r, m, _commit_in(y, a, b, m, [0, 1])))
    r_sum = scalar(sum(to_int(cell[2]) for cell in cells))
    a_sum, b_sum = _sums([(a, b, None) for a, b, *_rest in cells])
    allowed = list(range(lo, hi + 1))
    overall = (
        a_sum,
        b_sum,
        r_sum,
        sum(choices),
        _commit_in(y, a_sum, b_sum, sum(choices), allowed),
    )
    return {"key": y, "range": (lo, hi), "cells": cells, "overall": overall}


def finish_ballot(election: Election, voter: str, made: dict[str, Any]) -> dict[str, Any]:
    if made["key"] != election.public_key or made["range"] != (election.lo, election.hi):
        raise ValueError("the ballot was prepared for another key or number of choices")
    context = election.hash
    a_sum, b_sum, r_sum, total, overall = made["overall"]
    allowed = list(range(election.lo, election.hi + 1))
    return {
        "election": context,
        "voter": voter,
        "choices": [
            {
                "a": a.hex(),
                "b": b.hex(),
                "proof": _answer_in(context, voter, a, b, r, m, [0, 1], committed),
            }
            for a, b, r, m, committed in made["cells"]
        ],
        "overall": _answer_in(context, voter, a_sum, b_sum, r_sum, total, allowed, overall),
    }


def _ballot(ballot: object) -> dict[str, Any]:
    """The ballot as sent (JSON), if it is an object at all."""
    if not isinstance(ballot, dict):
        raise Invalid("malformed", "a ballot is an object")
    return ballot


def _cells(election: Election, voter: str, ballot: object) -> list[tuple[bytes, bytes, object]]:
    """A ballot's form: bound to this vote and voter, one cell per option, [(a, b, proof)]."""
    ballot = _ballot(ballot)
    if ballot.get("election") != election.hash:
        raise Invalid("wrong_vote", "the ballot was made for another vote")
    if str(ballot.get("voter")) != voter:
        raise Invalid("wrong_voter", "the ballot was made for another voter")
    cells = ballot.get("choices")
    if not isinstance(cells, list) or len(cells) != len(election.keys):
        raise Invalid("malformed", "one encrypted cell per option is needed")
    out = []
    for n, cell in enumerate(cells):
        if not isinstance(cell, dict):
            raise Invalid("malformed", "a cell is an object")
        out.append(
            (
                _raw32(cell.get("a"), f"cell {n}"),
                _raw32(cell.get("b"), f"cell {n}"),
                cell.get("proof"),
            )
        )
    return out


def _sums(cells: list[tuple[bytes, bytes, object]]) -> tuple[bytes, bytes]:
    a_sum = b_sum = IDENTITY
    try:
        for a, b, _proof in cells:
            a_sum, b_sum = add(a_sum, a), add(b_sum, b)
    except SodiumError:
        raise Invalid("malformed", "a cell is not a valid group element") from None
    return a_sum, b_sum


def _refuse_cell(n: int, a: bytes, b: bytes) -> NoReturn:
    """A cell whose proof fails: malformed if an element is not in the group (the proof was
    refused before its multiplications came to say so), else not proven to hold 0 or 1."""
    for element in (a, b):
        if not sodium.crypto_core_ed25519_is_valid_point(element):
            raise Invalid("malformed", f"cell {n} is not a valid group element")
    raise Invalid("not_zero_or_one", f"cell {n} is not proven to hold 0 or 1")


def verify_ballot(election: Election, voter: str, ballot: object) -> str:
    """Check a ballot; return its tracker. Raises Invalid with the reason:
    wrong_vote (made for another vote or round), wrong_voter, not_zero_or_one (a cell is not
    an encryption of 0 or 1), wrong_number (not the allowed number of choices), malformed."""
    ballot = _ballot(ballot)
    cells = _cells(election, voter, ballot)
    context, y = election.hash, election.public_key
    for n, (a, b, proof) in enumerate(cells):
        if not _verify_in(context, voter, y, a, b, proof, [0, 1], f"cell {n}"):
            _refuse_cell(n, a, b)
    a_sum, b_sum = _sums(cells)
    allowed = list(range(election.lo, election.hi + 1))
    if not _verify_in(context, voter, y, a_sum, b_sum, ballot.get("overall"), allowed):
        raise Invalid("wrong_number", "the ballot is not proven to hold the allowed number")
    return tracker(ballot)


def _verify_into(election: Election, voter: str, ballot: object, batch: _Batch) -> str:
    """As `verify_ballot`, but the proofs' second halves go into `batch` (only if everything
    else about the ballot holds): the ballot is valid if the batch then holds."""
    ballot = _ballot(ballot)
    cells = _cells(election, voter, ballot)
    context = election.hash
    mine = _Batch(election.public_key)
    coefs = [0] * len(cells)
    for n, (a, b, proof) in enumerate(cells):
        branches = _open_in(context, voter, a, b, proof, [0, 1], f"cell {n}")
        if branches is None:
            _refuse_cell(n, a, b)
        mine.add_proof(branches, [n], coefs)
    a_sum, b_sum = _sums(cells)
    allowed = list(range(election.lo, election.hi + 1))
    branches = _open_in(context, voter, a_sum, b_sum, ballot.get("overall"), allowed, "a sum")
    if branches is None:
        raise Invalid("wrong_number", "the ballot is not proven to hold the allowed number")
    mine.add_proof(branches, list(range(len(cells))), coefs)
    mine.terms += [(k, b) for k, (_a, b, _p) in zip(coefs, cells, strict=True)]
    batch.merge(mine)
    return tracker(ballot)


def verify_ballots(election: Election, items: list[tuple[str, object]]) -> list[str | Invalid]:
    """Check many ballots [(voter, ballot)] of one election: for each, its tracker or the
    Invalid that refuses it; the same verdicts as `verify_ballot` one by one, at about half
    the cost (docs/voting.md, "Checking ballots in batches"). If the batch does not hold,
    every ballot in it is checked on its own, so a bad ballot never takes a good one down."""
    out: list[str | Invalid] = []
    batch = _Batch(election.public_key)
    inside = []
    for n, (voter, ballot) in enumerate(items):
        try:
            out.append(_verify_into(election, voter, ballot, batch))
            inside.append(n)
        except (Invalid, KeyError, TypeError, ValueError, AttributeError, SodiumError):
            out.append(_exactly(election, voter, ballot))  # refused: the exact reason
    if inside and not batch.holds():
        for n in inside:
            out[n] = _exactly(election, *items[n])
    return out


def _exactly(election: Election, voter: str, ballot: object) -> str | Invalid:
    """`verify_ballot`'s verdict: the first reason in its order (the batch meets the parts of
    a ballot in another order, and a bad ballot may fail more than one)."""
    try:
        return verify_ballot(election, voter, ballot)
    except Invalid as error:
        return error
    except (KeyError, TypeError, ValueError, AttributeError, SodiumError):
        return Invalid("malformed", "the ballot is not well formed")


def check_form(election: Election, voter: str, ballot: object) -> str:
    """The cheap checks, before a ballot is stored and acknowledged: bound to this vote and
    voter, one cell per option, every element 32 bytes of hex, the proofs' parts present.
    Returns the tracker; raises Invalid. The proofs, and that each element is in the group,
    are checked afterwards by `verify_ballots` (docs/voting.md, "Checking ballots")."""
    ballot = _ballot(ballot)
    for n, (_a, _b, proof) in enumerate(_cells(election, voter, ballot)):
        if not isinstance(proof, (dict, list)):
            raise Invalid("malformed", f"cell {n} is not a cell with its proof")
    if not isinstance(ballot.get("overall"), (dict, list)):
        raise Invalid("malformed", "the ballot's overall proof is missing")
    return tracker(ballot)


def verify_many(jobs: list[tuple[str, dict[str, Any], str, object]]) -> list[tuple[str, str]]:
    """[(job id, election as_dict, voter, ballot)] -> [(job id, "" or the reason's code)].
    Made for a process pool: plain data in and out; the ballots of one election are checked
    in one batch."""
    groups: dict[str, list[tuple[str, str, object]]] = {}
    elections: dict[str, dict[str, Any]] = {}
    for job, data, voter, ballot in jobs:
        elections.setdefault(data["hash"], data)
        groups.setdefault(data["hash"], []).append((job, voter, ballot))
    verdicts: dict[str, str] = {}
    for key, group in groups.items():
        try:
            election = Election.from_dict(elections[key])
            found = verify_ballots(election, [(voter, ballot) for _j, voter, ballot in group])
        except Exception:  # an election that breaks the checker: no ballot of it is valid
            found = [Invalid("malformed")] * len(group)
        for (job, _v, _b), verdict in zip(group, found, strict=True):
            verdicts[job] = verdict.code if isinstance(verdict, Invalid) else ""
    return [(job, verdicts[job]) for job, _d, _v, _b in jobs]


def tracker(ballot: dict[str, Any]) -> str:
    """The voter's short ballot tracker: a hash of the ciphertexts, 16 hex digits in groups."""
    text = "|".join(f"{c['a']}:{c['b']}" for c in ballot["choices"])
    digest = hashlib.sha256(f"{VERSION}|tracker|{ballot['election']}|{text}".encode()).hexdigest()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


# --- tally and decryption ------------------------------------------------------------------


def tally(election: Election, ballots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The homomorphic sum, per option, of every ballot's cells."""
    sums = [[IDENTITY, IDENTITY] for _ in election.keys]
    for ballot in ballots:
        for n, cell in enumerate(ballot["choices"]):
            sums[n][0] = add(sums[n][0], bytes.fromhex(cell["a"]))
            sums[n][1] = add(sums[n][1], bytes.fromhex(cell["b"]))
    return [{"a": a.hex(), "b": b.hex()} for a, b in sums]


def partial_decrypt(
    election: Election, teller: str, x: bytes, totals: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A teller's share of the decryption of each summed ciphertext, with a Chaum–Pedersen proof
    that it used the secret of its public share (log_G Y_i = log_A D)."""
    y = base_mul(x)
    out: list[dict[str, Any]] = []
    for total in totals:
        a = bytes.fromhex(total["a"])
        if a == IDENTITY:  # no ballots: nothing to hide
            out.append({"D": IDENTITY.hex(), "proof": None})
            continue
        d = mul(x, a)
        w = random_scalar()
        t1, t2 = base_mul(w), mul(w, a)
        c = challenge("decrypt", election.hash, teller, y, a, d, t1, t2)
        s = sodium.crypto_core_ed25519_scalar_add(w, sodium.crypto_core_ed25519_scalar_mul(c, x))
        out.append({"D": d.hex(), "proof": {"T1": t1.hex(), "T2": t2.hex(), "s": s.hex()}})
    return out


def verify_partial(
    election: Election, teller: str, public: bytes, totals: list[dict[str, Any]], shares: object
) -> list[bytes]:
    if not isinstance(shares, list) or len(shares) != len(totals):
        raise Invalid("malformed", f"teller {teller}: one share per option is needed")
    out = []
    for n, (total, share) in enumerate(zip(totals, shares, strict=True)):
        a = bytes.fromhex(total["a"])
        try:
            if a == IDENTITY:
                if share.get("D") != IDENTITY.hex():
                    raise Invalid("bad_decryption", f"teller {teller}, option {n}")
                out.append(IDENTITY)
                continue
            d = point(share["D"], "a decryption share")
            t1 = point(share["proof"]["T1"], "a decryption proof")
            t2 = point(share["proof"]["T2"], "a decryption proof")
            s = scalar_of(share["proof"]["s"], "a decryption proof")
        except (KeyError, TypeError, AttributeError):
            raise Invalid("malformed", f"teller {teller}: a share is incomplete") from None
        c = challenge("decrypt", election.hash, teller, public, a, d, t1, t2)
        ok = _safe(base_mul, s) == _safe(_plus_times, t1, c, public)
        ok = ok and _safe(mul, s, a) == _safe(_plus_times, t2, c, d)
        if not ok:
            raise Invalid("bad_decryption", f"teller {teller}: the proof for option {n} fails")
        out.append(d)
    return out


def combine(totals: list[dict[str, Any]], partials: list[list[bytes]], most: int) -> list[int]:
    """The counts: m·G = B − ΣD_i for each option, m found among 0..most (small discrete log)."""
    table = {IDENTITY: 0}
    current = IDENTITY
    for m in range(1, most + 1):
        current = add(current, G)
        table[current] = m
    counts = []
    for n, total in enumerate(totals):
        value = bytes.fromhex(total["b"])
        for shares in partials:
            if shares[n] != IDENTITY:
                value = sub(value, shares[n])
        if value not in table:
            raise Invalid("no_count", f"option {n}: the decrypted total is not a count")
        counts.append(table[value])
    return counts


# --- a vote's published record -------------------------------------------------------------


def verify_record(record: dict[str, Any]) -> dict[str, int]:
    """Check a whole published record (see docs/voting.md): the tellers' key proofs and the
    joint key, every ballot's proofs and tracker, one ballot per voter, the homomorphic sum,
    every decryption proof, and that the announced counts follow. Returns the counts."""
    try:
        e = record["election"]
        election = Election.from_dict(e)
        if e.get("hash") and e["hash"] != election.hash:
            raise Invalid("wrong_vote", "the election's hash does not match its contents")
        publics = {}
        for t in e["tellers"]:
            publics[str(t["id"])] = verify_key_share(election.id, str(t["id"]), t)
        if len(publics) < 2:
            raise Invalid("malformed", "a secret vote needs at least two tellers")
        if joint_key(list(publics.values())) != election.public_key:
            raise Invalid("bad_key", "the public key is not the sum of the tellers' shares")
        seen = set()
        counted = []
        for entry in record["ballots"]:
            voter = str(entry["voter"])
            if voter in seen:
                raise Invalid("duplicate", f"voter {voter} has two ballots")
            seen.add(voter)
            if entry.get("rejected"):
                # Rejected by the server: it must indeed fail, and it stays out of the sum.
                try:
                    verify_ballot(election, voter, entry["ballot"])
                except Invalid:
                    continue
                raise Invalid("bad_rejection", f"voter {voter}: a valid ballot was rejected")
            counted.append(entry)
        found = verify_ballots(election, [(str(e["voter"]), e["ballot"]) for e in counted])
        for entry, verdict in zip(counted, found, strict=True):
            if isinstance(verdict, Invalid):
                detail = str(verdict).removeprefix(f"{verdict.code}: ")
                raise Invalid(verdict.code, f"voter {entry['voter']}: {detail}")
            if entry.get("tracker") and entry["tracker"] != verdict:
                raise Invalid("bad_tracker", f"voter {entry['voter']}: the tracker does not match")
        ballots = [entry["ballot"] for entry in counted]
        totals = tally(election, ballots)
        if record.get("tally") is not None and record["tally"] != totals:
            raise Invalid("bad_tally", "the published encrypted tally is not the sum of ballots")
        decryptions = {str(d["teller"]): d["shares"] for d in record["decryptions"]}
        if set(decryptions) != set(publics):
            raise Invalid("bad_decryption", "every teller must decrypt (n of n)")
        partials = [
            verify_partial(election, tid, publics[tid], totals, decryptions[tid]) for tid in publics
        ]
        counts = combine(totals, partials, len(ballots))
        result = dict(zip(election.keys, counts, strict=True))
        announced = {str(k): int(v) for k, v in record["result"]["counts"].items()}
        if announced != result:
            raise Invalid("bad_result", f"announced {announced}, the ballots give {result}")
        return result
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, Invalid):
            raise
        raise Invalid("malformed", f"the record is incomplete ({error})") from None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: verify_vote.py RECORD.json", file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        record = json.load(f)
    try:
        counts = verify_record(record)
    except Invalid as error:
        print(f"INVALID: {error}")
        return 1
    print(f"VALID: {len(record['ballots'])} ballots; counts {json.dumps(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

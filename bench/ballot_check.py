"""What checking a secret ballot costs (#14): libsodium calls and time per ballot, checked one by
one (`verify_ballot`, the exact check) and in batches (`verify_ballots`, as the room's checkers
and `verify-vote` do), with the unit costs of the libsodium calls they are made of.

    .venv/bin/python bench/ballot_check.py                  # 300 ballots, three options
    .venv/bin/python bench/ballot_check.py -n 500 --batch 50
    .venv/bin/python bench/ballot_check.py --old old_protocol.py   # also an earlier version

`--old` loads another copy of the protocol module (say `git show REV:rostra/events/voting/
protocol.py > old_protocol.py`) and times its `verify_ballot` on the same ballots, in the same
minute, for a before/after ratio. Single process; a few seconds of CPU.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rostra.events.voting import protocol  # noqa: E402


class Counting:
    """libsodium's bindings, counting the calls made through them."""

    def __init__(self, inner):
        self.inner = inner
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name):
        fn = getattr(self.inner, name)
        if not callable(fn):
            return fn

        def counted(*args):
            self.calls[name] = self.calls[name] + 1
            return fn(*args)

        return counted


def unit_costs(repeat: int = 300) -> dict[str, float]:
    s = protocol.sodium
    k = protocol.random_scalar()
    point = s.crypto_scalarmult_ed25519_base_noclamp(protocol.random_scalar())
    other = s.crypto_scalarmult_ed25519_base_noclamp(protocol.random_scalar())
    calls = {
        "scalarmult_ed25519_noclamp (variable base)": lambda: s.crypto_scalarmult_ed25519_noclamp(
            k, point
        ),
        "scalarmult_ed25519_base_noclamp": lambda: s.crypto_scalarmult_ed25519_base_noclamp(k),
        "core_ed25519_is_valid_point": lambda: s.crypto_core_ed25519_is_valid_point(point),
        "core_ed25519_add": lambda: s.crypto_core_ed25519_add(point, other),
    }
    out = {}
    for name, call in calls.items():
        t = time.process_time()
        for _ in range(repeat):
            call()
        out[name] = (time.process_time() - t) / repeat
    return out


def count_calls(module, fn) -> Counter[str]:
    counting = Counting(module.sodium)
    module.sodium, saved = counting, module.sodium
    try:
        fn()
    finally:
        module.sodium = saved
    return counting.calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=300, help="ballots (default 300)")
    parser.add_argument("--options", type=int, default=3, help="options per ballot (default 3)")
    parser.add_argument("--batch", type=int, default=50, help="ballots per batch (default 50)")
    parser.add_argument("--old", help="another protocol.py to time on the same ballots")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (best of)")
    args = parser.parse_args()

    keys = tuple(f"option{i}" for i in range(args.options))
    shares = [protocol.make_key_share("bench/1/x", str(t))[1] for t in (1, 2)]
    joint = protocol.joint_key([bytes.fromhex(s["public"]) for s in shares])
    election = protocol.Election("bench/1/x", joint, keys)
    t = time.perf_counter()
    items = [
        (
            str(v),
            protocol.encrypt_ballot(
                election, str(v), [int(k == v % len(keys)) for k in range(len(keys))]
            ),
        )
        for v in range(args.n)
    ]
    encrypt_s = (time.perf_counter() - t) / args.n
    print(f"== {args.n} ballots, {len(keys)} options, one choice; load {os.getloadavg()[0]:.2f}")
    print(f"encrypting one ballot (as the browser does, here PyNaCl): {encrypt_s * 1000:.2f} ms")
    for name, cost in unit_costs().items():
        print(f"  one {name:45} {cost * 1e6:7.1f} µs")

    voter, ballot = items[0]
    one = count_calls(protocol, lambda: protocol.verify_ballot(election, voter, ballot))
    batch_items = items[: args.batch]
    many = count_calls(protocol, lambda: protocol.verify_ballots(election, batch_items))
    print("libsodium calls per ballot:        one by one   in a batch of", len(batch_items))
    for name in sorted(set(one) | set(many)):
        print(f"  {name:42} {one[name]:6d}      {many[name] / len(batch_items):8.2f}")

    def timed(fn) -> float:
        """CPU seconds per ballot (this process's CPU time: on a shared machine, wall time
        mostly measures the others)."""
        t = time.process_time()
        fn()
        return (time.process_time() - t) / args.n

    def exact() -> None:
        for v, b in items:
            protocol.verify_ballot(election, v, b)

    def batched() -> None:
        for i in range(0, len(items), args.batch):
            found = protocol.verify_ballots(election, items[i : i + args.batch])
            assert all(isinstance(f, str) for f in found)

    runs: dict[str, list[float]] = {}
    older = None
    if args.old:
        spec = importlib.util.spec_from_file_location("old_protocol", args.old)
        old = importlib.util.module_from_spec(spec)
        sys.modules["old_protocol"] = old  # its dataclass looks itself up there
        spec.loader.exec_module(old)
        old_election = old.Election("bench/1/x", joint, keys)
        before = count_calls(old, lambda: old.verify_ballot(old_election, voter, ballot))
        print(f"  ({args.old}, one by one: {dict(sorted(before.items()))})")

        def older() -> None:
            for v, b in items:
                old.verify_ballot(old_election, v, b)

    # Interleaved rounds, the best of each: the load of a shared machine comes and goes.
    for _round in range(args.rounds):
        if older is not None:
            runs.setdefault("old verify_ballot (--old)", []).append(timed(older))
        runs.setdefault("verify_ballot, one by one", []).append(timed(exact))
        runs.setdefault(f"verify_ballots, batches of {args.batch}", []).append(timed(batched))
    rows = [(name, min(times)) for name, times in runs.items()]
    print("checking one ballot (CPU time, best of the rounds):")
    for name, cost in rows:
        print(f"  {name:40} {cost * 1000:7.2f} ms")
    base = rows[0][1]
    for name, cost in rows[1:]:
        print(f"RATIO {rows[0][0]} / {name}: {base / cost:.2f}")
    print(
        f"5,000 ballots on one core: {rows[-1][1] * 5000:.1f} s (batches);"
        f" {base * 5000:.1f} s ({rows[0][0]})"
    )
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

"""What every bench says about the machine it ran on, and when it may give a verdict.

Machines of one kind differ several-fold, and a busy machine differs from itself: a figure
means something only beside a reference measured in the same run. Each bench therefore prints
the CPUs, the load before and after, and a short CPU probe (a fixed pure-Python workload), and
gives no verdict when the machine was busy at the start (load average above 1).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import time

MAX_LOAD_FOR_VERDICT = 1.0


def load() -> float:
    return os.getloadavg()[0]


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def cpu_probe_ms() -> float:
    """Median of five runs of a fixed workload (hashing and a Python loop): slower here than on
    another machine by about the factor that CPU-bound Python code is slower."""
    data = b"rostra" * 20_000
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        digest = b""
        for _ in range(50):
            digest = hashlib.sha256(data + digest).digest()
        total = 0
        for n in range(300_000):
            total += n % 7
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


class Machine:
    """Taken at the start of a bench; `finish()` at the end adds the load after."""

    def __init__(self) -> None:
        self.cpus = os.cpu_count() or 1
        self.model = cpu_model()
        self.load_before = load()
        self.probe_ms = cpu_probe_ms()
        self.load_after: float | None = None

    def describe(self) -> str:
        return (
            f"Machine: {self.cpus} CPUs ({self.model}), load average {self.load_before:.2f} at "
            f"the start, CPU probe {self.probe_ms:.1f} ms (lower is faster)"
        )

    def finish(self) -> str:
        self.load_after = load()
        return f"Load average at the end: {self.load_after:.2f}"

    @property
    def quiet(self) -> bool:
        return self.load_before <= MAX_LOAD_FOR_VERDICT

    def verdict(self, met: bool) -> str:
        """MET / NOT MET, or why there is none."""
        if not self.quiet:
            return (
                f"NO VERDICT: the load was {self.load_before:.2f} at the start (above "
                f"{MAX_LOAD_FOR_VERDICT:g}); run again on a quiet machine"
            )
        return "MET" if met else "NOT MET"

    def fields(self) -> dict:
        return {
            "cpus": self.cpus,
            "load_before": round(self.load_before, 2),
            "load_after": None if self.load_after is None else round(self.load_after, 2),
            "cpu_probe_ms": round(self.probe_ms, 1),
        }


def result_line(bench: str, machine: Machine, **figures) -> str:
    """The last line of every bench: one JSON object, for scripts that collect runs."""
    return "BENCH-RESULT " + json.dumps({"bench": bench, **machine.fields(), **figures})

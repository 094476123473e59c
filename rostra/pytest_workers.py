"""Parallel test runs (pytest-xdist): each worker gets engines of its own.

Loaded with `-p rostra.pytest_workers` (pyproject's addopts) so that it runs before
pytest-django imports the settings. pytest-django already gives every worker its own test
database (test_<name>_gw0, _gw1, ...); this gives every worker its own Redis database, since
the suite clears the Redis database it is given before each test (FLUSHDB: a key prefix would
not protect another worker's keys). Worker n uses database <the given one> - n, or the n-th of
ROSTRA_TEST_REDIS_DBS (comma-separated) when that is set.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit


def worker_redis_url(url: str, worker: str, dbs: str = "") -> str:
    """The Redis URL of xdist worker `worker` ("gw0", "gw1", ...)."""
    n = int(worker.removeprefix("gw"))
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    if dbs:
        choices = [int(d) for d in dbs.split(",") if d.strip()]
        if n >= len(choices):
            raise SystemExit(f"ROSTRA_TEST_REDIS_DBS names {len(choices)} databases: too few")
        db = choices[n]
    else:
        db = base - n
        if db < 1:  # database 0 is everybody's default: never cleared by tests
            raise SystemExit(f"no free Redis database for worker {worker} below {base}")
    return urlunsplit(parts._replace(path=f"/{db}"))


_worker = os.environ.get("PYTEST_XDIST_WORKER")
if _worker and os.environ.get("REDIS_URL"):
    os.environ["REDIS_URL"] = worker_redis_url(
        os.environ["REDIS_URL"], _worker, os.environ.get("ROSTRA_TEST_REDIS_DBS", "")
    )

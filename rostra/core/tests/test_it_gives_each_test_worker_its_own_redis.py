"""Parallel test workers never share a Redis database (each test clears its own)."""

import pytest

from rostra.pytest_workers import worker_redis_url


def test_it_counts_down_from_the_given_database():
    url = "redis://127.0.0.1:6379/15"
    assert [worker_redis_url(url, f"gw{n}") for n in range(3)] == [
        "redis://127.0.0.1:6379/15",
        "redis://127.0.0.1:6379/14",
        "redis://127.0.0.1:6379/13",
    ]


def test_it_takes_the_databases_it_is_told():
    assert worker_redis_url("redis://h:6379/6", "gw1", "6,9") == "redis://h:6379/9"
    with pytest.raises(SystemExit):
        worker_redis_url("redis://h:6379/6", "gw2", "6,9")


def test_it_never_hands_out_database_0():
    with pytest.raises(SystemExit):
        worker_redis_url("redis://h:6379/1", "gw1")

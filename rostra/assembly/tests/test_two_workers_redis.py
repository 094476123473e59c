"""Two server processes sharing PostgreSQL and Redis: a change made through one reaches a
client of the other (channels-redis carries it between the processes' hubs)."""

from __future__ import annotations

import asyncio
import json
import os
from urllib.parse import quote

import pytest
from django.conf import settings

from rostra.assembly import seed
from rostra.assembly.tests.server import base_env, serve, ws_connect, ws_until

pytestmark = [
    pytest.mark.skipif(
        not (os.environ.get("DATABASE_URL") and os.environ.get("REDIS_URL")),
        reason="needs PostgreSQL and Redis: set DATABASE_URL and REDIS_URL (scripts/run-tests)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _database_url() -> str:
    """The test database pytest-django made (its name differs from DATABASE_URL's)."""
    db = settings.DATABASES["default"]
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


async def _scenario(one: str, two: str, m: seed.Meeting, motion) -> None:
    chair = await ws_connect(one, "congress", m.chair.token)
    delegate = await ws_connect(two, "congress", m.delegates[0].token)
    await ws_until(chair, lambda x: x["t"] == "snapshot")
    await ws_until(delegate, lambda x: x["t"] == "snapshot")

    # The chair (server one) moves to an item: the delegate (server two) sees it.
    await chair.send(json.dumps({"a": "item", "item": m.items[0].pk}))
    delta = await ws_until(delegate, lambda x: x["t"] == "delta" and x.get("item"))
    assert delta["item"]["id"] == m.items[0].pk
    # The delegate asks to speak: the chair sees the list.
    await delegate.send(json.dumps({"a": "floor"}))
    listed = await ws_until(chair, lambda x: x["t"] == "delta" and x.get("speakers"))
    assert [s["participant"] for s in listed["speakers"]] == [m.delegates[0].pk]
    # A vote: opened on one, cast on two, counted on one, closed on one, result on two.
    await chair.send(json.dumps({"a": "vote_open", "motion": motion.pk}))
    await ws_until(
        delegate, lambda x: x["t"] == "delta" and (x.get("motion") or {}).get("state") == "open"
    )
    await delegate.send(
        json.dumps(
            {
                "a": "vote",
                "motion": motion.pk,
                "option": "no",
                "vote_id": "6f1c7a8e-2d7b-4c55-9a51-0b5b8d2f3c11",
            }
        )
    )
    assert (await ws_until(delegate, lambda x: x["t"] == "ack"))["ok"]
    count = await ws_until(chair, lambda x: x["t"] == "count")
    assert count["cast"] == 1
    await chair.send(json.dumps({"a": "vote_close", "motion": motion.pk}))
    closed = await ws_until(
        delegate, lambda x: x["t"] == "delta" and (x.get("motion") or {}).get("state") == "closed"
    )
    assert closed["motion"]["result"]["counts"]["no"] == 1
    await chair.close()
    await delegate.close()


def test_it_carries_updates_between_two_server_processes(tmp_path):
    m = seed.meeting()
    motion = seed.yes_no(m.items[0])
    env = base_env(
        ROSTRA_DATA_DIR=str(tmp_path),
        DATABASE_URL=_database_url(),
        REDIS_URL=os.environ["REDIS_URL"],
        DB_POOL_MIN="0",
        DB_POOL_MAX="4",
    )
    with (
        serve(env, tmp_path / "one.log") as (one, _p1),
        serve(env, tmp_path / "two.log") as (two, _p2),
    ):
        asyncio.run(asyncio.wait_for(_scenario(one, two, m, motion), 60))

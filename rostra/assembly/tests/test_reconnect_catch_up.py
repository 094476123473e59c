"""A client that loses its connection reconnects and gets the room's state from the database."""

import pytest

from rostra.assembly import seed
from rostra.assembly.tests.helpers import connect, motion_in, receive_until, run

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_it_sends_the_state_on_connecting_and_catches_up_after_a_gap(meeting):
    delegate = meeting.delegates[0]
    motion = seed.yes_no(meeting.items[0])

    async def scenario():
        chair = await connect(meeting.chair)
        first = await receive_until(chair, lambda m: m["t"] == "snapshot")
        # The chair entering the running meeting opened it on its first item.
        assert first["me"]["chair"] and first["item"]["id"] == meeting.items[0].pk
        client = await connect(delegate)
        snapshot = await receive_until(client, lambda m: m["t"] == "snapshot")
        assert snapshot["me"]["can_vote"] and not snapshot["me"]["chair"]
        await client.disconnect()

        # While the delegate is away: the chair moves to an item and opens a vote.
        await chair.send_json_to({"a": "item", "item": meeting.items[1].pk})
        await receive_until(
            chair,
            lambda m: m["t"] == "delta" and (m.get("item") or {}).get("id") == meeting.items[1].pk,
        )
        await chair.send_json_to({"a": "vote_open", "motion": motion.pk})
        opened = await receive_until(chair, motion_in("open", motion.pk))
        assert opened["motion"]["state"] == "open"

        again = await connect(delegate)
        caught_up = await receive_until(again, lambda m: m["t"] == "snapshot")
        assert caught_up["v"] == opened["v"] > snapshot["v"]
        assert caught_up["item"]["id"] == meeting.items[1].pk
        assert caught_up["motion"]["id"] == motion.pk and caught_up["motion"]["state"] == "open"
        assert caught_up["me"]["voted"] == []

        # It votes, is acknowledged, and a later delta follows the snapshot's version.
        await again.send_json_to(
            {
                "a": "vote",
                "motion": motion.pk,
                "option": "yes",
                "vote_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12,
            }
        )
        ack = await receive_until(again, lambda m: m["t"] == "ack")
        assert ack["ok"] and ack["code"] == "ok"
        count = await receive_until(again, lambda m: m["t"] == "count")
        assert count["cast"] == 1
        await chair.send_json_to({"a": "vote_close", "motion": motion.pk})
        closed = await receive_until(again, motion_in("closed", motion.pk))
        assert closed["v"] == caught_up["v"] + 1
        assert closed["motion"]["result"]["counts"] == {"yes": 1, "no": 0, "abstain": 0}
        assert closed["motion"]["result"]["unanimous"] is True

        # A client that asks (after noticing a gap) gets a fresh snapshot.
        await again.send_json_to({"a": "sync"})
        fresh = await receive_until(again, lambda m: m["t"] == "snapshot")
        assert fresh["v"] == closed["v"] and fresh["motion"]["state"] == "closed"
        assert fresh["me"]["voted"] == [delegate.pk]
        for c in (chair, again):
            await c.disconnect()

    run(scenario)


def test_it_refuses_a_connection_without_a_participant(meeting):
    from rostra.asgi import application
    from rostra.assembly.tests.helpers import WebsocketCommunicator

    declined = meeting.delegates[2]
    declined.status = "declined"
    declined.save()

    async def scenario():
        for token in ("wrong", declined.token):
            client = WebsocketCommunicator(
                application,
                f"/ws/live/congress/?token={token}",
                headers=[(b"origin", b"http://testserver"), (b"host", b"testserver")],
            )
            connected, code = await client.connect(timeout=10)
            assert not connected and code == 4403
        # Nor from another site (Origin checked against ALLOWED_HOSTS).
        client = WebsocketCommunicator(
            application,
            f"/ws/live/congress/?token={meeting.delegates[0].token}",
            headers=[(b"origin", b"https://evil.example"), (b"host", b"testserver")],
        )
        connected, _code = await client.connect(timeout=10)
        assert not connected

    run(scenario)

"""Over the WebSocket: a delegate hands his vote to another, who casts it; a re-sent vote
(same id, as the page does after reconnecting) is acknowledged again and counted once."""

import uuid

import pytest

from rostra.assembly import seed
from rostra.assembly.models import NamedVote
from rostra.assembly.tests.helpers import connect, motion_in, receive_until, run

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_it_casts_a_proxy_vote_and_counts_a_retry_once(meeting):
    principal, holder = meeting.delegates[0], meeting.delegates[1]
    motion = seed.yes_no(meeting.items[0], allow_proxy=True)

    async def scenario():
        chair = await connect(meeting.chair)
        giver = await connect(principal)
        taker = await connect(holder)
        for c in (chair, giver, taker):
            await receive_until(c, lambda m: m["t"] == "snapshot")

        await giver.send_json_to({"a": "proxy_give", "holder": holder.pk})
        mine = await receive_until(giver, lambda m: m["t"] == "me")
        assert [p["id"] for p in mine["proxy_given"]] == [holder.pk]
        theirs = await receive_until(taker, lambda m: m["t"] == "me")
        assert [p["id"] for p in theirs["proxy_held"]] == [principal.pk]
        await giver.disconnect()  # the principal leaves; his vote stays with the holder

        await chair.send_json_to({"a": "vote_open", "motion": motion.pk})
        await receive_until(taker, motion_in("open", motion.pk))
        vote_id = str(uuid.uuid4())
        ballot = {"a": "vote", "motion": motion.pk, "option": "no", "vote_id": vote_id}
        await taker.send_json_to({**ballot, "for": principal.pk})
        ack = await receive_until(taker, lambda m: m["t"] == "ack")
        assert (ack["ok"], ack["code"], ack["for"]) == (True, "ok", principal.pk)
        await taker.send_json_to({**ballot, "for": principal.pk})  # a retry
        again = await receive_until(taker, lambda m: m["t"] == "ack")
        assert (again["ok"], again["code"]) == (True, "duplicate")
        await taker.send_json_to({**ballot, "vote_id": str(uuid.uuid4()), "option": "yes"})
        own = await receive_until(taker, lambda m: m["t"] == "ack")
        assert own["ok"]
        # A guest's vote is refused over the socket too.
        guest = await connect(meeting.guest)
        await receive_until(guest, lambda m: m["t"] == "snapshot")
        await guest.send_json_to({**ballot, "vote_id": str(uuid.uuid4())})
        refused = await receive_until(guest, lambda m: m["t"] == "ack")
        assert (refused["ok"], refused["code"]) == (False, "not_eligible")

        await chair.send_json_to({"a": "vote_close", "motion": motion.pk})
        closed = await receive_until(taker, motion_in("closed", motion.pk))
        assert closed["motion"]["result"]["counts"] == {"yes": 1, "no": 1, "abstain": 0}
        for c in (chair, taker, guest):
            await c.disconnect()

    run(scenario)
    votes = {v.voter_id: (v.cast_by_id, v.option) for v in NamedVote.objects.all()}
    assert votes == {principal.pk: (holder.pk, "no"), holder.pk: (holder.pk, "yes")}

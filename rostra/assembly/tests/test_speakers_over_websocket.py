"""Over the WebSocket: asking to speak, the chair giving the floor, everyone seeing the timer."""

import pytest

from rostra.assembly.tests.helpers import connect, receive_until, run

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_it_shows_the_list_and_the_speaker_to_everyone(meeting):
    a, b = meeting.delegates[0], meeting.delegates[1]

    async def scenario():
        chair, first, second, observer = [
            await connect(p) for p in (meeting.chair, a, b, meeting.observer)
        ]
        for c in (chair, first, second, observer):
            await receive_until(c, lambda m: m["t"] == "snapshot")
        await chair.send_json_to({"a": "item", "item": meeting.items[0].pk})
        await receive_until(observer, lambda m: m.get("item"))

        await first.send_json_to({"a": "floor"})
        await receive_until(observer, lambda m: len(m.get("speakers") or []) == 1)
        await second.send_json_to({"a": "floor", "point_of_order": True})
        listed = await receive_until(observer, lambda m: len(m.get("speakers") or []) == 2)
        assert [s["participant"] for s in listed["speakers"]] == [b.pk, a.pk]
        await observer.send_json_to({"a": "floor"})
        refused = await receive_until(observer, lambda m: m["t"] == "error")
        assert refused["code"] == "may_not_speak"
        await first.send_json_to({"a": "speaker_start"})  # not the chair
        assert (await receive_until(first, lambda m: m["t"] == "error"))["code"] == "not_chair"

        await chair.send_json_to({"a": "speaker_start"})
        speaking = await receive_until(observer, lambda m: m.get("speaking"))
        assert speaking["speaking"]["participant"] == b.pk
        assert speaking["speaking"]["limit"] == 120 and speaking["speaking"]["started"]
        await first.send_json_to({"a": "withdraw"})
        emptied = await receive_until(observer, lambda m: m.get("speakers") == [])
        assert emptied["speaking"]["participant"] == b.pk
        await chair.send_json_to({"a": "speaker_end"})
        await receive_until(observer, lambda m: "speaking" in m and m["speaking"] is None)
        for c in (chair, first, second, observer):
            await c.disconnect()

    run(scenario)

"""Every frame from a client is checked against the table of actions before it is read: a bad
frame gets an error answer, the connection stays, and presence stays right."""

import pytest

from rostra.assembly import frames, seed
from rostra.assembly.actions import do_open_vote
from rostra.assembly.models import NamedVote, Presence
from rostra.assembly.tests.helpers import connect, receive_until, run


@pytest.mark.parametrize(
    "text",
    [
        '{"a":"vote","motion":1e999}',
        '{"a":"vote","motion":1e999,"option":"yes","vote_id":"6f1c7a8e-2d7b-4c55-9a51-0b5b8d2f3c11"}',
        '{"a":"vote","motion":NaN,"option":"yes","vote_id":"6f1c7a8e-2d7b-4c55-9a51-0b5b8d2f3c11"}',
        '{"a":"vote","motion":true,"option":"yes","vote_id":"6f1c7a8e-2d7b-4c55-9a51-0b5b8d2f3c11"}',
        '{"a":"vote","motion":1,"option":"yes","vote_id":"not a uuid"}',
        '{"a":"vote_open","motion":-1}',
        '{"a":"vote_open","motion":99999999999999999999999}',
        '{"a":"screening","action":"seek","position":Infinity}',
        '{"a":"reorder","entries":[1,"2"]}',
        '{"a":"floor","point_of_order":"yes"}',
        '{"a":"floor","extra":1}',
        '{"a":"drop_tables"}',
        "[1,2,3]",
        "not json",
        "",
        "[" * 100000,
    ],
)
def test_it_refuses_a_frame_that_does_not_fit(text):
    with pytest.raises(frames.FrameError):
        frames.parse(text)


def test_it_reads_a_frame_that_fits():
    vote = frames.parse(
        '{"a":"vote","motion":7,"option":"yes",'
        '"vote_id":"6F1C7A8E-2D7B-4C55-9A51-0B5B8D2F3C11","for":null}'
    )
    assert vote == {
        "a": "vote",
        "ref": None,
        "motion": 7,
        "option": "yes",
        "ballot": None,
        "vote_id": "6f1c7a8e-2d7b-4c55-9a51-0b5b8d2f3c11",
        "for": None,
    }
    # A secret vote's ballot is an object (its inside is the ballot protocol's to check).
    secret = frames.parse(
        '{"a":"vote","motion":7,"ballot":{"cells":[]},'
        '"vote_id":"6F1C7A8E-2D7B-4C55-9A51-0B5B8D2F3C11"}'
    )
    assert secret["ballot"] == {"cells": []} and secret["option"] is None
    with pytest.raises(frames.FrameError):
        frames.parse(
            '{"a":"vote","motion":7,"ballot":"yes","vote_id":"6F1C7A8E-2D7B-4C55-9A51-0B5B8D2F3C11"}'
        )
    assert frames.parse('{"a":"screening","action":"seek","position":12.5}')["position"] == 12.5
    assert frames.parse('{"a":"floor"}') == {"a": "floor", "ref": None, "point_of_order": None}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_answers_a_bad_frame_with_an_error_and_keeps_the_connection(meeting):
    delegate = meeting.delegates[0]
    motion = seed.yes_no(meeting.items[0])
    do_open_vote(meeting.chair, motion)

    async def scenario():
        client = await connect(delegate)
        await receive_until(client, lambda m: m["t"] == "snapshot")
        for text in ('{"a":"vote","motion":1e999}', '{"a":"vote","motion":1e999,"option":"x"}'):
            await client.send_input({"type": "websocket.receive", "text": text})
            error = await receive_until(client, lambda m: m["t"] == "error")
            assert (error["code"], error["a"]) == ("bad_request", "vote")
        # Still connected and counted once: it can vote.
        await client.send_json_to(
            {
                "a": "vote",
                "motion": motion.pk,
                "option": "yes",
                "vote_id": "6f1c7a8e-2d7b-4c55-9a51-0b5b8d2f3c11",
            }
        )
        ack = await receive_until(client, lambda m: m["t"] == "ack")
        assert ack["ok"]
        # Its joining was written before its vote (one queue): counted once.
        assert Presence.objects.get(participant=delegate).connections == 1
        await client.disconnect()

    run(scenario)
    assert NamedVote.objects.filter(motion=motion, voter=delegate).count() == 1
    assert Presence.objects.get(participant=delegate).connections == 0

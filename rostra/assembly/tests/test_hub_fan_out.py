"""The hub hands one message to all its local clients: most sends finish at once, a client
that has to wait is finished in a task, and one that never gets through is given up."""

import asyncio

from asgiref.sync import async_to_sync

from rostra.assembly import live


class Client:
    def __init__(self, participant_id: int, gate: asyncio.Event | None = None):
        self.participant_id = participant_id
        self.gate = gate
        self.got: list[str] = []

    async def deliver(self, text: str, message: dict) -> None:
        if self.gate is not None:
            await self.gate.wait()  # like a connection that is not writable
        self.got.append(text)


def test_it_delivers_to_everyone_and_gives_up_on_a_client_that_never_reads(monkeypatch):
    monkeypatch.setattr(live, "DELIVERY_SECONDS", 0.3)

    async def scenario():
        hub = live.Hub()
        try:
            later, never = asyncio.Event(), asyncio.Event()
            quick = [Client(i) for i in range(100)]
            slow, stuck = Client(200, later), Client(300, never)
            hub.rooms[7] = {*quick, slow, stuck}
            asyncio.get_running_loop().call_later(0.05, later.set)
            await hub.fan_out({"event": 7, "t": "count", "motion": 1, "cast": 3})
            assert all(c.got == ['{"t":"count","motion":1,"cast":3}'] for c in quick)
            assert slow.got == ['{"t":"count","motion":1,"cast":3}']
            assert stuck.got == []  # given up after DELIVERY_SECONDS, the others not held up
            assert hub.fan_out_seconds < 1
        finally:
            hub.db.shutdown(wait=False)

    async_to_sync(scenario)()


def test_it_skips_a_count_another_worker_has_just_sent(monkeypatch):
    """With several workers, each writes votes of the same motion; without this, everyone
    would get one count per worker per interval (10 instead of 5 at 5,000 delegates)."""
    monkeypatch.setattr(live, "_count", lambda motion_id: 42)

    async def scenario():
        hub = live.Hub()
        sent: list[dict] = []

        async def publish(event_id: int, message: dict) -> None:
            sent.append(message)

        hub.publish = publish
        hub.run_db = lambda fn, *args: asyncio.sleep(0, fn(*args))
        try:
            hub.count_every = 1.0
            # Another worker's count of motion 1 has just arrived (through the channel layer).
            hub.rooms[7] = {Client(1)}
            await hub.fan_out({"event": 7, "t": "count", "motion": 1, "cast": 40})
            hub.dirty_motions = {1: 7, 2: 7}
            await hub._tick()
            assert sent == [{"t": "count", "motion": 2, "cast": 42}]
            assert hub.dirty_motions == {1: 7}  # ours goes next time, unless another comes
            hub.counts_seen[1] -= 1.0  # an interval later, nothing new from the others
            await hub._tick()
            assert sent[-1] == {"t": "count", "motion": 1, "cast": 42}
            assert hub.dirty_motions == {}
        finally:
            hub.db.shutdown(wait=False)

    async_to_sync(scenario)()

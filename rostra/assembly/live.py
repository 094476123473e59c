"""One hub per worker process (per event loop): fan-out, the vote writer, the count ticker.

Fan-out: a process subscribes once to each room's channel-layer group with a channel of its
own, and hands every message to its local consumers itself, serialized once. A change thus
costs one channel-layer message per process (with Redis: one per worker), not one per client.

Writer: votes and presence changes go through one queue per process. A single task takes
whatever has arrived while the previous transaction ran (plus a couple of milliseconds) and
writes it in one transaction on its own thread (group commit); each vote is acknowledged only
after that commit, so a worker killed afterwards loses no acknowledged vote.

Verifier (ballots, #14): a secret ballot is acknowledged once stored (after the cheap
checks); its proofs are checked afterwards in a pool of processes (one per CPU, at a lower
priority than the event loop), and the verdicts are written back. Only verified ballots
enter the tally, which waits for the last verdict (docs/voting.md, "Checking ballots").

Ticker: every ASSEMBLY_COUNT_INTERVAL_MS the hub sends the growing count of votes cast (and
the presence counts) for the rooms it wrote to, instead of a message per vote to everyone.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import logging
import multiprocessing
import os
import time
import uuid
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Coroutine
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import close_old_connections, connections, transaction

from rostra.assembly import actions, state
from rostra.assembly.actions import ballots
from rostra.events.models import Motion
from rostra.events.voting import checker, protocol

log = logging.getLogger(__name__)
T = TypeVar("T")

BATCH_MAX = 500
GATHER_SECONDS = 0.002
PRESENCE_SECONDS = 2.0  # for rooms of more than PRESENCE_CROWD connections in this process
PRESENCE_CROWD = 200
# In a room of thousands, every count to everyone costs a send per client and per process that
# sends it: while a crowd arrives the counts go out every (people in the room / 500) seconds,
# at most every PRESENCE_MAX_SECONDS; a count that lags a few seconds in a room of 5,000 is
# worth the joins it does not slow down.
PRESENCE_PER_SECOND = 500
PRESENCE_MAX_SECONDS = 10.0
# Group memberships expire (a day by default) and Redis may be restarted: renew them.
RESUBSCRIBE_SECONDS = 60
DELIVERY_SECONDS = 10
SHUTDOWN_SECONDS = 10
COUNT_FAN_OUT_SHARE = 3
COUNT_MAX_SECONDS = 1.0
COUNT_SKIP_SHARE = 0.8


class Client(Protocol):
    participant_id: int

    async def deliver(self, text: str, message: dict[str, Any]) -> None: ...


def dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False)


def _apply_ops(ops: list[tuple[Any, ...]], worker_id: uuid.UUID | None = None) -> list[Any]:
    """Presence changes (held by this worker) and votes of one batch, in one transaction."""
    presence: Counter[int] = Counter()
    votes: list[actions.VoteRequest] = []
    for op in ops:
        if op[0] == "presence":
            presence[op[1]] += op[2]
        else:
            votes.append(op[1])
    close_old_connections()
    # ballots (#14): only a secret ballot's cheap checks come before its ack; its proofs are
    # checked by the verifier after the commit.
    checked = actions.check_secret(votes, proofs=False)
    with transaction.atomic():
        if presence:
            actions.apply_presence(dict(presence), worker_id)
        outcomes = iter(actions.cast_votes(votes, checked, proofs_checked=False))
    return [None if op[0] == "presence" else next(outcomes) for op in ops]


class Hub:
    def __init__(self) -> None:
        self.layer = get_channel_layer()
        self.rooms: dict[int, set[Client]] = defaultdict(set)
        self.versions: dict[int, int] = {}
        self.channel: str | None = None
        self.subscribed: dict[int, float] = {}
        self.queue: asyncio.Queue[tuple[tuple[Any, ...], asyncio.Future[Any]]] = asyncio.Queue()
        self.tasks: list[asyncio.Task[Any]] = []
        self.dirty_motions: dict[int, int] = {}  # motion id -> event id
        self.dirty_presence: set[int] = set()
        # When a count of each motion last arrived from any worker (ours included), and how
        # often this ticker sends: with several workers, each writes votes and would send its
        # own count to everyone; a worker skips a count another one has just sent.
        self.counts_seen: dict[int, float] = {}
        self.count_every = 0.0
        self.presence_sent = 0.0
        self.room_size = 0  # people in the largest room, as last counted
        self.fan_out_seconds = 0.0  # how long the last fan-out took
        self.snapshots: dict[int, tuple[int, float, dict[str, Any]]] = {}
        self.snapshot_loading: dict[int, asyncio.Future[Any]] = {}
        self.slugs: dict[str, int] = {}
        # One thread for all writes: it keeps its database connection, and writes never
        # contend with each other inside the process.
        self.db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assembly-writer")
        self.started = False
        self.closing = False
        self.worker_id: uuid.UUID | None = None  # this process as a RoomWorker (actions.presence)
        self.worker_lock = asyncio.Lock()
        # ballots (#14): vote ids of stored secret ballots whose proofs are not yet checked
        self.to_verify: list[str] = []
        self.verifying: set[str] = set()
        self.verify_wake = asyncio.Event()
        self.swept = 0.0

    # --- lifecycle ---

    def _start(self) -> None:
        if self.started:
            return
        self.started = True
        loop = asyncio.get_running_loop()
        self.tasks.append(loop.create_task(self._writer()))
        self.tasks.append(loop.create_task(self._ticker()))
        self.tasks.append(loop.create_task(self._heartbeat()))
        self.tasks.append(loop.create_task(self._verifier()))

    async def shutdown(self) -> None:
        """Stop the hub's tasks and its writer thread, each within SHUTDOWN_SECONDS: a task that
        swallows its cancellation (a channel layer's receive can) must not hold the end up."""
        self.closing = True
        loop = asyncio.get_running_loop()
        for task in self.tasks:
            task.cancel()
        if self.tasks:
            _done, pending = await asyncio.wait(self.tasks, timeout=SHUTDOWN_SECONDS)
            if pending:
                log.warning("assembly hub: %d task(s) did not stop", len(pending))
        if self.worker_id is not None:
            # A clean stop leaves no presence behind (a killed process is reaped by the next).
            try:
                await asyncio.wait_for(
                    self.run_db(actions.do_retire_workers, [self.worker_id]), SHUTDOWN_SECONDS
                )
            except Exception:
                log.exception("assembly hub: could not retire this worker")
        try:
            closing = loop.run_in_executor(self.db, connections.close_all)
            await asyncio.wait_for(closing, timeout=SHUTDOWN_SECONDS)
        except TimeoutError:
            log.warning("assembly hub: the writer thread did not close its connection")
        self.db.shutdown(wait=False)
        _hubs.pop(loop, None)

    # --- this worker ---

    async def ensure_worker(self) -> None:
        """Register this process before its first connection counts, and reap the workers
        that died before it (a restart after kill -9 finds their presence still written)."""
        if self.worker_id is not None:
            return
        async with self.worker_lock:
            if self.worker_id is None:
                reaped = await self.run_db(_register_and_reap, None)
                self.worker_id, touched = reaped
                self._presence_changed(touched)

    def _presence_changed(self, events: set[int]) -> None:
        if events:
            self.dirty_presence |= events
            for event_id in events:
                self.snapshots.pop(event_id, None)

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(settings.ASSEMBLY_HEARTBEAT_SECONDS)
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("assembly heartbeat")

    async def beat(self) -> None:
        """One heartbeat: say this worker lives, drop the dead ones. A worker that was taken
        for dead (its loop stalled longer than the stale time) registers again with the
        connections it holds."""
        if self.worker_id is None:
            return
        alive = await self.run_db(actions.do_heartbeat, self.worker_id)
        if not alive:
            held: Counter[int] = Counter()
            for clients in self.rooms.values():
                for client in clients:
                    held[client.participant_id] += 1
            self.worker_id, touched = await self.run_db(_register_and_reap, dict(held))
            self._presence_changed(touched)
            return
        touched = await self.run_db(
            actions.reap_workers, settings.ASSEMBLY_STALE_SECONDS, self.worker_id
        )
        self._presence_changed(touched)

    # --- rooms ---

    async def join(self, client: Client, event_id: int) -> None:
        self._start()
        self.rooms[event_id].add(client)
        await self._subscribe(event_id)

    def leave(self, client: Client, event_id: int) -> None:
        self.rooms[event_id].discard(client)

    async def _subscribe(self, event_id: int) -> None:
        if self.layer is None or event_id in self.subscribed:
            return
        self.subscribed[event_id] = time.monotonic()
        try:
            if self.channel is None:
                self.channel = await self.layer.new_channel("assembly.hub.")
                self.tasks.append(asyncio.get_running_loop().create_task(self._receive()))
            await self.layer.group_add(actions.group_name(event_id), self.channel)
        except Exception:
            del self.subscribed[event_id]  # the next connection tries again
            raise

    async def _receive(self) -> None:
        while not self.closing:
            try:
                message = await self.layer.receive(self.channel)
            except asyncio.CancelledError:
                raise
            except Exception:  # a lost Redis connection: wait, then listen again
                log.exception("assembly hub: receiving failed")
                await asyncio.sleep(1)
                continue
            message.pop("type", None)
            try:
                await self.fan_out(message)
            except Exception:
                log.exception("assembly hub: fan-out failed")

    async def fan_out(self, message: dict[str, Any]) -> None:
        event_id = message.pop("event", None)
        if event_id is None:
            return
        if message.get("t") == "delta":
            self.versions[event_id] = max(self.versions.get(event_id, 0), message["v"])
            self.snapshots.pop(event_id, None)
            motion = message.get("motion")
            box = motion.get("box") if isinstance(motion, dict) else None
            if isinstance(box, dict) and box.get("phase") in ("keys", "voting"):
                _warm_pool()  # ballots (#14): the checkers are up before the first ballot
        elif message.get("t") == "count":
            self.counts_seen[message["motion"]] = time.monotonic()
        clients = list(self.rooms.get(event_id, ()))
        if message.get("t") == "personal":
            targets = set(message.get("to", ()))
            clients = [c for c in clients if c.participant_id in targets]
        if not clients:
            return
        text = dumps(message)
        # A client that does not read (its buffers full) must not hold the others up: after
        # DELIVERY_SECONDS its delivery is dropped (it sees the gap in versions and resyncs).
        started = time.monotonic()
        waiting = []
        personal = message.get("t") == "personal"  # a few clients, each reads the database
        for client in clients:
            if personal:
                waiting.append(asyncio.ensure_future(client.deliver(text, message)))
                continue
            try:
                task = _run_until_it_waits(client.deliver(text, message))
            except Exception as error:  # a closed connection
                log.debug("assembly hub: delivery failed: %r", error)
                continue
            if task is not None:
                waiting.append(task)
        if waiting:
            _done, late = await asyncio.wait(waiting, timeout=DELIVERY_SECONDS)
            for task in late:
                task.cancel()
            if late:
                log.warning("assembly hub: %d slow clients skipped", len(late))
        self.fan_out_seconds = time.monotonic() - started

    async def publish(self, event_id: int, message: dict[str, Any]) -> None:
        if self.layer is not None:
            await self.layer.group_send(
                actions.group_name(event_id), {"type": "room.message", "event": event_id, **message}
            )

    # --- snapshots ---

    async def snapshot(self, event_id: int) -> dict[str, Any]:
        """The room's public state; shared by the clients of this process while no delta
        has arrived since it was read (and for at most two seconds, for the counts)."""
        cached = self.snapshots.get(event_id)
        if (
            cached
            and cached[0] >= self.versions.get(event_id, 0)
            and time.monotonic() - cached[1] < 2
        ):
            return cached[2]
        # One read for everyone who asks meanwhile: when the cached one expires with hundreds
        # of connections arriving, each of them reading it again was most of their cost.
        loading = self.snapshot_loading.get(event_id)
        if loading is not None:
            return await asyncio.shield(loading)
        loading = asyncio.get_running_loop().create_future()
        self.snapshot_loading[event_id] = loading
        try:
            data = await self.run_db(state.public_snapshot, event_id)
        except BaseException as error:
            if isinstance(error, Exception):
                loading.set_exception(error)
                loading.exception()  # retrieved: nobody else may be waiting
            else:
                loading.cancel()
            raise
        finally:
            self.snapshot_loading.pop(event_id, None)
        self.slugs[data["event"]["slug"]] = event_id
        self.snapshots[event_id] = (data["v"], time.monotonic(), data)
        loading.set_result(data)
        return data

    async def snapshot_for(self, slug: str) -> dict[str, Any] | None:
        """The cached snapshot of a room by its event's slug, if this process has one."""
        event_id = self.slugs.get(slug)
        return None if event_id is None else await self.snapshot(event_id)

    async def run_db(self, fn: Callable[..., T], *args: Any) -> T:
        """Run on the writer's thread (reads that must see the latest writes use it too)."""

        def call() -> T:
            close_old_connections()
            return fn(*args)

        # sync_to_async (not run_in_executor), so that `publish` after commit finds this loop.
        return await sync_to_async(call, thread_sensitive=False, executor=self.db)()

    # --- the writer ---

    async def submit(self, op: tuple[Any, ...]) -> Any:
        self._start()
        future = asyncio.get_running_loop().create_future()
        self.queue.put_nowait((op, future))
        return await future

    def submit_nowait(self, op: tuple[Any, ...]) -> None:
        self._start()
        self.queue.put_nowait((op, asyncio.get_running_loop().create_future()))

    async def _writer(self) -> None:
        while True:
            batch = [await self.queue.get()]
            if self.queue.empty():
                await asyncio.sleep(GATHER_SECONDS)
            while not self.queue.empty() and len(batch) < BATCH_MAX:
                batch.append(self.queue.get_nowait())
            ops = [op for op, _future in batch]
            try:
                results = await self.run_db(_apply_ops, ops, self.worker_id)
            except Exception:
                # A conflict with another process (or a bad op): one transaction each.
                log.warning("assembly writer: batch of %d failed, one by one", len(ops))
                results = []
                for op in ops:
                    try:
                        results.append((await self.run_db(_apply_ops, [op], self.worker_id))[0])
                    except Exception as error:  # each op gets its own answer
                        log.exception("assembly writer: op failed")
                        results.append(error)
            for (op, future), result in zip(batch, results, strict=True):
                if op[0] == "vote" and result in actions.COUNTED:
                    self.dirty_motions[op[1].motion_id] = op[2]
                    if op[1].ballot is not None:
                        self.to_verify.append(str(op[1].vote_id))
                        self.verify_wake.set()
                elif op[0] == "presence":
                    self.dirty_presence.add(op[3])
                if future.done() or (op[0] == "presence" and isinstance(result, Exception)):
                    continue  # nobody awaits a presence change; it was logged above
                if isinstance(result, Exception):
                    future.set_exception(result)
                else:
                    future.set_result(result)

    # --- the verifier (ballots, #14) ---

    async def _verifier(self) -> None:
        """Take the ballots stored since the last round (and, now and then, those another
        process left unchecked), check their proofs in the process pool, write the verdicts."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.verify_wake.wait(), VERIFY_SWEEP_SECONDS)
            self.verify_wake.clear()
            ids, self.to_verify = self.to_verify, []
            sweep = time.monotonic() - self.swept > VERIFY_SWEEP_SECONDS
            if not ids and not sweep:
                continue
            if sweep:
                self.swept = time.monotonic()
            try:
                jobs = await self.run_db(ballots.verify_jobs, ids, sweep)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("assembly verifier: reading ballots failed")
                self.to_verify.extend(ids)  # try again at the next round
                await asyncio.sleep(1)
                continue
            jobs = [job for job in jobs if job[0] not in self.verifying]
            if jobs:
                self.verifying.update(job[0] for job in jobs)
                task = asyncio.get_running_loop().create_task(self._verify(jobs))
                self.tasks.append(task)
                task.add_done_callback(self._forget_task)

    def _forget_task(self, task: asyncio.Task[Any]) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    async def _verify(self, jobs: list[tuple[Any, ...]]) -> None:
        loop = asyncio.get_running_loop()
        workers = _pool_size()
        size = max(VERIFY_CHUNK_MIN, min(VERIFY_CHUNK_MAX, -(-len(jobs) // workers)))
        chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        futures = [loop.run_in_executor(_verify_pool(), protocol.verify_many, c) for c in chunks]
        try:
            for done in asyncio.as_completed(futures):
                try:
                    verdicts = await done
                except asyncio.CancelledError:
                    raise
                except Exception:  # a broken pool: a new one, and the sweep tries again
                    log.exception("assembly verifier: checking proofs failed")
                    _reset_pool()
                    continue
                try:
                    await self.run_db(ballots.record_verdicts, verdicts)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("assembly verifier: writing verdicts failed")
        finally:
            self.verifying.difference_update(job[0] for job in jobs)

    async def _ticker(self) -> None:
        interval = settings.ASSEMBLY_COUNT_INTERVAL_MS / 1000
        while True:
            # Every interval, but in a crowd no more often than keeps fan-outs of counts under
            # a third of the loop's time, and at least once a second (5,000 clients: about once
            # a second), so that votes and acknowledgements do not queue behind progress.
            crowded = min(COUNT_MAX_SECONDS, COUNT_FAN_OUT_SHARE * self.fan_out_seconds)
            self.count_every = max(interval, crowded)
            await asyncio.sleep(self.count_every)
            try:
                await self._tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("assembly ticker")

    async def _tick(self) -> None:
        motions, self.dirty_motions = self.dirty_motions, {}
        now = time.monotonic()
        for motion_id, event_id in motions.items():
            if now - self.counts_seen.get(motion_id, -1e9) < COUNT_SKIP_SHARE * self.count_every:
                # Another worker has just sent this motion's count (read from the database,
                # so it may miss our latest votes): ours goes at the next tick unless another
                # comes first. Everyone gets about one count per interval, whatever the
                # number of workers.
                self.dirty_motions.setdefault(motion_id, event_id)
                continue
            cast = await self.run_db(_count, motion_id)
            if cast is not None:
                await self.publish(event_id, {"t": "count", "motion": motion_id, "cast": cast})
        # In a crowd, presence counts go out less often: while thousands arrive, a count per
        # quarter second to everyone would cost more than the arrivals themselves.
        now = time.monotonic()
        crowd = sum(len(clients) for clients in self.rooms.values())
        every = min(
            PRESENCE_MAX_SECONDS, max(PRESENCE_SECONDS, self.room_size / PRESENCE_PER_SECOND)
        )
        if crowd > PRESENCE_CROWD and now - self.presence_sent < every:
            return
        self.presence_sent = now
        events, self.dirty_presence = self.dirty_presence, set()
        for event_id in events:
            counts = await self.run_db(state.presence_counts, event_id)
            self.room_size = max(counts.get("total", 0), crowd)
            await self.publish(event_id, {"t": "presence", "presence": counts})
        for event_id, since in list(self.subscribed.items()):
            if now - since > RESUBSCRIBE_SECONDS and self.layer is not None:
                self.subscribed[event_id] = now
                await self.layer.group_add(actions.group_name(event_id), self.channel)


def _run_until_it_waits(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None] | None:
    """Run a coroutine at once, in the caller's task, up to its first real wait.

    A send to a client whose connection is writable never waits, so most deliveries end here
    without a task of their own (thousands of tasks per fan-out cost more than the sends). If
    it does wait (a client not reading), a task finishes it; returns that task, or None.
    """
    try:
        awaited = coro.send(None)
    except StopIteration:
        return None
    return asyncio.ensure_future(_finish(coro, awaited))


async def _finish(coro: Coroutine[Any, Any, None], awaited: Any) -> None:
    """Go on with a started coroutine as a task would: wait for what it waits for, resume it."""
    while True:
        try:
            if awaited is None:  # a bare yield (asyncio.sleep(0))
                await asyncio.sleep(0)
            else:
                # The future was yielded to us marked "blocking"; take it over as a task
                # does (clear the mark), then wait for it ourselves.
                awaited._asyncio_future_blocking = False
                await awaited
        except BaseException as error:  # cancelled, or what it awaited failed
            try:
                awaited = coro.throw(error)
            except StopIteration:
                return
            continue
        try:
            awaited = coro.send(None)
        except StopIteration:
            return


def _register_and_reap(held: dict[int, int] | None) -> tuple[uuid.UUID, set[int]]:
    """(new worker id, event ids whose presence changed): dead workers reaped, this one
    registered, and the connections it holds (after it was taken for dead) written again."""
    touched = actions.reap_workers(settings.ASSEMBLY_STALE_SECONDS)
    worker = actions.do_register_worker()
    if held:
        touched |= actions.apply_presence(held, worker.pk)
    return worker.pk, touched


VERIFY_SWEEP_SECONDS = 5.0
VERIFY_CHUNK_MIN = 4
VERIFY_CHUNK_MAX = 50
_pool: ProcessPoolExecutor | None = None


def _pool_size() -> int:
    return max(1, os.cpu_count() or 1)


def _verify_pool() -> ProcessPoolExecutor:
    """The process's pool for checking proofs: one process per CPU, started by spawn (never
    fork a process with threads and an event loop), each at a lower priority (nice), so that
    taking and acknowledging ballots comes first; each leaves when this process is gone."""
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(
            max_workers=_pool_size(),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=checker.start,
            initargs=(VERIFY_NICE,),
        )
        atexit.register(_stop_pool, _pool)
    return _pool


def stop_checkers() -> None:
    """Tell the checkers to stop (the lifespan shutdown calls it). A worker process that ends
    with its pool still running hung at its exit until killed: the checkers wait for work
    and the process waits for them (seen with granian's workers)."""
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    pool.shutdown(wait=False, cancel_futures=True)


def _warm_pool() -> None:
    """Start the checkers when a secret vote opens (every process sees its delta), not at its
    first ballot: spawning them and importing libsodium takes about a second, which would
    otherwise fall on the first ballots' checks."""
    global _warmed
    pool = _verify_pool()
    if _warmed is pool:
        return
    _warmed = pool
    for _n in range(_pool_size()):
        pool.submit(checker.ready)


_warmed: ProcessPoolExecutor | None = None


def _reset_pool() -> None:
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


VERIFY_NICE = 5


def _count(motion_id: int) -> int | None:
    motion = Motion.objects.filter(pk=motion_id, state="open").first()
    return None if motion is None else state.votes_cast(motion)


_hubs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Hub] = weakref.WeakKeyDictionary()


def hub() -> Hub:
    """The hub of the running event loop (one per worker process; one per test scenario)."""
    loop = asyncio.get_running_loop()
    if loop not in _hubs:
        _hubs[loop] = Hub()
    return _hubs[loop]

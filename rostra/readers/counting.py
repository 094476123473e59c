"""Counting article views without slowing the read path and without losing any.

A view is recorded in memory (a dict and a lock: nothing else on the request's path) and
written to the database in batches:

- Without Redis, each process keeps its own counts and writes them every
  ROSTRA_VIEWS_FLUSH_INTERVAL seconds (and when it stops). A failed write puts the counts back.
  The once-per-window rule then holds per process (the embedded default runs one).
- With Redis, each process forwards its new views to Redis every second: one script call marks
  each (article, visitor) seen for the window (SET NX EX) and adds the new ones to a pending
  hash (HINCRBY). "Acknowledged" means: in that hash. Any process then writes Redis to the
  database: the pending hash is renamed to a processing key named by a fresh flush id (atomic),
  applied in one transaction that also records the flush id, then deleted. A flush interrupted
  anywhere is finished by the next one; one whose transaction committed is recognised by its
  flush id and not applied twice.

The total shown is the database total plus what is still buffered, so it is never lower than
what was flushed.
"""

from __future__ import annotations

import atexit
import datetime
import logging
import threading
import time
import uuid
from collections import Counter, OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import IntegrityError, close_old_connections, transaction
from django.db.models import F
from django.utils import timezone

from rostra.readers import signals, visitors

if TYPE_CHECKING:
    from redis import Redis

    from rostra.news.models import ArticleStats
    from rostra.readers.models import DailyViews

log = logging.getLogger("rostra.readers")

Key = tuple[int, str]  # (page id, ISO date)

# One argument holds the whole batch ("page:visitor:day" lines): packing two arguments per view
# in redis-py costs more than the rest of forwarding. (The "seen" keys are made in the script,
# so this assumes one Redis, not a cluster.)
_FORWARD = """
local n = 0
for page, visitor, day in string.gmatch(ARGV[2], "(%d+):([^:\\n]+):([^\\n]+)\\n") do
  if redis.call('SET', KEYS[2] .. page .. ':' .. visitor, '1', 'NX', 'EX', ARGV[1]) then
    redis.call('HINCRBY', KEYS[1], page .. ':' .. day, 1)
    n = n + 1
  end
end
return n
"""
_BEGIN_FLUSH = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
"""


def apply_counts(counts: dict[Key, int], flush_id: str | None = None) -> int:
    """Add `counts` to the totals (news.ArticleStats) and the daily figures in one transaction.
    With a flush id already applied, does nothing. Returns the number of views written."""
    from rostra.news.models import ArticlePage, ArticleStats
    from rostra.readers.models import DailyViews, ViewFlush

    counts = {key: n for key, n in counts.items() if n > 0}
    if not counts:
        return 0
    with transaction.atomic():
        if flush_id is not None:
            try:
                with transaction.atomic():
                    ViewFlush.objects.create(flush_id=flush_id, views=sum(counts.values()))
            except IntegrityError:
                return 0  # applied before: its commit made it, the clean-up did not
        live = set(
            ArticlePage.objects.filter(pk__in={page for page, _day in counts}).values_list(
                "pk", flat=True
            )
        )
        totals: Counter[int] = Counter()
        for (page_id, day), n in counts.items():
            if page_id not in live:
                continue  # deleted meanwhile
            totals[page_id] += n
            _add(DailyViews, {"page_id": page_id, "date": datetime.date.fromisoformat(day)}, n)
        for page_id, n in totals.items():
            _add(ArticleStats, {"page_id": page_id}, n)
        changed = sorted(totals)
        transaction.on_commit(lambda: signals.views_written.send(sender=None, page_ids=changed))
    return sum(totals.values())


def _add(model: type[DailyViews] | type[ArticleStats], lookup: dict[str, object], n: int) -> None:
    if model.objects.filter(**lookup).update(views=F("views") + n):
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, views=n)
    except IntegrityError:  # another flusher created it just now
        model.objects.filter(**lookup).update(views=F("views") + n)


class ViewCounter:
    """The in-memory front of the counter; forwards to Redis when given a Redis client."""

    def __init__(
        self,
        redis: Redis | None = None,
        prefix: str = "readers:views:",
        window: int | None = None,
        max_seen: int | None = None,
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self.window = window or settings.ROSTRA_VIEWS_WINDOW
        self._lock = threading.Lock()
        # Who was counted lately, oldest first. Bounded: past `max_seen` visitors the oldest
        # is forgotten (and would count again within its window): memory stays ~200 bytes a
        # visitor times the cap, whatever a crowd of new user agents sends.
        self.max_seen = max_seen or settings.ROSTRA_VIEWS_SEEN_MAX
        self._seen: OrderedDict[tuple[int, str], float] = OrderedDict()
        self._counts: Counter[Key] = Counter()  # without Redis: not yet in the database
        self._queue: list[tuple[int, str, str]] = []  # with Redis: not yet forwarded
        self._flush_lock = threading.Lock()
        self._stop: threading.Event | None = None

    # --- the read path ------------------------------------------------------------------------

    def record(self, page_id: int, visitor: str) -> bool:
        """Count one view unless this visitor was counted for this page within the window."""
        now = time.monotonic()
        day = visitors.today()
        key = (page_id, visitor)
        with self._lock:
            if self._seen.get(key, 0.0) > now:
                return False
            self._seen[key] = now + self.window
            self._seen.move_to_end(key)
            if len(self._seen) > self.max_seen:
                self._seen.popitem(last=False)
            if self.redis is None:
                self._counts[(page_id, day)] += 1
            else:
                self._queue.append((page_id, visitor, day))
        return True

    def pending(self, page_id: int) -> int:
        """Views of the page counted but not yet in the database."""
        with self._lock:
            local = sum(n for (page, _day), n in self._counts.items() if page == page_id)
            local += sum(1 for page, _v, _d in self._queue if page == page_id)
        if self.redis is None:
            return local
        today = timezone.localdate()
        fields = [f"{page_id}:{today - datetime.timedelta(days=d)}" for d in (0, 1)]
        values = self.redis.hmget(self.prefix + "pending", fields)
        return local + sum(int(v) for v in values if v)

    # --- towards the database -----------------------------------------------------------------

    def forward(self) -> int:
        """With Redis: send the queued views (deduplicated across processes). Returns how many
        were new. On a Redis error the queue is kept for the next try."""
        if self.redis is None:
            return 0
        with self._lock:
            queue, self._queue = self._queue, []
        if not queue:
            return 0
        batch = "".join([f"{page_id}:{visitor}:{day}\n" for page_id, visitor, day in queue])
        keys = (self.prefix + "pending", self.prefix + "seen:")
        try:
            return int(self.redis.eval(_FORWARD, 2, *keys, self.window, batch))
        except Exception:
            with self._lock:
                self._queue[:0] = queue
            raise

    def flush(self) -> int:
        """Write everything buffered to the database; returns the number of views written."""
        with self._flush_lock:
            if self.redis is None:
                return self._flush_local()
            self.forward()
            return self._flush_redis(self.redis)

    def _flush_local(self) -> int:
        with self._lock:
            counts, self._counts = self._counts, Counter()
        try:
            return apply_counts(dict(counts))
        except Exception:
            with self._lock:
                self._counts.update(counts)  # nothing lost: next time
            raise

    def _flush_redis(self, redis: Redis) -> int:
        processing = self.prefix + "processing"
        flush_id = uuid.uuid4().hex
        redis.eval(
            _BEGIN_FLUSH,
            3,
            self.prefix + "pending",
            f"{processing}:{flush_id}",
            processing,
            flush_id,
        )
        written = 0
        # This flush's batch, and any left behind by a flusher that stopped half-way.
        for member in sorted(redis.smembers(processing)):
            batch_id = member.decode() if isinstance(member, bytes) else member
            key = f"{processing}:{batch_id}"
            raw = redis.hgetall(key)
            counts: dict[Key, int] = {}
            for field, value in raw.items():
                field = field.decode() if isinstance(field, bytes) else field
                page, day = field.split(":", 1)
                counts[(int(page), day)] = int(value)
            written += apply_counts(counts, flush_id=batch_id)
            redis.delete(key)
            redis.srem(processing, batch_id)
        return written

    def prune(self) -> None:
        now = time.monotonic()
        with self._lock:
            self._seen = OrderedDict(
                (key, until) for key, until in self._seen.items() if until > now
            )

    def remembered(self) -> int:
        """How many (article, visitor) pairs the de-duplication keeps in memory."""
        return len(self._seen)

    # --- the background flusher ---------------------------------------------------------------

    def start(self, interval: float | None = None) -> threading.Event:
        """A daemon thread that forwards every second and flushes every `interval` seconds."""
        if self._stop is not None:
            return self._stop
        self._stop = stop = threading.Event()
        interval = interval or settings.ROSTRA_VIEWS_FLUSH_INTERVAL
        threading.Thread(
            target=self._run, args=(stop, interval), name="rostra-view-flusher", daemon=True
        ).start()
        atexit.register(self.stop)
        return stop

    def stop(self) -> None:
        """Stop the thread and write what is buffered (a restart then loses nothing)."""
        if self._stop is not None:
            self._stop.set()
            self._stop = None
            atexit.unregister(self.stop)
        try:
            # First into Redis (acknowledged: any later flusher writes it), then the database.
            self.forward()
            self.flush()
        except Exception:
            log.exception("views: the final flush failed")

    def _run(self, stop: threading.Event, interval: float) -> None:
        from rostra.readers import flushctl

        # Without Redis, `rostra flush_views` reaches this process's buffer through a request
        # file (flushctl); with Redis the command flushes Redis itself.
        poller = flushctl.Poller() if self.redis is None else None
        last_flush = time.monotonic()
        while not stop.wait(1.0 if self.redis is not None else min(interval, 1.0)):
            try:
                token = poller.new_request() if poller is not None else None
                if token or time.monotonic() - last_flush >= interval:
                    last_flush = time.monotonic()
                    close_old_connections()
                    written = self.flush()
                    self.prune()
                    close_old_connections()
                    if token and poller is not None:
                        poller.answer(token, written)
                elif self.redis is not None:
                    self.forward()
            except Exception:  # a failed round must not end the thread: next round retries
                log.exception("views: flushing failed")
        from django.db import connection

        connection.close()  # this thread's own connection


_counter: ViewCounter | None = None
_counter_lock = threading.Lock()


def get_counter() -> ViewCounter:
    global _counter
    if _counter is None:
        with _counter_lock:
            if _counter is None:
                _counter = ViewCounter(
                    redis=_redis_client(), prefix=settings.ROSTRA_VIEWS_KEY_PREFIX
                )
    return _counter


def set_counter(counter: ViewCounter | None) -> ViewCounter | None:
    """Swap the process's counter (tests); returns the previous one."""
    global _counter
    previous, _counter = _counter, counter
    return previous


def _redis_client() -> Redis | None:
    if not settings.REDIS_URL:
        return None
    import redis

    return redis.Redis.from_url(settings.REDIS_URL)


def flush_all() -> int:
    """The scheduler's job: write the buffered views of this process (and, with Redis, of
    every process) to the database."""
    return get_counter().flush()


def pending_for(page_ids: Iterable[int]) -> dict[int, int]:
    counter = get_counter()
    return {page_id: counter.pending(page_id) for page_id in page_ids}

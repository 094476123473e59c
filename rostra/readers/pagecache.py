"""The full-page cache for anonymous readers: a thin ASGI layer in front of Django.

Django's own per-site cache still runs the whole middleware stack on a hit; this layer answers
a hit before Django is involved, which is what makes a shared article cheap to serve:

- Only GET/HEAD without a session or CSRF cookie and without Authorization reach the cache.
  Django decides what may be stored (middleware.PageCacheMarkMiddleware marks anonymous 200
  responses of Wagtail pages that set no cookie and used no CSRF token); the layer strips the
  private marking headers before anything leaves the process.
- Entries live in an in-process LRU (bounded by ROSTRA_PAGE_CACHE_ENTRIES, each for at most
  ROSTRA_PAGE_CACHE_SECONDS) and, with Redis, also in Redis so other workers start warm.
- Each entry remembers version stamps: one for the whole site (bumped when any page is
  published, unpublished, moved or deleted, or a category changes: listings, translations and
  the language switcher all follow from those) and one for its article (bumped by comment
  moderation, comment settings and written view counts). Stamps live in Redis, or without
  Redis in small files in the data folder (every worker of one machine sees them). A worker
  reads a stamp at most every ROSTRA_PAGE_CACHE_CHECK_MS; the process that invalidates
  drops its own entries at once.
- An article's GET hit still counts a view (counting.py), with the same rules as Django's
  path; a HEAD never does.
- The comment form's signed "shown at" stamp is per reader: the layer keeps the page split
  around it and puts in a fresh one on every hit.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import secrets
import time
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from rostra.readers import counting, nginx, visitors

if TYPE_CHECKING:
    from rostra.core.asgi import ASGIApp, Message, Receive, Scope, Send

MARK_HEADER = "X-Rostra-Cacheable"
PAGE_HEADER = "X-Rostra-Page"  # the article the page shows (per-article stamp)
COUNT_HEADER = "X-Rostra-Count"  # the article whose view a hit counts
STAMP_HEADER = "X-Rostra-Form-Stamp"  # the form stamp to refresh on every hit
_PRIVATE = {h.lower().encode() for h in (MARK_HEADER, PAGE_HEADER, COUNT_HEADER, STAMP_HEADER)}
_SKIPPED = _PRIVATE | {b"content-length", b"set-cookie", b"server-timing", b"x-rostra-view"}
_GLOBAL = "site"
# An entry's key: the Host header, the raw path and the query string.
Key = tuple[bytes, bytes, bytes]


# --- What Django may let the cache keep ------------------------------------------------------


def is_shareable(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if getattr(response, "streaming", False) or response.cookies:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or settings.CSRF_COOKIE_NAME in (
        request.COOKIES
    ):
        return False
    if request.META.get("HTTP_AUTHORIZATION"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "is_preview", False):
        return False  # a page with a CSRF token is somebody's own
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control:
        return False
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "wagtail_serve"


def mark_page(response: HttpResponse, page_id: int, count: bool) -> None:
    """Called by the article view: the page's stamp, and whether a hit counts a view."""
    response.headers[PAGE_HEADER] = str(page_id)
    if count:
        response.headers[COUNT_HEADER] = str(page_id)


# --- Version stamps --------------------------------------------------------------------------


class FileStamps:
    """Stamps as files in one folder: a bump replaces the file, a read is one stat()."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def read(self, name: str) -> tuple[int, int] | None:
        try:
            st = os.stat(self.folder / name)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns)

    def bump(self, names: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            tmp = self.folder / f".{name}.{secrets.token_hex(4)}"
            tmp.write_text(secrets.token_hex(8))
            os.replace(tmp, self.folder / name)  # a new inode: readers see the change


class CacheStamps:
    """Stamps in Django's cache (Redis: shared by every process and machine)."""

    prefix = "readers:stamp:"

    def read(self, name: str) -> object:
        from django.core.cache import cache

        return cache.get(self.prefix + name)

    def bump(self, names: list[str]) -> None:
        from django.core.cache import cache

        cache.set_many({self.prefix + n: secrets.token_hex(8) for n in names}, timeout=None)


def stamps() -> FileStamps | CacheStamps:
    if settings.REDIS_URL:
        return CacheStamps()
    return FileStamps(settings.ROSTRA_PAGE_CACHE_STAMPS)


# --- Invalidation (called from Django, any process) -----------------------------------------

_layers: weakref.WeakSet[PageCache] = weakref.WeakSet()


def invalidate_all() -> None:
    stamps().bump([_GLOBAL])
    for layer in _layers:
        layer.clear()
    if nginx.enabled():  # after the bump: a file written meanwhile sees it and goes (nginx.py)
        nginx.remove_all()


def invalidate_pages(page_ids: Iterable[int]) -> None:
    names = [f"page-{int(pid)}" for pid in page_ids]
    if not names:
        return
    stamps().bump(names)
    for layer in _layers:
        layer.forget_pages({int(pid) for pid in page_ids})
    if nginx.enabled():
        nginx.remove_pages(page_ids)


# --- The layer -------------------------------------------------------------------------------


@dataclass
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    parts: list[bytes]  # the body, split around the form stamp
    page_id: int | None
    count_page: int | None
    versions: tuple[object, ...]
    expires: float
    checked: float = field(default=0.0)


class PageCache:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        self.session_cookie = settings.SESSION_COOKIE_NAME.encode()
        self.csrf_cookie = settings.CSRF_COOKIE_NAME.encode()
        self.enabled = settings.ROSTRA_PAGE_CACHE
        self.max_entries = settings.ROSTRA_PAGE_CACHE_ENTRIES
        self.seconds = settings.ROSTRA_PAGE_CACHE_SECONDS
        self.check_every = settings.ROSTRA_PAGE_CACHE_CHECK_MS / 1000
        self.shared = bool(settings.REDIS_URL)  # entries in Redis too
        # nginx serves the pages from files and counts from its log (nginx.py, viewlog.py).
        self.nginx = nginx.enabled()
        self._stamp_memo: dict[str, tuple[float, object]] = {}
        # Which article a path showed last time: its stamp is then read before rendering.
        self.page_of: dict[Key, int] = {}
        self.hits = self.misses = 0
        _layers.add(self)

    # Stamps are read at most every check_every seconds per name and process.
    def _stamp(self, name: str, now: float, force: bool = False) -> object:
        memo = self._stamp_memo.get(name)
        if not force and memo is not None and now - memo[0] < self.check_every:
            return memo[1]
        value = stamps().read(name)
        self._stamp_memo[name] = (now, value)
        return value

    def _versions(self, page_id: int | None, now: float) -> tuple[object, ...]:
        if page_id is None:
            return (self._stamp(_GLOBAL, now),)
        return (self._stamp(_GLOBAL, now), self._stamp(f"page-{page_id}", now))

    def clear(self) -> None:
        self.entries.clear()
        self._stamp_memo.clear()

    def forget_pages(self, page_ids: set[int]) -> None:
        # May run in the view flusher's thread: copy first (one step under the GIL).
        for key, entry in list(self.entries.items()):
            if entry.page_id in page_ids:
                self.entries.pop(key, None)
        for pid in page_ids:
            self._stamp_memo.pop(f"page-{pid}", None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.enabled or scope["method"] not in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        host = b""
        user_agent = b""
        for name, value in scope["headers"]:
            if name == b"host":
                host = value
            elif name == b"cookie":
                if self.session_cookie in value or self.csrf_cookie in value:
                    return await self.app(scope, receive, send)
            elif name == b"authorization":
                return await self.app(scope, receive, send)
            elif name == b"user-agent":
                user_agent = value
        key = (host, scope.get("raw_path") or scope["path"].encode(), scope["query_string"])
        now = time.monotonic()
        entry = self.entries.get(key)
        if entry is None and self.shared:
            entry = self._shared_get(key)
        if entry is not None and self._valid(entry, now):
            self.entries[key] = entry
            self.entries.move_to_end(key)
            self.hits += 1
            view = None
            if entry.count_page is not None and scope["method"] == "GET":  # HEAD reads nothing
                if self.nginx:  # nginx logs it, Rostra's log reader counts it
                    view = (b"x-rostra-view", str(entry.count_page).encode())
                else:
                    _count_hit(entry.count_page, scope, user_agent)
            return await self._send(entry, scope, send, view)
        if entry is not None:
            self.entries.pop(key, None)
        self.misses += 1
        return await self.app(scope, receive, self._capture(key, scope, send))

    def _valid(self, entry: Entry, now: float) -> bool:
        if now > entry.expires:
            return False
        if now - entry.checked < self.check_every:
            return True
        if self._versions(entry.page_id, now) != entry.versions:
            return False
        entry.checked = now
        return True

    async def _send(
        self, entry: Entry, scope: Scope, send: Send, view: tuple[bytes, bytes] | None = None
    ) -> None:
        if len(entry.parts) == 1:
            body = entry.parts[0]
        else:
            from rostra.readers.forms import form_stamp

            body = form_stamp().encode().join(entry.parts)
        headers = [*entry.headers, (b"content-length", str(len(body)).encode())]
        headers.append((b"x-page-cache", b"hit"))
        if view is not None:
            headers.append(view)
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )

    def _capture(self, key: Key, scope: Scope, send: Send) -> Send:
        state: dict[str, Any] = {"store": False, "chunks": []}
        started = time.monotonic()
        # Stamps read before Django reads the database: a change meanwhile makes a miss later,
        # never a stale page kept as fresh.
        global_version = self._stamp(_GLOBAL, started)
        known_version = None
        if (known_page := self.page_of.get(key)) is not None:
            # Kept for this request: under many concurrent misses the memo is always newer
            # than this request's start, and no render could ever be stored.
            known_version = self._stamp(f"page-{known_page}", started, force=True)

        async def capturing_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                marks = {n.lower(): v for n, v in headers if n.lower() in _PRIVATE}
                if marks:
                    kept = [(n, v) for n, v in headers if n.lower() not in _PRIVATE]
                    message = {**message, "headers": kept}
                if b"x-rostra-cacheable" in marks and scope["method"] == "GET":
                    page = marks.get(b"x-rostra-page")
                    count = marks.get(b"x-rostra-count")
                    page_id = int(page) if page else None
                    versions: tuple[object, ...] = (global_version,)
                    if page_id is not None and page_id == known_page:
                        versions += (known_version,)
                    elif page_id is not None:
                        versions += (self._page_version_before(page_id, started),)
                    state.update(
                        store=True,
                        start=message,
                        marks=marks,
                        page_id=page_id,
                        count_page=int(count) if count else None,
                        versions=versions,
                    )
            elif message["type"] == "http.response.body" and state["store"]:
                state["chunks"].append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._store(key, state, state["versions"])
            await send(message)

        return capturing_send

    def _page_version_before(self, page_id: int, started: float) -> object:
        """The article's stamp as known before `started`; if only a newer reading exists, a
        value that matches nothing (the entry then lives until the next check only)."""
        name = f"page-{page_id}"
        memo = self._stamp_memo.get(name)
        if memo is not None and memo[0] <= started:
            return memo[1]
        self._stamp(name, time.monotonic())
        return object()

    def _store(self, key: Key, state: dict[str, Any], versions: tuple[object, ...]) -> None:
        body = b"".join(state["chunks"])
        stamp = state["marks"].get(b"x-rostra-form-stamp")
        parts = body.split(stamp) if stamp else [body]
        now = time.monotonic()
        entry = Entry(
            status=state["start"]["status"],
            headers=[
                (n, v) for n, v in state["start"].get("headers", []) if n.lower() not in _SKIPPED
            ],
            parts=parts,
            page_id=state["page_id"],
            count_page=state["count_page"],
            versions=versions,
            expires=now + self.seconds,
            checked=now,
        )
        self.entries[key] = entry
        self.entries.move_to_end(key)
        if entry.page_id is not None:
            if len(self.page_of) > 4 * self.max_entries:
                self.page_of.clear()
            self.page_of[key] = entry.page_id
        while len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)
        if self.shared:
            self._shared_set(key, entry)
        if self.nginx and state["start"].get("status") == 200:
            self._write_for_nginx(key, entry)

    def _write_for_nginx(self, key: Key, entry: Entry) -> None:
        # Without a comment form stamp (one for everybody would be refused after its first
        # use): readers/js/stamp.js fetches one when the form gets focus.
        def fresh() -> bool:
            now = time.monotonic()
            current: tuple[Any, ...] = (self._stamp(_GLOBAL, now, force=True),)
            if entry.page_id is not None:
                current += (self._stamp(f"page-{entry.page_id}", now, force=True),)
            return current == entry.versions

        with contextlib.suppress(OSError):  # a full disk costs nginx its copy, not the answer
            nginx.write_page(key, b"".join(entry.parts), entry.page_id, entry.count_page, fresh)

    # --- Redis, shared by the workers ---------------------------------------------------------

    def _shared_key(self, key: Key) -> str:
        import hashlib

        return "readers:page:" + hashlib.blake2b(repr(key).encode(), digest_size=16).hexdigest()

    def _shared_get(self, key: Key) -> Entry | None:
        from django.core.cache import cache

        try:
            raw = cache.get(self._shared_key(key))
        except Exception:
            return None
        if raw is None:
            return None
        # Written by this code into the site's own Redis (whoever can write there can already
        # serve any page): not untrusted input.
        entry = pickle.loads(raw)  # noqa: S301
        remaining = entry.pop("remaining")
        return Entry(**entry, expires=time.monotonic() + remaining, checked=0.0)

    def _shared_set(self, key: Key, entry: Entry) -> None:
        from django.core.cache import cache

        data = {
            "status": entry.status,
            "headers": entry.headers,
            "parts": entry.parts,
            "page_id": entry.page_id,
            "count_page": entry.count_page,
            "versions": entry.versions,
            "remaining": self.seconds,
        }
        with contextlib.suppress(Exception):  # Redis away: the local copy still serves
            cache.set(self._shared_key(key), pickle.dumps(data), timeout=self.seconds)


def _count_hit(page_id: int, scope: Scope, user_agent: bytes) -> None:
    ua = user_agent.decode("latin-1")
    if visitors.is_bot(ua):
        return
    forwarded = ""
    purpose: dict[str, str] = {}
    for name, value in scope["headers"]:
        if name in (b"sec-purpose", b"purpose", b"x-moz"):
            purpose[name.decode()] = value.decode("latin-1")
        elif name == b"x-forwarded-for":
            forwarded = value.decode("latin-1")
    if purpose and visitors.is_prefetch(purpose):
        return
    client = scope.get("client") or ("", 0)
    address = visitors.client_address(client[0], forwarded)
    counting.get_counter().record(page_id, visitors.visitor_id(address, ua))


def wrap(app: ASGIApp) -> ASGIApp:
    """rostra.asgi: the page cache in front of Django (the server's start and stop, the view
    flusher among them, are rostra.core.lifespan's)."""
    if not settings.ROSTRA_PAGE_CACHE:
        return app
    return PageCache(app)

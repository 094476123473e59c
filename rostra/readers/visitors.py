"""Who is reading: a daily-salted hash instead of an address, and who is not a reader at all.

A visitor is hash(salt of the day, address, user agent). The salt is random, lives only in
memory or in Redis until an hour after its day, and a new one is drawn each day: yesterday's
hashes cannot be linked to today's, and no address is ever written anywhere.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
import secrets
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

# Known crawlers, link previewers, monitors and scripts (case-insensitive, anywhere in the UA).
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|scraper|fetch|monitor|checker|validator"
    r"|facebookexternalhit|embedly|quora link|whatsapp|telegram|discord|skype|vkshare"
    r"|curl|wget|python|httpx|aiohttp|java/|okhttp|go-http|node-fetch|axios|libwww|lighthouse"
    r"|pingdom|uptime|headless|phantomjs|yandex|baidu|sogou|bytespider|petal|semrush|ahrefs",
    re.IGNORECASE,
)
_PREFETCH_HEADERS = (("sec-purpose", "prefetch"), ("purpose", "prefetch"), ("x-moz", "prefetch"))

_salt_lock = threading.Lock()
_salt: tuple[str, bytes] | None = None  # (date, salt) of this process


@functools.lru_cache(maxsize=4096)
def is_bot(user_agent: str) -> bool:
    """Empty user agents are scripts too: browsers always send one. (Memoised: the same few
    user agents come again and again, and the pattern costs more than the rest of a hit.)"""
    return not user_agent or BOT_PATTERN.search(user_agent) is not None


def is_prefetch(headers: dict[str, str]) -> bool:
    """`headers` with lower-case names."""
    return any(marker in headers.get(name, "").lower() for name, marker in _PREFETCH_HEADERS)


_today_memo: tuple[int, str] = (0, "")


def today() -> str:
    """The local date as ISO text, worked out at most once a second (hot path)."""
    global _today_memo
    second = int(time.time())
    if _today_memo[0] != second:
        _today_memo = (second, timezone.localdate().isoformat())
    return _today_memo[1]


def daily_salt(day: str | None = None) -> bytes:
    """Today's salt. With Redis every worker shares it (cache.add: the first one wins)."""
    global _salt
    day = day or today()
    current = _salt
    if current is not None and current[0] == day:
        return current[1]
    with _salt_lock:
        if _salt is None or _salt[0] != day:
            key = f"readers:salt:{day}"
            # Gone an hour after its day ends (the hour covers workers' clocks drifting apart).
            cache.add(key, secrets.token_hex(32), timeout=_seconds_left_today() + 3600)
            value = cache.get(key) or secrets.token_hex(32)
            _salt = (day, value.encode())  # yesterday's is dropped here
        return _salt[1]


def _seconds_left_today() -> int:
    now = timezone.localtime()
    midnight = (now + datetime.timedelta(days=1)).replace(hour=0, minute=0, second=0)
    return max(60, int((midnight - now).total_seconds()))


def forget_salt() -> None:
    global _salt
    _salt = None


def visitor_id(address: str, user_agent: str) -> str:
    digest = hashlib.blake2b(digest_size=12, key=daily_salt()[:64])
    digest.update(address.encode())
    digest.update(b"\0")
    digest.update(user_agent.encode("utf-8", "replace"))
    return digest.hexdigest()


def client_address(remote_addr: str, forwarded_for: str = "") -> str:
    if settings.ROSTRA_TRUST_FORWARDED_FOR and forwarded_for:
        return forwarded_for.split(",")[0].strip()
    return remote_addr or ""


def address_hash(address: str, purpose: str) -> str:
    """A stable hash of an address for a short-lived cache key (rate limits), never stored."""
    key = hashlib.sha256(settings.SECRET_KEY.encode()).digest()
    return hashlib.blake2b(
        f"{purpose}:{address}".encode(), key=key[:32], digest_size=16
    ).hexdigest()

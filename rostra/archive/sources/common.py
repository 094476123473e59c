"""What every source needs: reading text in an unknown encoding, dates, old addresses."""

from __future__ import annotations

import codecs
import datetime
import re
from urllib.parse import unquote, urlsplit

import charset_normalizer
from django.utils.translation import gettext as _

from rostra.archive.records import EntryError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def decode(data: bytes, forced: str = "") -> tuple[str, str]:
    """(text, encoding): the declared encoding if the bytes agree with it, else UTF-8, else
    what charset-normalizer detects. Raises EntryError when none fits."""
    if forced:
        try:
            return data.decode(forced), forced
        except (LookupError, UnicodeDecodeError) as error:
            raise EntryError(
                _("cannot be read as %(encoding)s: %(error)s")
                % {"encoding": forced, "error": error}
            ) from error
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    head = data[:4096]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: look at the bytes themselves
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise EntryError(
            _(
                "unknown encoding: the text is neither UTF-8 nor in an encoding that can be "
                "recognised; give the encoding in the import's options"
            )
        )
    return str(best), best.encoding


def parse_date(text: str, formats) -> datetime.datetime | None:
    text = " ".join(text.split())
    for fmt in formats:
        try:
            # The old site's wall-clock time, zone unknown: the importer makes it aware
            # (importer._aware) or keeps its date only.
            return datetime.datetime.strptime(text, fmt)  # noqa: DTZ007
        except ValueError:
            continue
    return None


def old_path(url: str, base_path: str = "/") -> str:
    """The path (and query) an old link leads to, as Django sees a request for it: decoded,
    without a trailing slash (but the root), without a fragment."""
    from urllib.parse import urljoin

    parts = urlsplit(urljoin("http://old.invalid" + base_path, url.strip()))
    path = unquote(parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return path + (f"?{parts.query}" if parts.query else "")

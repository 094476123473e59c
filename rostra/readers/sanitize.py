"""What a comment may contain: text with a small set of markup, made safe with nh3."""

from __future__ import annotations

import re
import unicodedata

import nh3

ALLOWED_TAGS = {"a", "b", "strong", "i", "em", "code", "blockquote", "p", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}

# Control characters (but tab and newline), and the bidirectional overrides and isolates that
# make text display in another order than it is stored in.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def clean_text(value: str) -> str:
    """Plain text (names): normalised, without control or direction characters."""
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _INVISIBLE.sub("", value).strip()


def clean_comment(value: str) -> str:
    """A comment's HTML: only the allowed tags and http(s)/mailto links, which get
    rel="nofollow ugc"; everything else is dropped or escaped. Line breaks stay as they are
    (the template shows them with white-space: pre-line)."""
    return nh3.clean(
        clean_text(value),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc",
        strip_comments=True,
    ).strip()

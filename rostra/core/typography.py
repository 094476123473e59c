"""Punctuation of generated text per language (pure: no Django).

Chinese uses full-width punctuation (，：（）。) with no spaces around it or between Chinese
words; German quotes „so“, Russian «так», English “so”. Generated sentences (datelines,
greetings, reports, minutes) are put together with these helpers instead of hard-coded ASCII
", " ": " " (" ")" ".", so a new language only needs its entry here (or gets the default).

Public helpers (also for the event report and the minutes):
`comma`, `colon`, `paren`, `full_stop`, `quote`, `join_clauses`, `enumerate_items`, `tidy`.
"""

from __future__ import annotations

import re

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_CHAR = re.compile(f"[{_CJK}]")


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].lower()


def is_cjk(language: str | None) -> bool:
    """Chinese and Japanese: written without spaces, with full-width punctuation."""
    return _base(language) in {"zh", "ja"}


# Opening and closing quotation marks (outer level) per language.
QUOTES = {
    "en": ("“", "”"),
    "ru": ("«", "»"),
    "uk": ("«", "»"),
    "de": ("„", "“"),
    "fr": ("« ", " »"),
    "es": ("«", "»"),
    "it": ("«", "»"),
    "pt": ("«", "»"),
    "pl": ("„", "”"),
    "zh": ("“", "”"),
    "ja": ("「", "」"),
}


def comma(language: str | None) -> str:
    """The separator between clauses: ", " or "，"."""
    return "，" if is_cjk(language) else ", "


def colon(language: str | None) -> str:
    return "：" if is_cjk(language) else ": "


def full_stop(language: str | None) -> str:
    return "。" if is_cjk(language) else "."


def paren(text: str, language: str | None) -> str:
    """ " (text)" after a word, or "（text）" in Chinese (no space)."""
    if not text:
        return ""
    return f"（{text}）" if is_cjk(language) else f" ({text})"


def quote(text: str, language: str | None) -> str:
    opening, closing = QUOTES.get(_base(language), QUOTES["en"])
    return f"{opening}{text}{closing}"


def join_clauses(parts: list[str], language: str | None) -> str:
    """Non-empty parts joined with the language's comma."""
    return comma(language).join(p for p in parts if p)


def enumerate_items(items: list[str], language: str | None) -> str:
    """A list of names: "A, B, C" or "A、B、C" (the Chinese enumeration comma)."""
    return ("、" if is_cjk(language) else ", ").join(i for i in items if i)


_FULL_WIDTH = {",": "，", ":": "：", "(": "（", ")": "）", ";": "；", "!": "！", "?": "？"}


def tidy(text: str, language: str | None) -> str:
    """Chinese: ASCII punctuation next to Chinese text becomes full-width, spaces between
    Chinese characters (or around full-width punctuation) go, a final "." becomes "。".
    Other languages: unchanged."""
    if not text or not is_cjk(language):
        return text

    def widen(match: re.Match[str]) -> str:
        return _FULL_WIDTH[match.group(2)]

    # A punctuation mark with Chinese on either side (spaces around it dropped).
    text = re.sub(rf"(?<=[{_CJK}])(\s*)([,:;()!?])\s*", widen, text)
    text = re.sub(rf"\s*([,:;()!?])(\s*)(?=[{_CJK}])", lambda m: _FULL_WIDTH[m.group(1)], text)
    # "(" before Chinese, ")" after it.
    text = re.sub(rf"\s*\((?=[^()]*[{_CJK}][^()]*\))", "（", text)
    text = re.sub(rf"(?<=[{_CJK}])\)", "）", text)
    # No spaces between Chinese characters and full-width marks.
    text = re.sub(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])", "", text)
    if text.endswith(".") and _CJK_CHAR.search(text[-2:-1] or ""):
        text = text[:-1] + "。"
    return text

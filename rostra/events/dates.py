"""Dates and times of an event as each language writes them: one style per language.

The styles are Django's own per language (as on the rest of the site); a range of days gives
the shared parts once: "October 10–11, 2026",
«10–11 октября 2026 года», "10.–11. Oktober 2026", "2026年10月10日至11日". Times are the
event's own wall-clock times, followed by the zone's name ("18:00 (Europe/Moscow)"), never
converted to the server's zone and never an offset like "UTC+0200".
"""

from __future__ import annotations

import datetime

from django.utils import dateformat, translation

# Django format strings per language: day, month (genitive in Russian: "E"), year.
DAY = {
    "en": "F j, Y",
    "ru": "j E Y",
    "de": "j. F Y",
    "zh-hans": "Y年n月j日",
}
# Times as Django writes them in each language elsewhere on the site ("6 p.m.", "18:00").
TIME = {"en": "P", "ru": "H:i", "de": "H:i", "zh-hans": "H:i"}


def _lang(language: str | None) -> str:
    language = (language or translation.get_language() or "en").lower()
    return language if language in DAY else "en"


def _fmt(value: datetime.date, pattern: str, language: str) -> str:
    with translation.override(language):
        return dateformat.format(value, pattern)


def day(value: datetime.date, language: str | None = None) -> str:
    language = _lang(language)
    text = _fmt(value, DAY[language], language)
    return text + " г." if language == "ru" else text


def day_range(start: datetime.date, end: datetime.date, language: str | None = None) -> str:
    """One day, or a range written as the language writes it, the shared parts once."""
    language = _lang(language)
    if end <= start:
        return day(start, language)
    same_year = start.year == end.year
    same_month = same_year and start.month == end.month
    if language == "zh-hans":
        if same_month:
            return f"{_fmt(start, 'Y年n月j日', language)}至{end.day}日"
        if same_year:
            return f"{_fmt(start, 'Y年n月j日', language)}至{_fmt(end, 'n月j日', language)}"
        return f"{_fmt(start, 'Y年n月j日', language)}至{_fmt(end, 'Y年n月j日', language)}"
    if language == "ru":
        if same_month:
            return f"{start.day}–{_fmt(end, 'j E Y', language)} г."
        if same_year:
            return f"{_fmt(start, 'j E', language)} – {_fmt(end, 'j E Y', language)} г."
        return f"{_fmt(start, 'j E Y', language)} г. – {_fmt(end, 'j E Y', language)} г."
    if language == "de":
        if same_month:
            return f"{start.day}.–{_fmt(end, 'j. F Y', language)}"
        if same_year:
            return f"{_fmt(start, 'j. F', language)} – {_fmt(end, 'j. F Y', language)}"
        return f"{_fmt(start, 'j. F Y', language)} – {_fmt(end, 'j. F Y', language)}"
    if same_month:
        return f"{_fmt(start, 'F j', language)}–{end.day}, {end.year}"
    if same_year:
        return f"{_fmt(start, 'F j', language)} – {_fmt(end, 'F j, Y', language)}"
    return f"{_fmt(start, 'F j, Y', language)} – {_fmt(end, 'F j, Y', language)}"


def time(value: datetime.datetime, language: str | None = None) -> str:
    language = _lang(language)
    return _fmt(value, TIME[language], language)


def moment(value: datetime.datetime, language: str | None = None) -> str:
    """A day and a time: "14 July 2026, 18:00"."""
    language = _lang(language)
    separator = " " if language == "zh-hans" else ", "
    return f"{day(value.date(), language)}{separator}{time(value, language)}"


def local_span(
    start: datetime.datetime, end: datetime.datetime, language: str | None = None
) -> str:
    """Start and end in the zone they carry (the event's), in one style: the day once when
    both are on the same day."""
    language = _lang(language)
    if start.date() == end.date():
        return f"{moment(start, language)}–{time(end, language)}"
    return f"{moment(start, language)} – {moment(end, language)}"


def zone_label(zone_name: str) -> str:
    """The zone as people read it: "Europe/Moscow" → "Europe/Moscow" (the IANA name is the
    one a calendar understands; its city is what readers recognize)."""
    return zone_name.replace("_", " ")


def when(start: datetime.date, end: datetime.date, language: str | None = None) -> str:
    """The days as an adverbial phrase inside a sentence: "on October 10–11, 2026",
    "vom 10. bis 11. Oktober 2026", «10–11 октября 2026 г.», "2026年10月10日至11日"."""
    language = _lang(language)
    if language == "de":
        if end <= start:
            return f"am {day(start, language)}"
        if start.year == end.year and start.month == end.month:
            return f"vom {start.day}. bis {_fmt(end, 'j. F Y', language)}"
        if start.year == end.year:
            return f"vom {_fmt(start, 'j. F', language)} bis {_fmt(end, 'j. F Y', language)}"
        return f"vom {day(start, language)} bis {day(end, language)}"
    text = day_range(start, end, language)
    return f"on {text}" if language == "en" else text

"""Dates written the English way, as a test sees them on a page in another language: Django's
"11/29/2026 9:33 p.m.", "Nov. 29, 2026", "November 29, 2026", "29 November 2026", and the
browser's "Nov 29, 2026, 9:33 PM" or "29 Nov 2026"."""

from __future__ import annotations

import re

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# German writes "29. November 2026" (the dot after the day): no pattern below takes it.
ENGLISH_DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[AP]M\b)"
    rf"|\b(?:{MONTHS}|{SHORT_MONTHS})\.?\s\d{{1,2}}(?:,|\b(?!\.))"
    rf"|\b\d{{1,2}}\s(?:{MONTHS}|{SHORT_MONTHS})\b"
)


def english_dates(text: str) -> list[str]:
    return sorted({match.group(0) for match in ENGLISH_DATE.finditer(text)})

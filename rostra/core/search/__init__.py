"""Full-text search that also finds words in scripts written without spaces.

Chinese (and Japanese, Korean) is written without spaces, so a full-text tokenizer sees a whole
sentence as one "word" and a two-character word inside it is never found. We index every run of
such characters as its single characters plus its overlapping pairs (the bigram approach of
Lucene's CJK analyzer), and turn a query into the pairs it contains, joined with AND. The grams
are made by a search field of their own (CJKSearchField), so every backend gets them: SQLite
FTS5, PostgreSQL and OpenSearch.
"""

from __future__ import annotations

import re
import unicodedata

from django.db import models
from wagtail.search import index

from rostra.core.search.text import _CJK_RUN, _pairs, stemmed

# Re-exported: the grams and the stemmers' names are part of this package's interface.
from rostra.core.search.text import SNOWBALL as SNOWBALL
from rostra.core.search.text import cjk_grams as cjk_grams

MAX_QUERY_LENGTH = 200
# How much more a word in the title counts than one in the body (SQLite's bm25 weights, the
# factor of PostgreSQL's title rank): search.sqlite, search.ranked.
TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0


def segment_query(text: str) -> str:
    """A query whose CJK runs become the pairs they contain, to be searched with AND."""

    # Control and format characters (NUL, zero-width space) break FTS query strings, and
    # full-text syntax characters have no meaning for our readers: drop both.
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    cleaned = re.sub(r"[\"'()*:^+\-~<>{}\[\]\\|&!]", " ", text)
    return " ".join(
        _CJK_RUN.sub(lambda m: " " + " ".join(_pairs(m.group(0))) + " ", cleaned).split()
    )


class CJKSearchField(index.SearchField):
    """Indexes the CJK grams of a field, beside the field's own SearchField.

    For text without CJK it indexes nothing, so other languages are unaffected.
    """

    def get_value(self, obj: models.Model) -> str:
        value = super().get_value(obj)
        if isinstance(value, list | tuple):
            value = " ".join(v for v in value if isinstance(v, str))
        return cjk_grams(value) if isinstance(value, str) else ""


def _language_of(obj: models.Model) -> str:
    locale = getattr(obj, "locale", None)
    code = getattr(locale, "language_code", None)
    if code is None:
        from django.conf import settings
        from django.utils import translation

        code = translation.get_language() or settings.LANGUAGE_CODE
    return code


class StemmedSearchField(index.SearchField):
    """Indexes the Snowball stems of a field's words in the object's language (its locale), so
    SQLite's FTS5, which does not stem, finds «конгрессом» for «конгресс»; the query is stemmed
    the same way (rostra.core.search.text.query_terms). PostgreSQL stems on its own."""

    def get_value(self, obj: models.Model) -> str:
        value = super().get_value(obj)
        if isinstance(value, list | tuple):
            value = " ".join(v for v in value if isinstance(v, str))
        return stemmed(value, _language_of(obj)) if isinstance(value, str) else ""


def with_cjk_grams(
    search_fields: list[index.BaseField], stems: bool = True
) -> list[index.BaseField]:
    """`search_fields` plus a CJKSearchField (and a StemmedSearchField) for each plain
    SearchField in it."""
    plain = [f for f in search_fields if type(f) is index.SearchField]
    extra = [CJKSearchField(f.field_name, boost=f.boost, **f.kwargs) for f in plain]
    if stems:
        extra += [StemmedSearchField(f.field_name, boost=f.boost, **f.kwargs) for f in plain]
    return search_fields + extra

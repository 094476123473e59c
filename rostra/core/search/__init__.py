"""Full-text search that also finds words in scripts written without spaces.

Chinese (and Japanese, Korean) is written without spaces, so a full-text tokenizer sees a whole
sentence as one "word" and a two-character word inside it is never found. We index every run of
such characters as its single characters plus its overlapping pairs (the bigram approach of
Lucene's CJK analyzer), and turn a query the same way, joined with AND. This happens in the
search field itself, so it works the same on every backend: SQLite FTS5, PostgreSQL and OpenSearch.
"""

from __future__ import annotations

import re

from wagtail.search import index

# Han, Hiragana, Katakana, Hangul syllables, CJK compatibility ideographs.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
MAX_QUERY_LENGTH = 200


def _grams(run: str) -> str:
    if len(run) == 1:
        return f" {run} "
    pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
    return f" {' '.join(run)} {pairs} "


def segment_for_index(text: str) -> str:
    """Text with every CJK run replaced by its characters and overlapping pairs."""
    if not text or not _CJK_RUN.search(text):
        return text
    return _CJK_RUN.sub(lambda m: _grams(m.group(0)), text)


def segment_query(text: str) -> str:
    """A query whose CJK runs become the pairs they contain, to be searched with AND."""

    def pairs(match: re.Match) -> str:
        run = match.group(0)
        if len(run) == 1:
            return f" {run} "
        return " " + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " "

    # Full-text syntax characters have no meaning for our readers: drop them.
    cleaned = re.sub(r"[\"'()*:^+\-~<>{}\[\]\\|&!]", " ", text)
    return " ".join(_CJK_RUN.sub(pairs, cleaned).split())


class SegmentedSearchField(index.SearchField):
    """A SearchField whose text is segmented for CJK before any backend sees it."""

    def get_value(self, obj):
        value = super().get_value(obj)
        if isinstance(value, str):
            return segment_for_index(value)
        if isinstance(value, list | tuple):
            return [segment_for_index(v) if isinstance(v, str) else v for v in value]
        return value


def segmented(search_fields: list) -> list:
    """`search_fields` with every plain SearchField made a SegmentedSearchField."""
    return [
        SegmentedSearchField(f.field_name, boost=f.boost, **f.kwargs)
        if type(f) is index.SearchField
        else f
        for f in search_fields
    ]

"""Words to search terms, the same way at index and at query time (no Django here).

Russian, German and English words become their Snowball stems (PyStemmer: the Snowball
project's own C stemmers), so «конгрессом» finds «конгресс», „Kongresses“ finds „Kongress“ and
«Москва» finds «Москве». Chinese (Japanese, Korean) runs become their characters and
overlapping pairs (see rostra.core.search). A language without a Snowball stemmer keeps its
words as they are, lowercased.
"""

from __future__ import annotations

import functools
import re

import Stemmer

# Han, Hiragana, Katakana, Hangul syllables, CJK compatibility ideographs.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_WORD = re.compile(r"\w+", re.UNICODE)

# Django language code (its first part) -> Snowball stemmer, which is also the name of
# PostgreSQL's text-search configuration for it (search.text on SQLite, search.postgres).
SNOWBALL = {
    "en": "english",
    "ru": "russian",
    "de": "german",
    "es": "spanish",
    "fr": "french",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "no": "norwegian",
    "nb": "norwegian",
    "da": "danish",
    "fi": "finnish",
    "hu": "hungarian",
    "ro": "romanian",
    "tr": "turkish",
}


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)] or [run]


def cjk_grams(text: str) -> str:
    """The characters and overlapping pairs of every CJK run in `text`, space-separated."""
    if not text:
        return ""
    grams: list[str] = []
    for run in _CJK_RUN.findall(text):
        grams.extend(run)
        if len(run) > 1:
            grams.extend(_pairs(run))
    return " ".join(grams)


# Django language code (its first part) -> Snowball algorithm.
ALGORITHMS = SNOWBALL


@functools.cache
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    algorithm = ALGORITHMS.get((language or "").split("-")[0].lower())
    return Stemmer.Stemmer(algorithm) if algorithm else None


def stem_words(text: str, language: str) -> list[str]:
    """The stems of the non-CJK words of `text` in `language`, lowercased, in order."""
    if not text:
        return []
    words = [w.lower() for w in _WORD.findall(_CJK_RUN.sub(" ", text))]
    stemmer = _stemmer(language)
    if stemmer is None:
        return words
    # German ß/ss and the umlauts: Snowball's German folds them itself.
    stems: list[str] = stemmer.stemWords(words)
    return stems


def stemmed(text: str, language: str) -> str:
    """`text` as space-separated stems (for an index field beside the text itself)."""
    return " ".join(stem_words(text, language))


def query_terms(query: str, language: str) -> list[str]:
    """The terms a query must all match: stems of its words, pairs of its CJK runs."""
    terms = stem_words(query, language)
    for run in _CJK_RUN.findall(query or ""):
        terms.extend(_pairs(run))
    seen: dict[str, None] = {}
    for term in terms:
        seen.setdefault(term, None)
    return list(seen)


def text_terms(text: str, language: str) -> set[str]:
    """Every term `text` can be found by (stems, CJK characters and pairs)."""
    return set(stem_words(text, language)) | set(cjk_grams(text).split())


def match_rank(terms: list[str], title: str, body: str, language: str) -> int | None:
    """0 when every term is in the title, 1 when all are in title and body together, else
    None (no match). Title matches first, in every language."""
    if not terms:
        return None
    in_title = text_terms(title, language)
    if all(term in in_title for term in terms):
        return 0
    everywhere = in_title | text_terms(body, language)
    if all(term in everywhere for term in terms):
        return 1
    return None

"""CSV files as people really save them: the encoding, the delimiter, the BOM, formula cells.

Excel saves CSV in the Windows code page of its language (Windows-1251 with `;` in Russian,
Windows-1252 with `;` in German, GBK in Chinese) unless told "CSV UTF-8", which adds a BOM.
`decode` finds out which of these a file is, or refuses with the choices when the bytes
read well in more than one of them (short files of Cyrillic letters also read as Chinese).
"""

from __future__ import annotations

import codecs
import csv
from dataclasses import dataclass

from charset_normalizer import from_bytes
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# What a user can choose in the admin and on the command line, in the order shown.
ENCODINGS: dict[str, str] = {
    "utf-8": gettext_lazy("UTF-8 (Unicode)"),
    "cp1251": gettext_lazy("Windows-1251 (Cyrillic, Russian Excel)"),
    "cp1252": gettext_lazy("Windows-1252 (Western European, German Excel)"),
    "gb18030": gettext_lazy("GB18030 / GBK (Chinese Excel)"),
    "utf-16": gettext_lazy("UTF-16 (Excel “Unicode text”)"),
}
# Detection picks among the single-byte and Chinese code pages only; UTF-8 and UTF-16 are
# recognised exactly (strict decoding, BOM), never guessed.
_GUESSED = ["cp1251", "cp1252", "gb18030"]
# How much more "mess" (charset-normalizer's chaos ratio) the second reading may have and still
# count as a real alternative; measured on short names: a wrong code page scores 0.05 or more.
_AMBIGUITY_MARGIN = 0.03
DELIMITERS = {",": gettext_lazy("comma"), ";": gettext_lazy("semicolon"), "\t": gettext_lazy("tab")}

# A cell starting with one of these is a formula to a spreadsheet program (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class FileProblem(Exception):
    """The file as a whole cannot be read; the message says why and what to choose."""


@dataclass
class Decoded:
    text: str
    encoding: str  # a key of ENCODINGS
    delimiter: str
    detected: bool  # False when the user chose the encoding

    @property
    def encoding_label(self) -> str:
        return str(ENCODINGS.get(self.encoding, self.encoding))

    @property
    def delimiter_label(self) -> str:
        return str(DELIMITERS[self.delimiter])


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding): the encoding chosen by the user, else the BOM, UTF-8, or a guess."""
    if encoding:
        if encoding == "utf-8":
            text = _strict(data, "utf-8-sig")
        elif encoding == "utf-16":
            text = _strict(data, "utf-16")  # reads a BOM; little-endian without one
        else:
            text = _strict(data, encoding)
        if text is None:
            raise FileProblem(
                _("The file is not readable as %(encoding)s; choose another encoding.")
                % {"encoding": ENCODINGS.get(encoding, encoding)}
            )
        return text.lstrip("\ufeff"), encoding
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
        if text is None:
            raise FileProblem(_("The file starts as UTF-8 but is not UTF-8 further on."))
        return text, "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is None:
            raise FileProblem(_("The file starts as UTF-16 but is not UTF-16 further on."))
        return text.lstrip("\ufeff"), "utf-16"
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    readings = [m for m in from_bytes(data, cp_isolation=_GUESSED) if m.encoding in _GUESSED]
    if not readings:
        raise FileProblem(
            _("The file is not text in any encoding Rostra knows (%(choices)s).")
            % {"choices": ", ".join(str(label) for label in ENCODINGS.values())}
        )
    best = min(m.chaos for m in readings)
    close = sorted(
        {m.encoding for m in readings if m.chaos <= best + _AMBIGUITY_MARGIN},
        key=_GUESSED.index,
    )
    if len(close) > 1:
        raise FileProblem(
            _(
                "The file's encoding is ambiguous: it reads as %(choices)s. Choose the encoding "
                "it was saved in."
            )
            % {"choices": _(" or ").join(str(ENCODINGS[e]) for e in close)}
        )
    return str(data.decode(close[0])), close[0]


def sniff_delimiter(text: str, known_columns: list[str]) -> str:
    """The delimiter that splits the header line into the most known column names."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    scores = {}
    for delimiter in DELIMITERS:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        scores[delimiter] = sum(1 for c in cells if c.strip() in known_columns)
    best = max(scores.values())
    winners = [d for d, score in scores.items() if score == best]
    if best == 0:
        # No known header at all: the header check will say which columns are missing.
        return max(DELIMITERS, key=first_line.count)
    if len(winners) > 1:
        raise FileProblem(
            _(
                "Cannot tell how the columns are separated: by %(choices)s. Save the file with "
                "one separator."
            )
            % {"choices": _(" or ").join(str(DELIMITERS[d]) for d in winners)}
        )
    return winners[0]


def decode(data: bytes | str, known_columns: list[str], encoding: str | None = None) -> Decoded:
    if isinstance(data, str):
        text, encoding, detected = data.lstrip("\ufeff"), "utf-8", False
    else:
        detected = not encoding
        text, encoding = decode_bytes(data, encoding or None)
    return Decoded(text, encoding, sniff_delimiter(text, known_columns), detected)


def _lines(text: str):
    """The text's lines with their endings, one at a time: io.StringIO would copy the whole
    text at four bytes a character (40 MB for 50,000 people)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def reader(decoded: Decoded) -> csv.reader:
    return csv.reader(_lines(decoded.text), delimiter=decoded.delimiter)


# --- Formula cells ---------------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (shown as text)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def restore(cell: str) -> str:
    """The inverse of `neutralise`, so an export comes back as it went out. (A value that really
    starts with an apostrophe and then one of those characters loses the apostrophe.)"""
    if cell.startswith("'") and cell[1:2] and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell

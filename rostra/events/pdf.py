"""The minutes as a PDF (fpdf2), readable in every site language.

One font covers Latin, Cyrillic and Chinese: WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei,
a TrueType collection that fpdf2 reads by its number in the collection), with Noto Sans CJK
and DejaVu Sans as fallbacks. ROSTRA_PDF_FONT names another font file. WenQuanYi has no
German low quotation marks („ ‚) and no bullet: a second font (DejaVu Sans, else Noto Sans CJK)
supplies the glyphs the first one lacks, so „Aurora“ is not printed as Aurora“.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF

from rostra.events import dates
from rostra.events.record import Record, organization_title, place_line, secretary_of
from rostra.events.report import ceremony_sentence, decision_sentence, group_names

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # no Chinese, but Latin and Cyrillic
]


def font_path() -> Path:
    configured = settings.ROSTRA_PDF_FONT
    for candidate in [configured, *FONT_CANDIDATES]:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise FileNotFoundError(
        "No font for the PDF minutes: install fonts-wqy-zenhei (scripts/install-system-packages)"
        " or set ROSTRA_PDF_FONT."
    )


# Fonts that supply the glyphs the body font lacks, the small one first.
GLYPH_FALLBACKS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]


def fallback_path(body: Path) -> Path | None:
    return next(
        (Path(p) for p in GLYPH_FALLBACKS if Path(p).exists() and Path(p) != body),
        None,
    )


def labelled(label: str, value: str) -> str:
    """ "Chair: Li Wei" — in Chinese with the full-width colon and no space."""
    return pgettext("label and value", "%(label)s: %(value)s") % {"label": label, "value": value}


class _Minutes(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("body", size=8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{self.footer_text} · {self.page_no()}", align="C")


def render(record: Record) -> bytes:
    # fontTools reports every table it does not subset; the PDF is right without them.
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    event = record.event
    language = record.language
    with translation.override(language):
        organization = organization_title(language)
        pdf = _Minutes(format="A4")
        title = labelled(_("Minutes"), event.title)
        pdf.footer_text = f"{organization} — {title}"
        pdf.set_title(title)
        pdf.set_author(organization)
        pdf.set_creator("Rostra")
        body_font = font_path()
        pdf.add_font("body", fname=str(body_font))
        if (fallback := fallback_path(body_font)) is not None:
            pdf.add_font("glyphs", fname=str(fallback))
            pdf.set_fallback_fonts(["glyphs"])
        pdf.set_auto_page_break(auto=True, margin=18)
        pdf.set_margins(18, 18, 18)
        pdf.add_page()

        def heading(text: str, size: int = 13) -> None:
            pdf.ln(3)
            pdf.set_font("body", size=size)
            pdf.set_text_color(14, 42, 71)
            pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)

        def text(value: str, size: int = 10) -> None:
            pdf.set_font("body", size=size)
            pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")

        def bullet(value: str) -> None:
            # Drawn, not typed: the font that covers Chinese has no bullet character.
            pdf.set_font("body", size=10)
            y = pdf.get_y()
            pdf.set_fill_color(14, 42, 71)
            pdf.circle(pdf.l_margin + 1.6, y + 2.6, 0.8, style="F")
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")

        pdf.set_font("body", size=9)
        pdf.set_text_color(90, 90, 90)
        pdf.multi_cell(0, 5, organization, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        heading(title, 16)
        text(
            pgettext("time in a zone", "%(time)s (%(zone)s)")
            % {
                "time": dates.local_span(event.local_start(), event.local_end(), language),
                "zone": dates.zone_label(event.time_zone),
            }
        )
        where = place_line(event, language)
        if where:
            text(where)
        if record.chair:
            text(labelled(_("Chair"), "; ".join(a.line for a in record.chair)))
        if record.presidium:
            heading(_("Presidium"))
            for attendee in record.presidium:
                bullet(attendee.line)
        heading(_("Attendance") if record.attendance_recorded else _("Registered participants"))
        for group in record.groups:
            counted = pgettext("label with count", "%(label)s (%(count)s)") % {
                "label": group.label,
                "count": group.count,
            }
            text(labelled(counted, group_names(group)))
        heading(_("Proceedings"))
        for number, item in enumerate(record.items, start=1):
            title = str(item.title) or item.kind_label
            heading(f"{number}. {title}", 11)
            ceremony = ceremony_sentence(item, language)
            # A ceremony's sentence names who handed the gift over: not the speaker again.
            if item.speaker_line and not ceremony:
                text(item.speaker_line)
            if ceremony:
                text(ceremony)
            for paragraph in item.paragraphs:
                text(paragraph)
            for motion in item.motions:
                text(decision_sentence(motion, language))
        decisions = record.decisions
        if decisions:
            heading(_("Decisions"))
            for motion in decisions:
                bullet(decision_sentence(motion, language))
        # Lines to sign, side by side, kept on one page with nothing cut off.
        signers = [
            (_("Chair"), record.chair[0].name if record.chair else ""),
            (_("Secretary"), secretary_of(record)),
        ]
        pdf.set_auto_page_break(auto=False)
        if pdf.get_y() + 40 > pdf.h - 18:
            pdf.add_page()
        top = pdf.get_y() + 18
        width = (pdf.w - pdf.l_margin - pdf.r_margin - 10) / 2
        for column, (label, name) in enumerate(signers):
            x = pdf.l_margin + column * (width + 10)
            pdf.set_font("body", size=10)
            pdf.set_xy(x, top - 6)
            pdf.cell(width, 5, labelled(label, "").strip())
            pdf.line(x, top + 6, x + width, top + 6)
            pdf.set_font("body", size=8)
            pdf.set_xy(x, top + 7)
            pdf.cell(width, 4, name, align="C")
        pdf.set_auto_page_break(auto=True, margin=18)
        return bytes(pdf.output())

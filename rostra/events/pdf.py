"""The minutes as a PDF (fpdf2), readable in every site language.

One font covers Latin, Cyrillic and Chinese: WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei,
a TrueType collection that fpdf2 reads by its number in the collection), with Noto Sans CJK
and DejaVu Sans as fallbacks. ROSTRA_PDF_FONT names another font file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from rostra.events.record import Record

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # no Chinese, but Latin and Cyrillic
]


def font_path() -> Path:
    configured = getattr(settings, "ROSTRA_PDF_FONT", "")
    for candidate in [configured, *FONT_CANDIDATES]:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise FileNotFoundError(
        "No font for the PDF minutes: install fonts-wqy-zenhei (scripts/install-system-packages)"
        " or set ROSTRA_PDF_FONT."
    )


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
    with translation.override(record.language):
        pdf = _Minutes(format="A4")
        pdf.footer_text = f"{settings.WAGTAIL_SITE_NAME} — {_('Minutes')}: {event.title}"
        pdf.set_title(f"{_('Minutes')}: {event.title}")
        pdf.set_creator("Rostra")
        pdf.add_font("body", fname=str(font_path()))
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

        heading(f"{_('Minutes')}: {event.title}", 16)
        start, end = event.local_start(), event.local_end()
        when = formats.date_format(start, "DATETIME_FORMAT")
        if end.date() != start.date():
            when += " – " + formats.date_format(end, "DATETIME_FORMAT")
        text(f"{when} ({event.time_zone})")
        where = ", ".join(filter(None, [event.venue_name, event.city, event.country]))
        if where:
            text(where)
        if record.presidium:
            heading(_("Presidium"))
            text(", ".join(f"{n} ({o})" if o else n for n, o in record.presidium))
        heading(_("Attendance") if record.attendance_recorded else _("Registered participants"))
        for group in record.groups:
            names = "; ".join(
                f"{org}: {', '.join(people)}" if org else ", ".join(people)
                for org, people in group.organizations
            )
            text(f"{group.label} ({group.count}): {names}")
        heading(_("Proceedings"))
        for number, item in enumerate(record.items, start=1):
            title = item.title or item.kind_label
            line = f"{number}. {title}"
            if item.speaker:
                line += f" — {item.speaker}"
                if item.speaker_organization:
                    line += f" ({item.speaker_organization})"
            heading(line, 11)
            if item.honour:
                text(
                    _("%(honour)s was presented to %(recipient)s.")
                    % {"honour": item.honour, "recipient": item.honour_recipient}
                )
            if item.text:
                text(item.text)
            for motion in item.motions:
                text(f"{_('Question')}: {motion.question}")
                text(f"{_('Result')}: {motion.result}")
        decisions = record.decisions
        if decisions:
            heading(_("Decisions"))
            for motion in decisions:
                text(f"• {motion.question} — {motion.result}")
        return bytes(pdf.output())

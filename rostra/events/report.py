"""From the record to a draft news article in the event's main language.

The article is rendered by a template (`events/report/body.html`) whose sentences are whole
messages of the catalogue; this module gives it the record's values in the report's language
and turns the rendered elements into the article's blocks.

The draft is an ordinary `ArticlePage` under that language's news index, not yet live: the
editor edits it, translators translate it (wagtail-localize), and it is published through the
site's editorial workflow like any article. `EventReport` links it to the event.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.models import Locale

from rostra.events import dates, votes
from rostra.events import record as records
from rostra.events.errors import Refused
from rostra.events.models import AgendaKind, Event, EventReport
from rostra.news.content import create_article
from rostra.news.models import ArticlePage, NewsIndexPage
from rostra.org.i18n import localized

if TYPE_CHECKING:
    from django.contrib.auth.models import User

NEEDS_TRANSLATION = {
    "en": pgettext_lazy("needs translation", "[To be translated from English]"),
    "ru": pgettext_lazy("needs translation", "[To be translated from Russian]"),
    "zh-hans": pgettext_lazy("needs translation", "[To be translated from Chinese]"),
    "de": pgettext_lazy("needs translation", "[To be translated from German]"),
}


# Each language's outer quotation marks and the inner ones that replace them in a title quoted
# inside a sentence's quotes: "The award “Badge ‘For Services’” ...", «Знак „За заслуги“»,
# „Abzeichen ‚Für Verdienste‘“, “‘友谊贡献’徽章”.
INNER_QUOTES = {
    "en": str.maketrans({"“": "‘", "”": "’"}),
    "zh-hans": str.maketrans({"“": "‘", "”": "’"}),
    "ru": str.maketrans({"«": "„", "»": "“"}),
    "de": str.maketrans({"„": "‚", "“": "‘"}),
}


def inner_quotes(value: str, language: str) -> str:
    """A title to be set inside the sentence's quotation marks, its own quotes made inner."""
    table = INNER_QUOTES.get(language)
    return value.translate(table) if table and value else value


def needs_translation(text: records.Text, language: str) -> str:
    """The editor's note for a text that exists only in another language, or "" (with the
    space that separates it from the text, none in Chinese)."""
    if not text.foreign_to(language):
        return ""
    note = str(NEEDS_TRANSLATION.get(text.language, NEEDS_TRANSLATION["en"]))
    return note if language == "zh-hans" else note + " "


def join(values: list[str], *, people: bool = False) -> str:
    """A list as the active language writes it: "A, B and C", «А, Б и В», "A、B和C".

    People carry their positions after a comma, so they are separated by semicolons."""
    values = [v for v in values if v]
    if not values:
        return ""
    if people and any("," in v or "，" in v for v in values):
        return pgettext("list of people", "; ").join(values)
    if len(values) == 1:
        return values[0]
    return pgettext("list", "%(items)s and %(last)s") % {
        "items": pgettext("list separator", ", ").join(values[:-1]),
        "last": values[-1],
    }


def occasion_phrase(event: Event, language: str) -> str:
    """The occasion as shown on the event page: "Founding of the Association: 75th
    anniversary", or ""."""
    occasion = event.occasion  # no query when there is none
    if occasion is None:
        return ""
    observance = occasion.observance(event.local_start().year)
    title = localized(occasion, "title", language)
    if observance.number:
        with translation.override(language):
            return pgettext("occasion", "%(title)s: %(anniversary)s") % {
                "title": title,
                "anniversary": observance.label(language),
            }
    return title


def city_of(event: Event, language: str) -> str:
    return localized(event, "city", language, fallback="city")


def venue_of(event: Event, language: str) -> str:
    return localized(event, "venue_name", language, fallback="venue_name")


def place_of(event: Event, language: str | None = None) -> str:
    language = language or translation.get_language() or event.main_language
    if event.city:
        return city_of(event, language)
    with translation.override(language):
        return _("Online") if event.format == "online" else ""


def source_of(event: Event, language: str) -> str:
    unit = event.organizers.order_by("sort_order", "pk").first()
    return localized(unit, "name", language) if unit else settings.WAGTAIL_SITE_NAME


def _counts(motion: records.MotionRecord) -> str:
    """ "Yes: 6, No: 0, Abstain: 0" (in Chinese "赞成：6，反对：0，弃权：0")."""
    language = translation.get_language()
    return pgettext("vote counts separator", ", ").join(
        pgettext("vote count", "%(option)s: %(count)s")
        % {"option": records.lower_first(label) if language == "ru" else label, "count": count}
        for label, count in motion.options
    )


def _motion(m: records.MotionRecord, language: str) -> dict[str, Any]:
    winner = ""
    if m.motion.kind == "choice" and m.motion.winner:
        winner = next(
            (
                votes.option_label(o, language)
                for o in votes.options_of(m.motion)
                if o["key"] == m.motion.winner
            ),
            m.motion.winner,
        )
    question = records.text_in(m.motion, "question", language)
    title = records.text_in(m.motion.item, "title", language)
    return {
        "note": needs_translation(question if question.foreign_to(language) else title, language),
        "title": inner_quotes(m.title or m.question, language),
        "question": inner_quotes(m.question, language) if m.question != m.title else "",
        "closed": m.closed,
        "verdict": m.verdict,
        "winner": winner,
        "counts": _counts(m),
        # Chinese sets sentences side by side without a space.
        "sep": "" if language == "zh-hans" else " ",
    }


def group_names(group: records.RoleGroup) -> str:
    parts = []
    for organization, names in group.organizations:
        listed = pgettext("list of names", ", ").join(names)
        if organization:
            # "Greta Lang (Embassy of Norland (Cultural Section))" reads badly: a dash then.
            pattern = (
                pgettext("names of an organization in parentheses", "%(names)s — %(organization)s")
                if "(" in organization or "（" in organization
                else pgettext("names of an organization", "%(names)s (%(organization)s)")
            )
            listed = pattern % {"names": listed, "organization": organization}
        parts.append(listed)
    return pgettext("list of people", "; ").join(parts)


def item_values(item: records.ItemRecord, language: str) -> dict[str, Any]:
    """One agenda item's values for the sentences of the report, the minutes and the PDF."""
    honour_kind = honour_of.kind if (honour_of := item.item.honour) is not None else ""
    honour = item.honour or (str(item.title) if item.honour_recipient else "")
    return {
        "kind": item.kind,
        "heading": (str(item.title) or item.kind_label)[:200],
        "title": str(item.title) or item.kind_label,
        "quoted_title": inner_quotes(str(item.title) or item.kind_label, language),
        "speaker": item.speaker,
        "speaker_line": item.speaker_line,
        "speaker_description": item.speaker_description,
        "heading_note": needs_translation(item.title, language),
        "paragraphs": item.paragraphs,
        "text_note": needs_translation(item.text, language),
        "quote": item.quote.value,
        "quote_note": needs_translation(item.quote, language),
        "honour": inner_quotes(honour, language)
        if item.kind == AgendaKind.CEREMONY or item.honour
        else "",
        "gift": honour_kind in ("", "gift"),
        "recipient": item.honour_recipient,
        "presenter": item.presenter,
        "video_url": item.video_url if item.kind == AgendaKind.SCREENING else "",
        "video_id": item.item.video_id or "",
        "motions": [_motion(m, language) for m in item.motions],
    }


def _sentence(template: str, language: str, **values: object) -> str:
    with translation.override(language):
        return unescape(strip_tags(render_to_string(template, values))).strip()


def decision_sentence(motion: records.MotionRecord, language: str) -> str:
    """ "The motion “Humanitarian help” was adopted unanimously (Yes: 6, No: 0, Abstain: 0)."
    — the same sentence in the report, the minutes and the PDF."""
    with translation.override(language):
        values = _motion(motion, language)
    return _sentence("events/record/decision.html", language, m=values)


def ceremony_sentence(item: records.ItemRecord, language: str) -> str:
    """Who presented what to whom, or "" when the item records no gift or honour."""
    with translation.override(language):
        values = item_values(item, language)
    if not values["honour"] or not values["recipient"]:
        return ""
    return _sentence("events/record/ceremony.html", language, item=values)


def context(record: records.Record, *, opening: bool = True) -> dict[str, Any]:
    """What the report's template needs: the record's values, already in its language."""
    event = record.event
    language = record.language
    start, end = event.local_start(), event.local_end()
    observance = None
    if (occasion := event.occasion) is not None:
        observance = occasion.observance(start.year)
    items = []
    first_motion = True
    for item in record.items:
        entry = item_values(item, language)
        if item.kind == AgendaKind.MOTION:
            entry["first_motion"] = first_motion
            first_motion = False
        items.append(entry)
    chair = [a.line for a in record.chair]
    presidium = [a.line for a in record.presidium]
    return {
        "opening": opening,
        "online": event.format == "online",
        "title": inner_quotes(localized(event, "title", language), language),
        "when": dates.when(start.date(), end.date(), language),
        "city": city_of(event, language) if event.format != "online" else "",
        "venue": venue_of(event, language) if event.format != "online" else "",
        "occasion": inner_quotes(localized(event.occasion, "title", language), language)
        if event.occasion_id
        else "",
        "anniversary": observance.label(language) if observance and observance.number else "",
        "chair": join(chair, people=True),
        "presidium": join(presidium, people=True),
        "partners": join(record.partners),
        "partners_count": len(record.partners),
        "items": items,
        "groups": [{"label": group.label, "names": group_names(group)} for group in record.groups],
    }


BLOCK = re.compile(r"<(h2|p|blockquote|figure)([^>]*)>(.*?)</\1>", re.S)
ATTRIBUTE = re.compile(r'([\w-]+)(?:="([^"]*)")?')


def _attributes(raw: str) -> dict[str, str]:
    return {name: unescape(value or "") for name, value in ATTRIBUTE.findall(raw)}


def render_blocks(html: str) -> list[dict[str, Any]]:
    """The template's top-level elements as the article's stream blocks."""
    blocks: list[dict[str, Any]] = []
    for tag, raw, inner in BLOCK.findall(html):
        inner = " ".join(inner.split())
        if tag == "h2":
            blocks.append({"type": "heading", "value": unescape(inner)[:200]})
        elif tag == "p":
            blocks.append({"type": "paragraph", "value": f"<p>{inner}</p>"})
        elif tag == "blockquote":
            attributes = _attributes(raw)
            blocks.append(
                {
                    "type": "quote",
                    "value": {
                        "text": unescape(inner),
                        "speaker": attributes.get("data-speaker", "")[:200],
                        "role": attributes.get("data-role", "")[:200],
                    },
                }
            )
        elif tag == "figure":
            attributes = _attributes(raw)
            file = attributes.get("data-file", "")
            blocks.append(
                {
                    "type": "video",
                    "value": {
                        "file": int(file) if file.isdigit() else None,
                        "url": "" if file.isdigit() else attributes.get("data-url", ""),
                        "title": attributes.get("data-title", "")[:200],
                        "poster": None,
                    },
                }
            )
    return blocks


def opening_sentence(record: records.Record) -> str:
    """The report's first sentence (what took place, when, where), as plain text."""
    blocks = render_blocks(_render(record, opening=True, only_opening=True))
    return strip_tags(blocks[0]["value"]) if blocks else ""


def _render(record: records.Record, *, opening: bool, only_opening: bool = False) -> str:
    values = context(record, opening=opening)
    if only_opening:
        values.update(occasion="", chair="", presidium="", partners="", items=[], groups=[])
    with translation.override(record.language):
        return render_to_string("events/report/body.html", values)


def lead_of(event: Event, record: records.Record) -> str:
    """The summary when it is written in this language; otherwise the opening sentence."""
    summary = records.text_in(event, "summary", record.language)
    if summary and not summary.foreign_to(record.language):
        return summary.value
    return opening_sentence(record)


def body(record: records.Record, lead: str | None = None) -> list[dict[str, Any]]:
    """The article body from the record; the opening sentence is not repeated when it is the
    lead already."""
    lead = lead if lead is not None else lead_of(record.event, record)
    opening = unescape(strip_tags(lead)).strip() != opening_sentence(record)
    return render_blocks(_render(record, opening=opening))


def tags_of(event: Event, language: str) -> list[str]:
    """Tags in the report's language: the kind of event and the city."""
    kind = localized(event.kind, "name", language)
    # German capitalizes its nouns ("Kongress"); English and Russian tags are lower case.
    tags = [kind.lower() if language in ("en", "ru") else kind]
    if event.city:
        tags.append(city_of(event, language))
    return [t for t in tags if t]


def news_index(language: str) -> NewsIndexPage | None:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    index: NewsIndexPage | None = (
        NewsIndexPage.objects.filter(locale=locale).order_by("path").first()
    )
    return index


def existing_report(event: Event, language: str) -> ArticlePage | None:
    report = (
        EventReport.objects.filter(event=event, page__locale__language_code=language)
        .select_related("page")
        .first()
    )
    return report.page if report else None


@transaction.atomic
def generate(event: Event, *, acting_user: User | None) -> ArticlePage:
    """The draft report; refused when the event already has one in its main language."""
    language = event.main_language
    with translation.override(language):
        if (page := existing_report(event, language)) is not None:
            raise Refused(
                _("This event already has a report: “%(title)s”. Edit it in the pages.")
                % {"title": page.title}
            )
        index = news_index(language)
        if index is None:
            raise Refused(_("There is no news section in this language yet."))
        record = records.build(event, language)
        photos = list(event.photos.select_related("image"))
        owner = acting_user if getattr(acting_user, "pk", None) else None
        lead = lead_of(event, record)
        page = create_article(
            index,
            title=localized(event, "title", language)[:255],
            date=event.local_end().date(),
            place=place_of(event, language)[:120],
            source=source_of(event, language)[:120],
            lead=lead,
            body=body(record, lead),
            lead_image=photos[0].image if photos else None,
            gallery=[(photo.image, "") for photo in photos],
            tags=tags_of(event, language),
            owner=owner,
            publish=False,
        )
    EventReport.objects.create(event=event, page=page, created_by=owner)
    return page


@transaction.atomic
def translate(event: Event, language: str, *, acting_user: User | None) -> ArticlePage:
    """A draft translation of the event's report into `language`, prefilled from the record.

    The record keeps its texts per language (titles, speeches, quotes, questions), so the
    translation starts from them rather than from the source article's words; wagtail-localize
    still sees it as a translation of the report (same translation key) for syncing later.
    """
    with translation.override(language):
        source = existing_report(event, event.main_language)
        if source is None:
            raise Refused(_("Generate the report in the event's main language first."))
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None or language == event.main_language:
            raise Refused(_("There is no news section in this language yet."))
        if (page := source.get_translation_or_none(locale)) is not None:
            raise Refused(
                _("This event already has a report: “%(title)s”. Edit it in the pages.")
                % {"title": page.title}
            )
        if news_index(language) is None:
            raise Refused(_("There is no news section in this language yet."))
        # Copy the latest revision: a draft's gallery lives only there.
        latest = source.get_latest_revision_as_object()
        draft = latest.copy_for_translation(locale, copy_parents=False)
        draft.title = draft.draft_title = localized(event, "title", language)[:255]
        record = records.build(event, language)
        draft.lead = lead_of(event, record)
        # The dateline: what the generator wrote is put in this language; what an editor
        # typed over it is kept.
        main = event.main_language
        if latest.place == place_of(event, main)[:120]:
            draft.place = place_of(event, language)[:120]
        if latest.source == source_of(event, main)[:120]:
            draft.source = source_of(event, language)[:120]
        draft.body = body(record, draft.lead)
        if latest.category_id:
            draft.category = latest.category.get_translation_or_none(locale)
        owner = acting_user if getattr(acting_user, "pk", None) else source.owner
        draft.owner = owner
        draft.live = False
        draft.tags.set(tags_of(event, language), clear=True)
        draft.save()
        draft.save_revision(user=owner)
    saved: ArticlePage = ArticlePage.objects.get(pk=draft.pk)
    return saved


def report_links(event: Event) -> list[dict[str, Any]]:
    """Every published language version of every report: [{"language", "name", "url", "title"}]."""
    names = dict(settings.LANGUAGES)
    links = []
    for report in event.reports.select_related("page"):
        for page in (
            report.page.get_translations(inclusive=True).live().select_related("locale").specific()
        ):
            code = page.locale.language_code
            links.append(
                {
                    "language": code,
                    "name": names.get(code, code),
                    "url": page.url,
                    "title": page.title,
                }
            )
    order = [code for code, _name in settings.LANGUAGES]
    links.sort(key=lambda link: order.index(link["language"]) if link["language"] in order else 99)
    return links

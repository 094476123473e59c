"""From the record to a draft news article in the event's main language.

The draft is an ordinary `ArticlePage` under that language's news index, not yet live: the
editor edits it, translators translate it (wagtail-localize), and it is published through the
site's editorial workflow like any article. `EventReport` links it to the event.
"""

from __future__ import annotations

from html import escape

from django.conf import settings
from django.db import transaction
from django.utils import formats, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from rostra.events import record as records
from rostra.events.models import AgendaKind, Event, EventReport
from rostra.news.builders import create_article
from rostra.news.models import ArticlePage, NewsIndexPage
from rostra.org.i18n import localized


def _p(html: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{html}</p>"}


def _heading(text: str) -> dict:
    return {"type": "heading", "value": text[:200]}


def _names(organizations: list[tuple[str, list[str]]]) -> str:
    parts = []
    for organization, names in organizations:
        people = escape(", ".join(names))
        parts.append(f"{escape(organization)}: {people}" if organization else people)
    return "; ".join(parts)


def occasion_phrase(event: Event, language: str) -> str:
    """ "on the occasion of the 75th anniversary of ..." in `language`, or ""."""
    if event.occasion_id is None:
        return ""
    occasion = event.occasion
    observance = occasion.observance(event.local_start().year)
    title = localized(occasion, "title", language)
    with translation.override(language):
        if observance.number:
            return _("on the occasion of the %(anniversary)s: %(title)s") % {
                "anniversary": observance.label(language),
                "title": title,
            }
        return _("on the occasion of %(title)s") % {"title": title}


def place_of(event: Event) -> str:
    if event.city:
        return event.city
    return _("Online") if event.format == "online" else ""


def source_of(event: Event, language: str) -> str:
    unit = event.organizers.order_by("sort_order", "pk").first()
    return localized(unit, "name", language) if unit else settings.WAGTAIL_SITE_NAME


def intro(record: records.Record) -> str:
    """The first sentence: what took place, when, where, on what occasion."""
    event = record.event
    when = formats.date_format(event.local_start().date(), "DATE_FORMAT")
    sentence = _("%(title)s took place on %(date)s") % {
        "title": localized(event, "title", record.language),
        "date": when,
    }
    where = event.venue_name or place_of(event)
    if where:
        sentence += ", " + where
    occasion = occasion_phrase(event, record.language)
    if occasion:
        sentence += ", " + occasion
    return sentence + "."


def body(record: records.Record) -> list[dict]:
    """The article body from the record, in the record's language."""
    blocks: list[dict] = [_p(escape(intro(record)))]
    if record.presidium:
        blocks.append(_heading(_("Presidium")))
        blocks.append(
            _p(
                escape(
                    ", ".join(f"{name} ({org})" if org else name for name, org in record.presidium)
                )
            )
        )
    if record.groups:
        blocks.append(_heading(_("Attendees")))
        for group in record.groups:
            blocks.append(_p(f"<b>{escape(group.label)}</b>: {_names(group.organizations)}"))
    decisions_heading = False
    for item in record.items:
        if item.kind == AgendaKind.MOTION:
            if not decisions_heading:
                blocks.append(_heading(_("Decisions")))
                decisions_heading = True
            for motion in item.motions:
                blocks.append(
                    _p(f"<b>{escape(motion.question or item.title)}</b> — {escape(motion.result)}")
                )
            continue
        heading = item.title or item.kind_label
        if item.speaker and item.kind in (
            AgendaKind.SPEECH,
            AgendaKind.OPENING,
            AgendaKind.CLOSING,
        ):
            heading = f"{item.speaker}: {heading}"
        blocks.append(_heading(heading))
        if item.kind == AgendaKind.CEREMONY and item.honour:
            line = _("%(honour)s was presented to %(recipient)s.") % {
                "honour": item.honour,
                "recipient": item.honour_recipient or item.speaker,
            }
            blocks.append(_p(escape(line)))
        if item.text:
            for paragraph in item.text.split("\n\n"):
                if paragraph.strip():
                    blocks.append(_p(escape(paragraph.strip())))
        if item.speaker and (item.quote or item.text):
            quote = item.quote or item.text.split("\n\n")[0]
            blocks.append(
                {
                    "type": "quote",
                    "value": {
                        "text": quote,
                        "speaker": item.speaker,
                        "role": item.speaker_organization,
                    },
                }
            )
        if item.kind == AgendaKind.SCREENING and item.video_url:
            blocks.append(
                {
                    "type": "video",
                    "value": {
                        "file": item.item.video_id if item.item.video_id else None,
                        "url": "" if item.item.video_id else item.video_url,
                        "title": item.title,
                        "poster": None,
                    },
                }
            )
    return blocks


def news_index(language: str) -> NewsIndexPage | None:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    return NewsIndexPage.objects.filter(locale=locale).order_by("path").first()


def existing_report(event: Event, language: str) -> ArticlePage | None:
    report = (
        EventReport.objects.filter(event=event, page__locale__language_code=language)
        .select_related("page")
        .first()
    )
    return report.page if report else None


@transaction.atomic
def generate(event: Event, *, acting_user: object | None) -> ArticlePage:
    """The draft report; refused when the event already has one in its main language."""
    from rostra.events.actions import Refused

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
        page = create_article(
            index,
            title=localized(event, "title", language)[:255],
            date=event.local_end().date(),
            place=place_of(event)[:120],
            source=source_of(event, language)[:120],
            lead=localized(event, "summary", language) or intro(record),
            body=body(record),
            lead_image=photos[0].image if photos else None,
            gallery=[(photo.image, "") for photo in photos],
            owner=owner,
            publish=False,
        )
    EventReport.objects.create(event=event, page=page, created_by=owner)
    return page


@transaction.atomic
def translate(event: Event, language: str, *, acting_user: object | None) -> ArticlePage:
    """A draft translation of the event's report into `language`, prefilled from the record.

    The record keeps its texts per language (titles, speeches, quotes, questions), so the
    translation starts from them rather than from the source article's words; wagtail-localize
    still sees it as a translation of the report (same translation key) for syncing later.
    """
    from rostra.events.actions import Refused

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
        draft.lead = localized(event, "summary", language) or intro(record)
        draft.place = place_of(event)[:120]
        draft.source = source_of(event, language)[:120]
        draft.body = body(record)
        owner = acting_user if getattr(acting_user, "pk", None) else source.owner
        draft.owner = owner
        draft.live = False
        draft.save()
        draft.save_revision(user=owner)
    return ArticlePage.objects.get(pk=draft.pk)


def report_links(event: Event) -> list[dict]:
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

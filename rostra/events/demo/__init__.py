"""The demo association's events, loaded after the registry (rostra.org.demo); idempotent.

Each held event gets its record (participants in their roles with attendance, the agenda,
the votes), photos from the demo's drawn pictures, and its report: generated from the record
in the event's main language by the same action the admin's button calls, published, then
translated into the event's other report languages from the record's texts in those languages.
"""

from __future__ import annotations

import datetime
import zlib
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Locale

from rostra.demo.content import configured_languages
from rostra.events import actions, builders, report
from rostra.events.demo.data import REF, data, events, four
from rostra.events.demo.types import Demo
from rostra.events.models import Event, EventKind, EventPhoto, EventReport, Participant
from rostra.news.models import ArticlePage
from rostra.org.demo import save_honour
from rostra.org.demo.places import place
from rostra.org.models import CommemorativeDate, Honour, PartnerOrganization, Person, Unit


def _honours() -> dict[str, Honour]:
    return {key: save_honour(spec) for key, spec in data().honours.items()}


def _event(demo: Demo, kinds: dict[str, EventKind]) -> Event:
    # A wall-clock time in the event's own zone, read for its parts: builders.local makes it aware.
    when = datetime.datetime.strptime(demo.start, "%Y-%m-%d %H:%M")  # noqa: DTZ007
    start = builders.local(demo.zone, when.year, when.month, when.day, when.hour, when.minute)
    occasion = (
        CommemorativeDate.objects.filter(title_en=demo.occasion).first() if demo.occasion else None
    )
    places: dict[str, Any] = {
        **place(demo.city, "city"),
        **place(demo.country, "country"),
        **place(demo.venue, "venue_name"),
    }
    return builders.event(
        demo.slug,
        kinds[demo.kind],
        titles=four(demo.title),
        summaries=four(demo.summary),
        start=start,
        end=start + datetime.timedelta(hours=demo.hours),
        time_zone=demo.zone,
        main_language=demo.languages[0],
        status=demo.status,
        format=demo.format,
        **places,
        online_url=demo.online_url,
        occasion=occasion,
        registration_mode=demo.registration,
        capacity=demo.capacity,
        waiting_list=demo.capacity is not None,
        organizers=[Unit.objects.get(slug=demo.unit)],
    )


def _participants(event: Event, demo: Demo) -> dict[str, Participant]:
    held = demo.status == "held"
    people: dict[str, Participant] = {}
    for order, person in enumerate(demo.people):
        who, roles, represents = person.who, tuple(person.roles), person.represents
        fields: dict[str, Any] = {"sort_order": order}
        kind, _sep, slug = represents.partition(":")
        if kind == "unit":
            fields["representing_unit"] = Unit.objects.get(slug=slug)
        elif kind == "partner":
            fields["representing_partner"] = PartnerOrganization.objects.get(slug=slug)
        elif represents:
            fields["affiliation"] = represents
        target = Person.objects.get(ref=who) if REF.match(who) else who
        email = "" if REF.match(who) else f"{who.split()[0].lower()}@example.org"
        attended = ("online" if event.format == "online" else True) if held else False
        people[who] = builders.participant(
            event, target, roles=roles, email=email, attended=attended, **fields
        )
    return people


def _agenda(
    event: Event, demo: Demo, people: dict[str, Participant], honours: dict[str, Honour]
) -> None:
    sessions = [
        builders.session(
            event,
            event.start + datetime.timedelta(days=day),
            event.start + datetime.timedelta(days=day, hours=8),
            *four(titles),
            order=day,
        )
        for day, titles in enumerate(demo.days)
    ]
    for position, spec in enumerate(demo.items, start=1):
        fields: dict[str, Any] = {
            "speaker": people.get(spec.speaker),
            "honour": honours.get(spec.honour),
            "video_url": spec.video_url,
            "session": sessions[spec.day] if sessions else None,
        }
        if spec.kind == "motion":
            item = builders.item(event, position, spec.kind, titles=four(spec.title), **fields)
            motion = builders.motion(item, *four(spec.text))
            if spec.votes and motion.state != "closed" and demo.status == "held":
                actions.do_record_vote(motion, spec.votes, acting_user=None)
            continue
        builders.item(
            event,
            position,
            spec.kind,
            titles=four(spec.title),
            texts=four(spec.text),
            quotes=four(spec.quote),
            **fields,
        )


def _photos(event: Event, demo: Demo) -> None:
    from rostra.demo.content import photos

    images = {image.title: image for image in get_image_model().objects.all()}
    titles = {photo.key: photo.title for photo in photos()}
    for order, key in enumerate(demo.photos):
        image = images.get(titles.get(key, ""))
        if image is not None:
            EventPhoto.objects.get_or_create(
                event=event, image=image, defaults={"sort_order": order}
            )


CATEGORY_OF_KIND = {
    "congress": "congresses",
    "round-table": "round-tables",
    "ceremony": "commemorations",
    "screening": "partners",
}


def _filing(page: ArticlePage, event: Event, language: str) -> None:
    """What the report's editor would add: category, tags, the editor who files it."""
    from rostra.demo.content import association, in_language
    from rostra.news.models import Category

    key = CATEGORY_OF_KIND.get(event.kind.slug, "meetings")
    slug = in_language(association().categories[key], language).slug
    page.category = Category.objects.filter(locale=page.locale, slug=slug).first()
    owner = in_language(association().default_owner, language)
    page.owner = get_user_model().objects.filter(username=owner).first()
    with translation.override(language):
        page.tags.set([event.kind.name.lower(), *([event.city] if event.city else [])], clear=True)


def _views(page: ArticlePage) -> None:
    from rostra.news.models import ArticleStats

    views = 40 + zlib.crc32(f"{page.slug}/{page.locale_id}".encode()) % 400
    ArticleStats.objects.get_or_create(page=page, defaults={"views": views})


def _reports(event: Event, demo: Demo) -> int:
    """The report in the main language (generated, published) and its translations."""
    made = 0
    main = demo.languages[0]
    source = report.existing_report(event, main)
    if source is None:
        source = actions.do_generate_report(event, acting_user=None)
        source = source.get_latest_revision_as_object()  # a draft's gallery is in its revision
        _filing(source, event, main)
        source.save_revision(user=source.owner).publish(
            user=source.owner, skip_permission_checks=True
        )
        made += 1
    source = ArticlePage.objects.get(pk=source.pk)
    _views(source)
    for language in [code for code in demo.languages[1:] if code in configured_languages()]:
        locale = Locale.objects.get(language_code=language)
        if (existing := source.get_translation_or_none(locale)) is not None:
            _views(existing)
            continue
        translated = report.translate(event, language, acting_user=None)
        translated = translated.get_latest_revision_as_object()
        _filing(translated, event, language)
        translated.save_revision(user=translated.owner).publish(
            user=translated.owner, skip_permission_checks=True
        )
        translated = ArticlePage.objects.get(pk=translated.pk)
        _views(translated)
        made += 1
    return made


@transaction.atomic
def load_events_demo() -> dict[str, int]:
    """Create or update the demo events; returns counts of events and reports."""
    kinds = builders.ensure_kinds()
    honours = _honours()
    reports = 0
    demos = events()
    for demo in demos:
        event = _event(demo, kinds)
        people = _participants(event, demo)
        _agenda(event, demo, people, honours)
        _photos(event, demo)
        if demo.status == "held":
            reports += _reports(event, demo)
    return {
        "events": Event.objects.filter(slug__in=[d.slug for d in demos]).count(),
        "reports": EventReport.objects.count(),
        "new_report_pages": reports,
    }

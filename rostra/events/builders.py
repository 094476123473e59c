"""Building blocks for events in code: the demo loader and the tests use them.

They write directly (no permission checks, no e-mails): they stand for the system. Each is
idempotent by its natural key, so the demo can be loaded again.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Iterable
from typing import Any

from django.utils import timezone

from rostra.events.models import (
    AgendaItem,
    Event,
    EventKind,
    EventSession,
    Motion,
    Participant,
    ParticipantRole,
    ParticipantStatus,
)
from rostra.events.votes import yes_no_options
from rostra.org.builders import names
from rostra.org.models import PartnerOrganization, Person, Unit

KINDS = [
    ("online-meeting", "Online meeting", "Онлайн-встреча", "线上会议", "Online-Treffen"),
    ("meeting", "Meeting", "Встреча", "会议", "Treffen"),
    ("round-table", "Round table", "Круглый стол", "圆桌会议", "Runder Tisch"),
    ("congress", "Congress", "Съезд", "代表大会", "Kongress"),
    ("ceremony", "Ceremony", "Торжественная церемония", "仪式", "Feierstunde"),
    ("screening", "Screening", "Кинопоказ", "放映会", "Filmvorführung"),
]


def four(texts: Iterable[str]) -> tuple[str, str, str, str]:
    """The texts in (en, ru, zh-hans, de) order, the missing ones empty."""
    en, ru, zh, de = (*texts, "", "", "", "")[:4]
    return en, ru, zh, de


def ensure_kinds() -> dict[str, EventKind]:
    kinds = {}
    for order, (slug, en, ru, zh, de) in enumerate(KINDS):
        kinds[slug], _created = EventKind.objects.update_or_create(
            slug=slug, defaults={**names(en, ru, zh, de), "sort_order": order}
        )
    return kinds


def local(
    zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime.datetime:
    """An aware datetime from a wall-clock time in `zone`: local("Europe/Moscow", 2030, 5, 9)."""
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=zoneinfo.ZoneInfo(zone))


def event(
    slug: str,
    kind: EventKind,
    *,
    start: datetime.datetime,
    end: datetime.datetime,
    titles: tuple[str, ...] = (),
    summaries: tuple[str, ...] = (),
    organizers: Iterable[Unit] = (),
    partner_organizers: Iterable[PartnerOrganization] = (),
    **fields: Any,
) -> Event:
    en, ru, zh, de = four(titles)
    text = four(summaries)
    obj, _created = Event.objects.update_or_create(
        slug=slug,
        defaults={
            "kind": kind,
            "start": start,
            "end": end,
            **names(en, ru, zh, de, base="title"),
            **names(*text, base="summary"),
            **fields,
        },
    )
    obj.organizers.set(organizers)
    obj.partner_organizers.set(partner_organizers)
    return obj


def session(
    event: Event, start: datetime.datetime, end: datetime.datetime, *titles: str, order: int = 0
) -> EventSession:
    en, ru, zh, de = four(titles)
    obj, _created = EventSession.objects.update_or_create(
        event=event,
        sort_order=order,
        defaults={"start": start, "end": end, **names(en, ru, zh, de, base="title")},
    )
    return obj


def participant(
    event: Event,
    who: Person | str,
    *,
    roles: Iterable[str] = (),
    status: str = ParticipantStatus.ACCEPTED,
    email: str = "",
    attended: bool | str = False,
    **fields: Any,
) -> Participant:
    """A participant (a registry person, or a guest's name); `attended` True or "online"."""
    now = timezone.now()
    lookup: dict[str, Any]
    defaults: dict[str, Any]
    if isinstance(who, Person):
        lookup = {"event": event, "person": who}
        defaults = {"language": who.language}
    else:
        lookup = {"event": event, "name": who, "person": None}
        defaults = {"email": email}
    defaults.update(status=status, **fields)
    if status == ParticipantStatus.REGISTERED:
        defaults.setdefault("registered_at", now)
    else:
        defaults.setdefault("invited_at", now)
    if attended == "online":
        defaults.setdefault("online_at", event.start)
    elif attended:
        defaults.setdefault("checked_in_at", event.start)
    obj, _created = Participant.objects.update_or_create(**lookup, defaults=defaults)
    for role in roles:
        ParticipantRole.objects.get_or_create(participant=obj, role=role)
    return obj


def item(
    event: Event,
    position: int,
    kind: str,
    *,
    titles: tuple[str, ...] = (),
    texts: tuple[str, ...] = (),
    quotes: tuple[str, ...] = (),
    **fields: Any,
) -> AgendaItem:
    en, ru, zh, de = four(titles)
    obj, _created = AgendaItem.objects.update_or_create(
        event=event,
        position=position,
        defaults={
            "kind": kind,
            **names(en, ru, zh, de, base="title"),
            **names(*four(texts), base="text"),
            **names(*four(quotes), base="quote"),
            **fields,
        },
    )
    return obj


def motion(item: AgendaItem, *questions: str, **fields: Any) -> Motion:
    en, ru, zh, de = four(questions)
    fields.setdefault(
        "options", yes_no_options() if fields.get("kind", "yes_no") == "yes_no" else []
    )
    obj, _created = Motion.objects.update_or_create(
        item=item, defaults={**names(en, ru, zh, de, base="question"), **fields}
    )
    return obj

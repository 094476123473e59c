"""A meeting to try the room with: an event, a chair, delegates, a guest and an observer.

Used by the tests, the browser test and `bench/live_vote.py` (thousands of delegates made with
bulk inserts).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from rostra.events.models import (
    AgendaItem,
    AgendaKind,
    Event,
    EventFormat,
    EventKind,
    Motion,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Role,
    new_code,
    new_token,
)


@dataclass
class Meeting:
    event: Event
    chair: Participant
    delegates: list[Participant]
    guest: Participant
    observer: Participant
    items: list[AgendaItem] = field(default_factory=list)


def participant(
    event: Event, name: str, *roles: str, user: User | None = None, **fields: Any
) -> Participant:
    fields.setdefault("status", ParticipantStatus.ACCEPTED)
    p = Participant.objects.create(event=event, name=name, user=user, **fields)
    for role in roles:
        ParticipantRole.objects.create(participant=p, role=role)
    return p


def meeting(
    slug: str = "congress",
    delegates: int = 3,
    event_format: str = EventFormat.HYBRID,
    chair_user: User | None = None,
    speaking_limit: int | None = 120,
) -> Meeting:
    kind, _created = EventKind.objects.get_or_create(
        slug="congress", defaults={"name_en": "Congress"}
    )
    start = timezone.now() - datetime.timedelta(hours=1)
    event = Event.objects.create(
        slug=slug,
        kind=kind,
        format=event_format,
        status="planned",
        title_en="Annual Congress",
        title_ru="Ежегодный съезд",
        title_de="Jahreskongress",
        title_zh_hans="年度大会",
        start=start,
        end=start + datetime.timedelta(hours=8),
    )
    chair = participant(event, "Clara Chair", Role.CHAIR, Role.DELEGATE, user=chair_user)
    people = bulk_delegates(event, delegates) if delegates else []
    guest = participant(event, "Gustav Guest", Role.GUEST)
    observer = participant(event, "Olga Observer", Role.OBSERVER)
    items = [
        AgendaItem.objects.create(
            event=event,
            position=1,
            kind=AgendaKind.DISCUSSION,
            title_en="Annual report",
            title_ru="Годовой отчёт",
            speaking_limit=speaking_limit,
        ),
        AgendaItem.objects.create(
            event=event,
            position=2,
            kind=AgendaKind.MOTION,
            title_en="Elections",
            title_ru="Выборы",
        ),
    ]
    return Meeting(event, chair, people, guest, observer, items)


def bulk_delegates(event: Event, n: int, prefix: str = "Delegate") -> list[Participant]:
    width = len(str(n))
    people = Participant.objects.bulk_create(
        [
            Participant(
                event=event,
                name=f"{prefix} {i:0{width}d}",
                status=ParticipantStatus.ACCEPTED,
                token=new_token(),
                code=new_code() + f"{i:04d}"[-4:],
                sort_order=i,
            )
            for i in range(1, n + 1)
        ],
        batch_size=500,
    )
    if not all(p.pk for p in people):  # backends without RETURNING ids
        people = list(Participant.objects.filter(event=event, name__startswith=prefix))
    ParticipantRole.objects.bulk_create(
        [ParticipantRole(participant=p, role=Role.DELEGATE) for p in people], batch_size=500
    )
    return people


def yes_no(item: AgendaItem, question: str = "Adopt the annual report?", **fields: Any) -> Motion:
    return Motion.objects.create(item=item, question_en=question, **fields)


def choice(
    item: AgendaItem, labels: list[str], question: str = "Elect the treasurer", **fields: Any
) -> Motion:
    options = [{"key": f"o{n}", "label_en": label} for n, label in enumerate(labels, 1)]
    return Motion.objects.create(
        item=item, question_en=question, kind="choice", options=options, **fields
    )

"""An event's record read as one structure: who came in which role, what was said, what was
decided. The minutes page, the minutes PDF, the report and the public event page all read it,
so they never disagree.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy

from rostra.events import votes
from rostra.events.models import (
    CONFIRMED_STATUSES,
    AgendaItem,
    AgendaKind,
    Event,
    Motion,
    Participant,
    Role,
)
from rostra.org.i18n import localized

# The order roles are listed in; a participant is listed under the first role they hold.
ROLE_ORDER = [Role.CHAIR, Role.PRESIDIUM, Role.SPEAKER, Role.DELEGATE, Role.GUEST, Role.OBSERVER]

# The heading of each group of attendees in the record, the minutes and the report.
GROUP_LABELS = {
    Role.CHAIR.value: gettext_lazy("Chair"),
    Role.PRESIDIUM.value: gettext_lazy("Members of the presidium"),
    Role.SPEAKER.value: gettext_lazy("Speakers"),
    Role.DELEGATE.value: gettext_lazy("Delegates"),
    Role.GUEST.value: gettext_lazy("Invited guests"),
    Role.OBSERVER.value: gettext_lazy("Observers"),
    "": gettext_lazy("Participants"),
}


def participant_name(participant: Participant | None) -> str:
    if participant is None:
        return ""
    if participant.person_id:
        return participant.person.name
    return participant.name


def organization_name(participant: Participant) -> str:
    """Whom the participant represents here: a partner, one of our units, or an affiliation."""
    if participant.representing_partner_id:
        return participant.representing_partner.name
    if participant.representing_unit_id:
        return participant.representing_unit.name
    return participant.affiliation


@dataclass
class RoleGroup:
    role: str
    label: str
    # [(organization name or "", [participant names])], in order of first appearance
    organizations: list[tuple[str, list[str]]]

    @property
    def count(self) -> int:
        return sum(len(names) for _org, names in self.organizations)


@dataclass
class MotionRecord:
    motion: Motion
    question: str
    result: str
    options: list[tuple[str, int]]


@dataclass
class ItemRecord:
    item: AgendaItem
    kind: str
    kind_label: str
    title: str
    speaker: str
    speaker_organization: str
    text: str
    quote: str
    honour: str = ""
    honour_recipient: str = ""
    video_url: str = ""
    motions: list[MotionRecord] = field(default_factory=list)
    attachments: list = field(default_factory=list)


@dataclass
class Record:
    event: Event
    language: str
    attendance_recorded: bool
    presidium: list[tuple[str, str]]  # (name, organization)
    groups: list[RoleGroup]
    items: list[ItemRecord]

    @property
    def speakers(self) -> list[str]:
        seen: list[str] = []
        for item in self.items:
            if item.speaker and item.speaker not in seen:
                seen.append(item.speaker)
        return seen

    @property
    def decisions(self) -> list[MotionRecord]:
        return [m for item in self.items for m in item.motions]

    @property
    def ceremonies(self) -> list[ItemRecord]:
        return [i for i in self.items if i.kind == AgendaKind.CEREMONY]


def participants_of(event: Event):
    return event.participants.select_related(
        "person", "representing_unit", "representing_partner"
    ).prefetch_related("roles")


def build(event: Event, language: str | None = None) -> Record:
    """The record of `event` with texts in `language` (default: the active one).

    Attendees are those whose attendance was recorded (checked in at the door or present
    online); before any attendance is recorded (a plan), those holding a seat.
    """
    language = language or translation.get_language() or event.main_language
    with translation.override(language):
        everyone = list(participants_of(event).filter(status__in=CONFIRMED_STATUSES))
        attended = [p for p in everyone if p.attended]
        recorded = bool(attended)
        present = attended if recorded else everyone
        presidium = [
            (participant_name(p), organization_name(p))
            for p in present
            if p.has_role(Role.PRESIDIUM) or p.has_role(Role.CHAIR)
        ]
        by_role: OrderedDict[str, OrderedDict[str, list[str]]] = OrderedDict(
            (role.value, OrderedDict()) for role in ROLE_ORDER
        )
        by_role[""] = OrderedDict()
        for p in present:
            held = p.role_set()
            role = next((r.value for r in ROLE_ORDER if r.value in held), "")
            by_role[role].setdefault(organization_name(p), []).append(participant_name(p))
        groups = [
            RoleGroup(role=role, label=str(GROUP_LABELS[role]), organizations=list(orgs.items()))
            for role, orgs in by_role.items()
            if orgs
        ]
        items = [_item(item, language) for item in _agenda(event)]
    return Record(
        event=event,
        language=language,
        attendance_recorded=recorded,
        presidium=presidium,
        groups=groups,
        items=items,
    )


def _agenda(event: Event):
    return (
        event.agenda.select_related(
            "speaker__person",
            "speaker__representing_unit",
            "speaker__representing_partner",
            "honour__recipient_person",
            "honour__recipient_partner",
            "honour__recipient_unit",
            "video",
            "session",
        )
        .prefetch_related(
            Prefetch("motions", queryset=Motion.objects.order_by("pk")),
            "attachments__document",
        )
        .order_by("position", "pk")
    )


def _item(item: AgendaItem, language: str) -> ItemRecord:
    honour = item.honour
    recipient = honour.recipient if honour else None
    recipient_name = ""
    if recipient is not None:
        recipient_name = getattr(recipient, "name", "") or str(recipient)
    video_url = item.video.url if item.video_id else item.video_url
    return ItemRecord(
        item=item,
        kind=item.kind,
        kind_label=str(item.get_kind_display()),
        title=localized(item, "title", language),
        speaker=participant_name(item.speaker),
        speaker_organization=organization_name(item.speaker) if item.speaker else "",
        text=localized(item, "text", language),
        quote=localized(item, "quote", language),
        honour=localized(honour, "title", language) if honour else "",
        honour_recipient=recipient_name,
        video_url=video_url,
        motions=[
            MotionRecord(
                motion=m,
                question=localized(m, "question", language),
                result=votes.result_phrase(m, language),
                options=[
                    (votes.option_label(o, language), m.result.get(o["key"], 0))
                    for o in votes.options_of(m)
                ],
            )
            for m in item.motions.all()
        ],
        attachments=list(item.attachments.all()),
    )

"""An event's record read as one structure: who came in which role, what was said, what was
decided. The minutes page, the minutes PDF, the report and the public event page all read it,
so they never disagree.

Every text carries the language it was found in: a speech kept only in English is still
printed in a Russian record, and the record says that it needs translating.
"""

from __future__ import annotations

import datetime
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from rostra.events import votes
from rostra.events.models import (
    CONFIRMED_STATUSES,
    PUBLIC_ROLES,
    AgendaItem,
    AgendaKind,
    Event,
    Motion,
    Participant,
    Role,
)
from rostra.org.i18n import language_codes, localized, suffix
from rostra.org.models import Membership, MembershipType, PartnerOrganization, Position

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


@dataclass(frozen=True)
class Text:
    """A text of the record and the language it is written in ("" when empty)."""

    value: str = ""
    language: str = ""

    def __bool__(self) -> bool:
        return bool(self.value)

    def __str__(self) -> str:
        return self.value

    def foreign_to(self, language: str) -> bool:
        return bool(self.value) and self.language != language


def text_in(obj: object, base: str, language: str) -> Text:
    """`localized`, but saying which language the value was found in."""
    if obj is None:
        return Text()
    for code in [language, settings.LANGUAGE_CODE, *language_codes()]:
        value = getattr(obj, f"{base}_{suffix(code)}", "")
        if value:
            return Text(value, code)
    return Text()


def lower_first(value: str) -> str:
    """Russian writes a position in apposition in lower case: «Ли Вэй, председатель …»."""
    if len(value) > 1 and value[0].isupper() and not value[1].isupper():
        return value[0].lower() + value[1:]
    return value


@dataclass
class Attendee:
    """A participant as the record names them, in the record's language."""

    participant: Participant
    name: str
    position: str  # "Chairman of the Coordinating Committee", or ""
    organization: str  # the unit or partner represented, or ""
    affiliation: str  # a guest's own words ("video blogger ..."), never an organization
    candidate: bool
    roles: set[str]
    line: str  # "Li Wei, Chairman of the Coordinating Committee"
    description: str  # the part after the name

    @property
    def partner(self) -> PartnerOrganization | None:
        return self.participant.representing_partner

    @property
    def listed_name(self) -> str:
        """The name in a list: a candidate member says so."""
        if self.candidate:
            return _("candidate member %(name)s") % {"name": self.name}
        return self.name


# German writes a participle adjective before an office in lower case inside a sentence ("Anna
# Sokolowa, stellvertretende Vorsitzende …"), as Russian does the whole position; the office's
# noun keeps its capital, and so do titles like "Erster Sekretär", so only "-end-" words go.
GERMAN_PARTICIPLE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*ende[rsnm]? (?=[A-ZÄÖÜ])")


def in_apposition(position: str, language: str) -> str:
    """The position as it reads after a name and a comma in `language`."""
    if language == "ru":
        return lower_first(position)
    if language == "de" and GERMAN_PARTICIPLE.match(position):
        return position[0].lower() + position[1:]
    return position


def describe(
    position: str, organization: str, affiliation: str, language: str, named: bool = False
) -> str:
    """Position and organization as one phrase, without repeating an organization that the
    position names already ("Chairman of the Coordinating Committee")."""
    with translation.override(language):
        position = in_apposition(position, language)
        named = named or organization.lower() in position.lower()
        if position and organization and not named:
            pattern = pgettext("position at organization", "%(position)s, %(organization)s")
            if "(" in organization or "（" in organization:
                # No parentheses inside parentheses: «атташе, Посольство Норланда (отдел …)».
                pattern = pgettext(
                    "position at organization in parentheses", "%(position)s, %(organization)s"
                )
            return pattern % {
                "position": position,
                "organization": organization,
            }
        return position or organization or affiliation


def person_line(name: str, description: str, language: str) -> str:
    if not description:
        return name
    with translation.override(language):
        return pgettext("person with position", "%(name)s, %(description)s") % {
            "name": name,
            "description": description,
        }


def candidates_among(person_ids: set[int], day: datetime.date) -> set[int]:
    """The people who are candidate members on `day` (not yet members): lists and the report
    say so, so that a candidate is not taken for a member."""
    kinds: dict[int, set[str]] = {}
    for person_id, kind in (
        Membership.objects.active(day)
        .filter(person_id__in=person_ids)
        .values_list("person_id", "type")
    ):
        kinds.setdefault(person_id, set()).add(kind)
    return {
        pk
        for pk, held in kinds.items()
        if MembershipType.CANDIDATE in held
        and not held & {MembershipType.MEMBER, MembershipType.HONORARY}
    }


def mark_candidates(participants: list[Participant], event: Event) -> None:
    """Give each participant `listed_name`: the name, "candidate member …" for a candidate."""
    day = event.local_start().date()
    candidates = candidates_among({p.person_id for p in participants if p.person_id}, day)
    for p in participants:
        name = p.display_name
        p.listed_name = (  # type: ignore[attr-defined]  # for the lists' templates
            _("candidate member %(name)s") % {"name": name} if p.person_id in candidates else name
        )


class _People:
    """Positions and memberships of the record's people, read once."""

    def __init__(self, participants: list[Participant], event: Event) -> None:
        ids = {p.person_id for p in participants if p.person_id}
        day = event.local_start().date()
        # By person id; a guest (no person, None) finds none.
        self.positions: dict[int | None, list[Position]] = {}
        for position in (
            Position.objects.current(day)
            .filter(person_id__in=ids, is_public=True)
            .order_by("sort_order", "start_date", "pk")
        ):
            self.positions.setdefault(position.person_id, []).append(position)
        self.candidates = candidates_among(ids, day)

    def position(self, participant: Participant, language: str) -> tuple[str, bool]:
        """The position's title in `language`, and whether it names its organization already
        (a unit's office does: "Chairman of the Coordinating Committee"; a partner's
        "Director" does not)."""
        own = getattr(participant, f"position_{suffix(language)}", "")
        if own:
            return own, False
        held = self.positions.get(participant.person_id, [])
        preferred = [
            p
            for p in held
            if (p.unit_id and p.unit_id == participant.representing_unit_id)
            or (p.partner_id and p.partner_id == participant.representing_partner_id)
        ]
        for position in preferred or held:
            # Only in this language: an English title inside a Chinese sentence reads wrong.
            title = getattr(position, f"title_{suffix(language)}", "")
            if title:
                named = (
                    bool(position.unit_id) and position.unit_id == participant.representing_unit_id
                )
                return title, named
        return "", False


def participant_name(participant: Participant | None, language: str | None = None) -> str:
    if participant is None:
        return ""
    if participant.person_id:
        return localized(participant.person, "name", language, fallback="original_name")
    return participant.name


def organization_name(participant: Participant, language: str | None = None) -> str:
    """Whom the participant represents here: a partner or one of our units ("" for none).

    A guest's free-text affiliation is not an organization (see `Attendee.affiliation`)."""
    if participant.representing_partner_id:
        return localized(participant.representing_partner, "name", language)
    if participant.representing_unit_id:
        return localized(participant.representing_unit, "name", language)
    return ""


@dataclass
class RoleGroup:
    role: str
    label: str
    # [(organization name or "", [names as listed])], in order of first appearance
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
    title: str = ""
    verdict: str = ""  # "adopted unanimously", "not adopted" ...
    counts: str = ""  # "Yes: 6, No: 0, Abstain: 0"

    @property
    def closed(self) -> bool:
        return self.motion.state == "closed"


@dataclass
class ItemRecord:
    item: AgendaItem
    kind: str
    kind_label: str
    title: Text
    speaker: str
    speaker_organization: str
    text: Text
    quote: Text
    speaker_line: str = ""
    speaker_description: str = ""
    honour: str = ""
    honour_recipient: str = ""
    presenter: str = ""
    video_url: str = ""
    motions: list[MotionRecord] = field(default_factory=list)
    attachments: list[Any] = field(default_factory=list[Any])
    session: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.value.split("\n\n") if p.strip()]


@dataclass
class Record:
    event: Event
    language: str
    attendance_recorded: bool
    chair: list[Attendee]
    presidium: list[Attendee]
    groups: list[RoleGroup]
    items: list[ItemRecord]
    attendees: list[Attendee]

    @property
    def speakers(self) -> list[str]:
        seen: list[str] = []
        for item in self.items:
            if item.speaker and item.speaker not in seen:
                seen.append(item.speaker)
        return seen

    @property
    def speaker_lines(self) -> list[str]:
        seen: list[str] = []
        for item in self.items:
            if item.speaker_line and item.speaker_line not in seen:
                seen.append(item.speaker_line)
        return seen

    @property
    def decisions(self) -> list[MotionRecord]:
        return [m for item in self.items for m in item.motions if m.closed]

    @property
    def ceremonies(self) -> list[ItemRecord]:
        return [i for i in self.items if i.kind == AgendaKind.CEREMONY]

    @property
    def partners(self) -> list[str]:
        """Partner organizations represented by someone other than an observer (the press)."""
        names: list[str] = []
        for attendee in self.attendees:
            if attendee.partner is None or attendee.roles == {Role.OBSERVER.value}:
                continue
            if attendee.organization not in names:
                names.append(attendee.organization)
        return names

    @property
    def public_people(self) -> list[Attendee]:
        """Chair, presidium and speakers: whom the public page names."""
        return [a for a in self.attendees if a.roles & {r.value for r in PUBLIC_ROLES}]


def participants_of(event: Event) -> QuerySet[Participant]:
    return event.participants.select_related(
        "person", "representing_unit", "representing_partner"
    ).prefetch_related("roles")


def _attendee(p: Participant, people: _People, language: str) -> Attendee:
    name = participant_name(p, language)
    position, named = people.position(p, language)
    organization = organization_name(p, language)
    description = describe(position, organization, p.affiliation, language, named)
    return Attendee(
        participant=p,
        name=name,
        position=position,
        organization=organization,
        affiliation=p.affiliation,
        candidate=p.person_id in people.candidates,
        roles=p.role_set(),
        line=pgettext("person with affiliation", "%(name)s (%(affiliation)s)")
        % {"name": name, "affiliation": p.affiliation}
        if description and not position and not organization
        else person_line(name, description, language),
        description=description,
    )


def build(event: Event, language: str | None = None) -> Record:
    """The record of `event` with texts in `language` (default: the active one).

    Attendees are those who were there by any route (checked in at the door, present online,
    or marked present by the organizer); before any attendance is recorded (a plan), those
    holding a seat.
    """
    language = language or translation.get_language() or event.main_language
    with translation.override(language):
        everyone = list(participants_of(event).filter(status__in=CONFIRMED_STATUSES))
        attended = [p for p in everyone if p.attended]
        recorded = bool(attended)
        present = attended if recorded else everyone
        people = _People(everyone, event)
        attendees = [_attendee(p, people, language) for p in present]
        by_pk = {a.participant.pk: a for a in attendees}
        chair = [a for a in attendees if Role.CHAIR.value in a.roles]
        presidium = [a for a in attendees if Role.PRESIDIUM.value in a.roles]
        by_role: OrderedDict[str, OrderedDict[str, list[str]]] = OrderedDict(
            (role.value, OrderedDict()) for role in ROLE_ORDER
        )
        by_role[""] = OrderedDict()
        for a in attendees:
            role = next((r.value for r in ROLE_ORDER if r.value in a.roles), "")
            listed = a.listed_name
            if not a.organization and a.affiliation:
                listed = pgettext("person with affiliation", "%(name)s (%(affiliation)s)") % {
                    "name": listed,
                    "affiliation": a.affiliation,
                }
            by_role[role].setdefault(a.organization, []).append(listed)
        groups = [
            RoleGroup(role=role, label=str(GROUP_LABELS[role]), organizations=list(orgs.items()))
            for role, orgs in by_role.items()
            if orgs
        ]
        extra = {p.pk: _attendee(p, people, language) for p in everyone if p.pk not in by_pk}
        items = [_item(item, language, {**extra, **by_pk}) for item in _agenda(event)]
    return Record(
        event=event,
        language=language,
        attendance_recorded=recorded,
        chair=chair,
        presidium=presidium,
        groups=groups,
        items=items,
        attendees=attendees,
    )


def _agenda(event: Event) -> QuerySet[AgendaItem]:
    return (
        event.agenda.select_related(
            "speaker__person",
            "speaker__representing_unit",
            "speaker__representing_partner",
            "recipient__person",
            "recipient_partner",
            "presented_by__person",
            "presented_by_partner",
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


def _line_of(participant: Participant | None, known: dict[int, Attendee], language: str) -> str:
    if participant is None:
        return ""
    attendee = known.get(participant.pk)
    return attendee.line if attendee else participant_name(participant, language)


def verdict(motion: Motion, language: str) -> str:
    """The decision in words, lower case, for use inside a sentence."""
    with translation.override(language):
        if motion.state != "closed":
            return _("not yet voted")
        if motion.kind == "choice" and motion.winner:
            return _("decided")
        if motion.adopted and motion.unanimous:
            return _("adopted unanimously")
        if motion.adopted:
            return _("adopted")
        if motion.quorum_reached is False:
            return _("not adopted for want of a quorum")
        return _("not adopted")


def _item(item: AgendaItem, language: str, known: dict[int, Attendee]) -> ItemRecord:
    honour = item.honour
    recipient = ""
    if item.recipient_id:
        recipient = _line_of(item.recipient, known, language)
    elif item.recipient_partner_id:
        recipient = localized(item.recipient_partner, "name", language)
    elif honour is not None and honour.recipient is not None:
        who = honour.recipient
        recipient = localized(who, "name", language, fallback="original_name") or str(who)
        if honour.recipient_person_id:
            match = next(
                (
                    a
                    for a in known.values()
                    if a.participant.person_id == honour.recipient_person_id
                ),
                None,
            )
            recipient = match.line if match else recipient
    presenter = ""
    if item.presented_by_id:
        presenter = _line_of(item.presented_by, known, language)
    elif item.presented_by_partner_id:
        presenter = localized(item.presented_by_partner, "name", language)
    elif item.kind == AgendaKind.CEREMONY and item.speaker_id:
        presenter = _line_of(item.speaker, known, language)
    video_url = item.video.url if item.video is not None else item.video_url
    speaker = known.get(item.speaker_id) if item.speaker_id else None
    motions = []
    for m in item.motions.all():
        options = [
            (votes.count_label(o, language), m.result.get(o["key"], 0)) for o in votes.options_of(m)
        ]
        motions.append(
            MotionRecord(
                motion=m,
                question=localized(m, "question", language),
                result=votes.result_phrase(m, language),
                options=options,
                title=localized(item, "title", language),
                verdict=verdict(m, language),
                counts=", ".join(f"{label}: {count}" for label, count in options),
            )
        )
    return ItemRecord(
        item=item,
        kind=item.kind,
        kind_label=str(item.get_kind_display()),
        title=text_in(item, "title", language),
        speaker=participant_name(item.speaker, language),
        speaker_organization=organization_name(item.speaker, language) if item.speaker else "",
        speaker_line=speaker.line
        if speaker
        else _line_of(item.speaker, known, language)
        if item.speaker
        else "",
        speaker_description=speaker.description if speaker else "",
        text=text_in(item, "text", language),
        quote=text_in(item, "quote", language),
        honour=localized(honour, "title", language) if honour else "",
        honour_recipient=recipient,
        presenter=presenter,
        video_url=video_url,
        motions=motions,
        attachments=list(item.attachments.all()),
        session=localized(item.session, "title", language) if item.session_id else "",
    )


def organization_title(language: str | None = None) -> str:
    """The organization's own name (the root unit of the registry), else the site's name."""
    from rostra.org.models import Unit, UnitKind

    root = (
        Unit.objects.filter(kind=UnitKind.ORGANIZATION, parent__isnull=True)
        .order_by("sort_order", "pk")
        .first()
    )
    return localized(root, "name", language) if root else settings.WAGTAIL_SITE_NAME


def place_line(event: Event, language: str) -> str:
    """Venue, address, city, country — in `language` where the event has them in it."""
    parts = [
        localized(event, "venue_name", language, fallback="venue_name"),
        localized(event, "venue_address", language, fallback="venue_address"),
        localized(event, "city", language, fallback="city"),
        localized(event, "country", language, fallback="country"),
    ]
    with translation.override(language):
        return pgettext("place separator", ", ").join(p for p in parts if p)


def secretary_of(record: Record) -> str:
    """The attendee who is secretary of an organizing unit (keeps the minutes), or ""."""
    from rostra.org.models import PositionRole

    units = set(record.event.organizers.values_list("pk", flat=True))
    day = record.event.local_start().date()
    people = {a.participant.person_id: a for a in record.attendees if a.participant.person_id}
    secretary = (
        Position.objects.current(day)
        .filter(person_id__in=people, unit_id__in=units, role=PositionRole.SECRETARY)
        .order_by("sort_order", "pk")
        .first()
    )
    return people[secretary.person_id].name if secretary else ""

"""The invented association's registry: units, people, memberships, partners, honours, dates.

Everything here is invented for the demo and read from registry.yaml: the association, its
towns, its people (the stories' named people, and a crowd whose names are common ones in each
script, combined at fixed positions), its partners and its dates. `load_org_demo()` can run
any number of times: it updates what it made before.
"""

from __future__ import annotations

import datetime

from django.db import transaction

from rostra.demo.content import association
from rostra.org import builders as b
from rostra.org.demo.data import people_names, registry, texts_fields
from rostra.org.demo.places import place
from rostra.org.demo.types import HonourData
from rostra.org.models import (
    CommemorativeDate,
    ConsentKind,
    Honour,
    Membership,
    PartnerOrganization,
    Person,
    Position,
    Unit,
)

D = datetime.date


@transaction.atomic
def load_org_demo() -> dict[str, int]:
    """Create or update the demo registry; returns how many of each kind exist afterwards."""
    data = registry()
    units: dict[str, Unit] = {}
    for order, spec in enumerate(data.units):
        name = association().name if spec.slug == "association" else spec.name
        units[spec.slug] = Unit.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "kind": spec.kind,
                "parent": units[spec.parent] if spec.parent else None,
                "sort_order": order,
                **texts_fields(name, "name"),
                **place(spec.country, "country"),
                **(texts_fields(spec.description, "description") if spec.description else {}),
            },
        )[0]

    partners = {
        spec.slug: PartnerOrganization.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "kind": spec.kind,
                **texts_fields(spec.name, "name"),
                **place(spec.country, "country"),
                **place(spec.city, "city"),
                "contact_email": f"contact@{spec.slug}.example.org",
            },
        )[0]
        for spec in data.partners
    }

    people = _people(units)
    _memberships(units, people)
    for spec in data.positions:
        b.position(
            people[spec.who],
            spec.title["en"],
            unit=units[spec.unit] if spec.unit else None,
            partner=partners[spec.partner] if spec.partner else None,
            role=spec.role,
            start=spec.start,
            end=spec.end,
            ru=spec.title.get("ru", ""),
            zh=spec.title.get("zh-hans", ""),
            de=spec.title.get("de", ""),
            sort_order=spec.order,
        )
    for spec in data.honours:
        save_honour(spec, people=people, units=units, partners=partners)
    for spec in data.dates:
        CommemorativeDate.objects.update_or_create(
            month=spec.date.month,
            day=spec.date.day,
            title_en=spec.title["en"],
            defaults={
                "year": spec.date.year,
                "category": spec.category,
                **texts_fields(spec.title, "title"),
                **texts_fields(data.date_note, "note"),
                "lead_days": 180 if spec.category == "organization" else None,
            },
        )
    return registry_counts()


def registry_counts() -> dict[str, int]:
    """How many of each kind of registry record exist."""
    return {
        "units": Unit.objects.count(),
        "people": Person.objects.count(),
        "memberships": Membership.objects.count(),
        "positions": Position.objects.count(),
        "partners": PartnerOrganization.objects.count(),
        "honours": Honour.objects.count(),
        "commemorative dates": CommemorativeDate.objects.count(),
    }


def _people(units: dict[str, Unit]) -> dict[str, Person]:
    """The crowd (made-up names), with the named people of the stories in their places."""
    data = registry()
    crowd = people_names()
    refs = {ref for ref, _original, _names in crowd}
    crowd += [(ref, "", {}) for ref in data.named if ref not in refs]
    people: dict[str, Person] = {}
    for index, (ref, original, names) in enumerate(crowd):
        group, number = ref.split("-")
        number = int(number)
        named = data.named.get(ref)
        partner_rep = number >= 19  # the last two of each group speak for partners
        public = number <= 4 or number in (10, 19) or (named is not None and named.public)
        consents = [ConsentKind.EMAIL] if number % 4 != 3 else []
        if public:
            consents.append(ConsentKind.PUBLIC_PROFILE)
        if named is not None:
            original, names = named.original, texts_fields(named.name, "name")
            language = named.language
            home = units.get(named.home or data.crowd.get(group, ""))
        else:
            language = {"cn": "zh-hans", "ru": "ru", "de": "de"}[group]
            home = units[data.crowd[group]]
        if partner_rep:
            home = None
        bio = {}
        if public:
            bio = texts_fields(
                {
                    code: text.format(name=names.get(f"name_{b.suffix(code)}", ""))
                    for code, text in data.bio.items()
                },
                "bio",
            )
        people[ref] = b.person(
            ref,
            original,
            names.get("name_en", ""),
            names.get("name_ru", ""),
            names.get("name_zh_hans", ""),
            names.get("name_de", ""),
            home_unit=home,
            consents=tuple(consents),
            email=f"{ref}@example.org",
            phone=f"+00 555 {index:04d}",
            language=language,
            public_profile=public,
            **bio,
        )
    return people


def _memberships(units: dict[str, Unit], people: dict[str, Person]) -> None:
    """Every member of a chapter, with dates and statuses of every kind; then the
    committees' members as the file lists them."""
    named, crowd = registry().named, registry().crowd
    for ref, who in people.items():
        if who.home_unit is None:
            continue
        group, number = ref.split("-")[0], int(ref.split("-")[1])
        if group not in crowd:  # a named person outside the crowd: an ordinary member
            start = named[ref].member_since or D(2015, 1, 1)
            b.membership(who, who.home_unit, "member", start)
            continue
        type_ = {
            1: "honorary",
            5: "activist",
            6: "activist",
            13: "candidate",
            14: "candidate",
            15: "candidate",
        }.get(number, "member")
        start = D(2005 + number % 15, 1 + number % 12, 1 + number % 27)
        if ref in named and named[ref].member_since:
            start = named[ref].member_since
        end = None
        extra = {}
        if number == 16:  # lapsed and in its grace period, or long expired
            end = D(2025, 12, 31)
        elif number == 17:
            end = D(2019, 12, 31)
        elif number == 12:
            extra = {"manual_status": "suspended", "manual_status_date": D(2024, 3, 1)}
        elif number == 18:
            extra = {"manual_status": "left", "manual_status_date": D(2023, 9, 30)}
        b.membership(who, who.home_unit, type_, start, end, **extra)
    for group in registry().memberships:
        for ref in group.people:
            b.membership(people[ref], units[group.unit], group.type, group.since, group.until)


def party(
    value: str,
    *,
    people: dict[str, Person],
    units: dict[str, Unit],
    partners: dict[str, PartnerOrganization],
) -> tuple[str, object]:
    """("person" | "unit" | "partner", the record) for "ref", "unit:slug" or "partner:slug"."""
    kind, _sep, slug = value.rpartition(":")
    if kind == "unit":
        return "unit", units.get(slug) or Unit.objects.get(slug=slug)
    if kind == "partner":
        return "partner", partners.get(slug) or PartnerOrganization.objects.get(slug=slug)
    return "person", people.get(slug) or Person.objects.get(ref=slug)


def save_honour(
    spec: HonourData,
    *,
    people: dict[str, Person] | None = None,
    units: dict[str, Unit] | None = None,
    partners: dict[str, PartnerOrganization] | None = None,
) -> Honour:
    """The honour `spec` describes, created or updated (found by kind, title, date and
    recipient)."""
    found = {"people": people or {}, "units": units or {}, "partners": partners or {}}
    kind, recipient = party(spec.to, **found)
    givers = dict(party(value, **found) for value in spec.by)
    honour, _created = Honour.objects.update_or_create(
        kind=spec.kind,
        title_en=spec.title["en"],
        date=spec.date,
        **{f"recipient_{kind}": recipient},
        defaults={
            **texts_fields(spec.title, "title"),
            **texts_fields(spec.occasion, "occasion"),
            **{f"given_by_{k}": v for k, v in givers.items()},
        },
    )
    return honour

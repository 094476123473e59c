"""Building blocks for registry content in code: the demo loader and the tests use them.

They write directly (no permission checks): they stand for the system, not for a user.
"""

from __future__ import annotations

import datetime

from rostra.org.i18n import language_codes, suffix
from rostra.org.models import (
    ConsentKind,
    Membership,
    PartnerOrganization,
    Person,
    Position,
    Unit,
)


def names(
    en: str, ru: str = "", zh: str = "", de: str = "", base: str = "name", **others: str
) -> dict:
    """{'name_en': en, 'name_ru': ru, ...} for the configured languages.

    The four shipped languages by position; any other by its code (`es="…"`, `zh_hant="…"`).
    A language not configured in settings is left out, one without a value stays empty.
    """
    given = {"en": en, "ru": ru, "zh_hans": zh, "de": de, **others}
    return {f"{base}_{suffix(code)}": given.get(suffix(code), "") for code in language_codes()}


def unit(
    slug: str,
    kind: str,
    en: str,
    ru: str = "",
    zh: str = "",
    de: str = "",
    parent: Unit | None = None,
    **fields,
) -> Unit:
    obj, _ = Unit.objects.update_or_create(
        slug=slug, defaults={"kind": kind, "parent": parent, **names(en, ru, zh, de), **fields}
    )
    return obj


def person(
    ref: str,
    original: str,
    en: str = "",
    ru: str = "",
    zh: str = "",
    de: str = "",
    home_unit: Unit | None = None,
    consents: tuple[str, ...] = (),
    **fields,
) -> Person:
    obj, _ = Person.objects.update_or_create(
        ref=ref,
        defaults={
            "original_name": original,
            "home_unit": home_unit,
            **names(en, ru, zh, de),
            **fields,
        },
    )
    for kind in consents:
        if not obj.consents.filter(kind=kind, withdrawn_at__isnull=True).exists():
            obj.consents.create(kind=kind, note="builder")
    return obj


def membership(
    who: Person,
    where: Unit,
    type: str = "member",
    start: datetime.date = datetime.date(2020, 1, 1),
    end: datetime.date | None = None,
    **fields,
) -> Membership:
    obj, _ = Membership.objects.update_or_create(
        person=who,
        unit=where,
        start_date=start,
        defaults={"type": type, "end_date": end, **fields},
    )
    return obj


def position(
    who: Person,
    title_en: str,
    *,
    unit: Unit | None = None,
    partner: PartnerOrganization | None = None,
    role: str = "other",
    start: datetime.date = datetime.date(2020, 1, 1),
    end: datetime.date | None = None,
    ru: str = "",
    zh: str = "",
    de: str = "",
    **fields,
) -> Position:
    obj, _ = Position.objects.update_or_create(
        person=who,
        unit=unit,
        partner=partner,
        role=role,
        start_date=start,
        defaults={"end_date": end, **names(title_en, ru, zh, de, base="title"), **fields},
    )
    return obj


PUBLIC = (ConsentKind.PUBLIC_PROFILE,)


def partner(
    slug: str, kind: str, en: str, ru: str = "", zh: str = "", de: str = "", **fields
) -> PartnerOrganization:
    obj, _ = PartnerOrganization.objects.update_or_create(
        slug=slug, defaults={"kind": kind, **names(en, ru, zh, de), **fields}
    )
    return obj

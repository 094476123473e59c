"""The invented association's registry: units, people, memberships, partners, honours, dates.

Everything here is invented for the demo: the association, its towns, its people (names are
common ones in each script, combined at random-looking but fixed positions), its partners and
its dates. `load_org_demo()` can run any number of times: it updates what it made before.
"""

from __future__ import annotations

from django.db import transaction

from rostra.org import builders as b
from rostra.org.demo.data import (
    BIO,
    DATE_NOTE,
    DATES,
    PARTNERS,
    UNIT_DESCRIPTIONS,
    UNITS,
    D,
    people_names,
)
from rostra.org.demo.places import place
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


@transaction.atomic
def load_org_demo() -> dict[str, int]:
    """Create or update the demo registry; returns how many of each kind exist afterwards."""
    units: dict[str, Unit] = {}
    for order, (slug, kind, parent, country, en, ru, zh, de) in enumerate(UNITS):
        units[slug] = b.unit(
            slug,
            kind,
            en,
            ru,
            zh,
            de,
            parent=units.get(parent) if parent else None,
            **place(country, "country"),
            sort_order=order,
            **UNIT_DESCRIPTIONS.get(slug, {}),
        )

    partners = {
        slug: b.partner(
            slug,
            kind,
            en,
            ru,
            zh,
            de,
            **place(country, "country"),
            **place(city, "city"),
            contact_email=f"contact@{slug}.example.org",
        )
        for slug, kind, en, ru, zh, de, country, city in PARTNERS
    }

    homes = {"cn": units["chapter-cn"], "ru": units["chapter-ru"], "de": units["chapter-de"]}
    people: dict[str, Person] = {}
    for index, (ref, original, names) in enumerate(people_names()):
        group, number = ref.split("-")
        number = int(number)
        partner_rep = number >= 19  # the last two of each group speak for partners
        public = number <= 4 or number in (10, 19)
        consents = [ConsentKind.EMAIL] if number % 4 != 3 else []
        if public:
            consents.append(ConsentKind.PUBLIC_PROFILE)
        bio = {}
        if public:
            bio = b.names(
                *[
                    text.format(name=names.get(f"name_{code}", ""))
                    for text, code in zip(BIO, ("en", "ru", "zh_hans", "de"), strict=True)
                ],
                base="bio",
            )
        people[ref] = b.person(
            ref,
            original,
            names.get("name_en", ""),
            names.get("name_ru", ""),
            names.get("name_zh_hans", ""),
            names.get("name_de", ""),
            home_unit=None if partner_rep else homes[group],
            consents=tuple(consents),
            email=f"{ref}@example.org",
            phone=f"+00 555 {index:04d}",
            language={"cn": "zh-hans", "ru": "ru", "de": "de"}[group],
            public_profile=public,
            **bio,
        )

    _memberships(units, people)
    _positions(units, partners, people)
    _honours(units, partners, people)
    for month, day, year, category, en, ru, zh, de in DATES:
        CommemorativeDate.objects.update_or_create(
            month=month,
            day=day,
            title_en=en,
            defaults={
                "year": year,
                "category": category,
                "title_ru": ru,
                "title_zh_hans": zh,
                "title_de": de,
                **DATE_NOTE,
                "lead_days": 180 if category == "organization" else None,
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


def _memberships(units: dict[str, Unit], people: dict[str, Person]) -> None:
    """Every member of a chapter, with dates and statuses of every kind."""
    for ref, who in people.items():
        if who.home_unit is None:
            continue
        number = int(ref.split("-")[1])
        type_ = {
            1: "honorary",
            5: "activist",
            6: "activist",
            13: "candidate",
            14: "candidate",
            15: "candidate",
        }.get(number, "member")
        start = D(2005 + number % 15, 1 + number % 12, 1 + number % 27)
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
    for ref in [
        "cn-01",
        "cn-02",
        "cn-03",
        "ru-01",
        "ru-02",
        "ru-04",
        "de-01",
        "de-02",
        "de-03",
        "de-04",
        "cn-13",
        "ru-13",
    ]:
        kind = "candidate" if ref.endswith("13") else "member"
        b.membership(people[ref], units["coordinating-committee"], kind, D(2018, 5, 14))
    for ref in ["cn-04", "ru-03", "de-05", "de-06", "ru-05"]:
        b.membership(people[ref], units["preparatory-committee"], "member", D(2022, 2, 1))
    for ref in ["cn-07", "ru-07", "de-07", "de-08"]:
        b.membership(people[ref], units["youth-section"], "activist", D(2024, 9, 1))


def _positions(
    units: dict[str, Unit], partners: dict[str, PartnerOrganization], people: dict[str, Person]
) -> None:
    p, u = people, units
    b.position(
        p["cn-01"],
        "Chairman of the Coordinating Committee",
        unit=u["coordinating-committee"],
        role="chair",
        start=D(2019, 6, 12),
        ru="Председатель Координационного комитета",
        zh="协调委员会主席",
        de="Vorsitzender des Koordinierungskomitees",
        sort_order=0,
    )
    # History: the former chairman's term ended; the position stays on record.
    b.position(
        p["ru-02"],
        "Chairman of the Coordinating Committee",
        unit=u["coordinating-committee"],
        role="chair",
        start=D(2011, 6, 12),
        end=D(2019, 6, 11),
        ru="Председатель Координационного комитета",
        zh="协调委员会主席",
        de="Vorsitzender des Koordinierungskomitees",
    )
    b.position(
        p["ru-01"],
        "Vice-Chair of the Coordinating Committee",
        unit=u["coordinating-committee"],
        role="vice_chair",
        start=D(2019, 6, 12),
        ru="Заместитель председателя Координационного комитета",
        zh="协调委员会副主席",
        de="Stellvertretende Vorsitzende des Koordinierungskomitees",
        sort_order=1,
    )
    b.position(
        p["de-02"],
        "Secretary of the Coordinating Committee",
        unit=u["coordinating-committee"],
        role="secretary",
        start=D(2019, 6, 12),
        ru="Секретарь Координационного комитета",
        zh="协调委员会秘书",
        de="Sekretärin des Koordinierungskomitees",
        sort_order=2,
    )
    b.position(
        p["cn-04"],
        "Chair of the Preparatory Committee",
        unit=u["preparatory-committee"],
        role="chair",
        start=D(2022, 2, 1),
        ru="Председатель Подготовительного комитета",
        zh="筹备委员会主任",
        de="Vorsitzende des Vorbereitungskomitees",
    )
    b.position(
        p["de-07"],
        "Coordinator of the Youth Section",
        unit=u["youth-section"],
        role="chair",
        start=D(2024, 9, 1),
        ru="Координатор Молодёжной секции",
        zh="青年部协调人",
        de="Koordinator der Jugendsektion",
    )
    for code, country_ru, country_zh, country_de, country_en in [
        ("de", "Германии", "德国", "Deutschland", "Germany"),
        ("cn", "Китае", "中国", "China", "China"),
        ("ru", "России", "俄罗斯", "Russland", "Russia"),
    ]:
        chapter = u[f"chapter-{code}"]
        chair_ref = {"de": "de-03", "cn": "cn-02", "ru": "ru-04"}[code]
        secretary_ref = {"de": "de-08", "cn": "cn-05", "ru": "ru-06"}[code]
        b.position(
            p[chair_ref],
            f"Chair of the Executive Committee in {country_en}",
            unit=chapter,
            role="chair",
            start=D(2020, 1, 15),
            ru=f"Председатель Исполнительного комитета в {country_ru}",
            zh=f"{country_zh}执行委员会主席",
            de=f"Vorsitz des Exekutivkomitees in {country_de}",
            sort_order=0,
        )
        b.position(
            p[secretary_ref],
            f"Secretary of the Executive Committee in {country_en}",
            unit=chapter,
            role="secretary",
            start=D(2020, 1, 15),
            ru=f"Секретарь Исполнительного комитета в {country_ru}",
            zh=f"{country_zh}执行委员会秘书",
            de=f"Sekretariat des Exekutivkomitees in {country_de}",
            sort_order=1,
        )
    b.position(
        p["de-10"],
        "Representative in Austria",
        unit=u["representation-at"],
        role="representative",
        start=D(2021, 3, 1),
        ru="Представитель в Австрии",
        zh="驻奥地利代表",
        de="Vertreter in Österreich",
    )
    # Titles in every language: a report in Chinese must not call someone "Director".
    reps = [
        (
            "cn-19",
            "society-for-cultural-exchange",
            "Deputy Director",
            "Заместитель директора",
            "副主任",
            "Stellvertretender Direktor",
        ),
        (
            "cn-20",
            "academy-of-friendship-studies",
            "Research Fellow",
            "Научный сотрудник",
            "研究员",
            "Wissenschaftlicher Mitarbeiter",
        ),
        ("ru-19", "friendship-foundation", "Director", "Директор", "主任", "Direktor"),
        (
            "ru-20",
            "youth-exchange-league",
            "Board Member",
            "Член правления",
            "理事",
            "Vorstandsmitglied",
        ),
        ("de-19", "north-review", "Correspondent", "Корреспондент", "记者", "Korrespondentin"),
        (
            "de-20",
            "embassy-of-norland",
            "Cultural Attaché",
            "Атташе по культуре",
            "文化参赞",
            "Kulturattaché",
        ),
    ]
    for ref, slug, title, ru, zh, de in reps:
        b.position(
            p[ref],
            title,
            partner=partners[slug],
            role="representative",
            start=D(2021, 1, 1),
            ru=ru,
            zh=zh,
            de=de,
        )


def _honours(
    units: dict[str, Unit], partners: dict[str, PartnerOrganization], people: dict[str, Person]
) -> None:
    congress = "the Congress on the 70th anniversary of the Association"
    rows = [
        (
            "badge",
            "Badge of Honour of the Association",
            "Почётный знак Ассоциации",
            "协会荣誉徽章",
            "Ehrenabzeichen des Verbandes",
            D(2021, 6, 12),
            congress,
            {
                "recipient_person": people["de-03"],
                "given_by_unit": units["coordinating-committee"],
                "given_by_person": people["cn-01"],
            },
        ),
        (
            "gift",
            "Commemorative album",
            "Памятный альбом",
            "纪念画册",
            "Erinnerungsalbum",
            D(2021, 6, 12),
            congress,
            {
                "recipient_partner": partners["friendship-foundation"],
                "given_by_unit": units["association"],
                "given_by_person": people["cn-01"],
            },
        ),
        (
            "award",
            "Medal for Cultural Exchange",
            "Медаль за культурный обмен",
            "文化交流奖章",
            "Medaille für Kulturaustausch",
            D(2022, 10, 3),
            "the annual meeting",
            {
                "recipient_person": people["ru-01"],
                "given_by_partner": partners["society-for-cultural-exchange"],
            },
        ),
        (
            "certificate",
            "Certificate of Honour",
            "Почётная грамота",
            "荣誉证书",
            "Ehrenurkunde",
            D(2023, 4, 18),
            "the founding day of the chapter",
            {
                "recipient_unit": units["chapter-de"],
                "given_by_unit": units["coordinating-committee"],
            },
        ),
        (
            "badge",
            "Badge of Honour of the Association",
            "Почётный знак Ассоциации",
            "协会荣誉徽章",
            "Ehrenabzeichen des Verbandes",
            D(2023, 10, 3),
            "the 70th anniversary of the first congress",
            {"recipient_person": people["cn-02"], "given_by_unit": units["coordinating-committee"]},
        ),
        (
            "gift",
            "Hand-painted vase",
            "Расписная ваза",
            "手绘花瓶",
            "Handbemalte Vase",
            D(2024, 7, 30),
            "the round table on cultural exchange",
            {
                "recipient_unit": units["association"],
                "given_by_partner": partners["society-for-cultural-exchange"],
                "given_by_person": people["cn-19"],
            },
        ),
        (
            "award",
            "Young Translator Prize",
            "Премия молодому переводчику",
            "青年翻译奖",
            "Preis für junge Übersetzer",
            D(2025, 5, 20),
            "the festival of literary translation",
            {"recipient_person": people["de-07"], "given_by_unit": units["youth-section"]},
        ),
        (
            "badge",
            "Friendship Badge",
            "Знак дружбы",
            "友谊徽章",
            "Freundschaftsabzeichen",
            D(2025, 6, 12),
            "the Association's founding day",
            {"recipient_person": people["ru-19"], "given_by_unit": units["association"]},
        ),
    ]
    for kind, en, ru, zh, de, date, occasion, parties in rows:
        recipient = {k: v for k, v in parties.items() if k.startswith("recipient_")}
        Honour.objects.update_or_create(
            kind=kind,
            title_en=en,
            date=date,
            **recipient,
            defaults={
                "title_ru": ru,
                "title_zh_hans": zh,
                "title_de": de,
                **place(occasion, "occasion"),
                **{k: v for k, v in parties.items() if k.startswith("given_by_")},
            },
        )

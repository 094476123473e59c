"""The invented association's registry: units, people, memberships, partners, honours, dates.

Everything here is invented for the demo: the association, its towns, its people (names are
common ones in each script, combined at random-looking but fixed positions), its partners and
its dates. `load_org_demo()` can run any number of times: it updates what it made before.
"""

from __future__ import annotations

import datetime

from django.db import transaction

from rostra.org import builders as b
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

# --- Names in several scripts --------------------------------------------------------------
# Chinese: (characters, pinyin, Russian transcription)
_ZH_FAMILY = [
    ("李", "Li", "Ли"),
    ("王", "Wang", "Ван"),
    ("张", "Zhang", "Чжан"),
    ("刘", "Liu", "Лю"),
    ("陈", "Chen", "Чэнь"),
    ("杨", "Yang", "Ян"),
    ("赵", "Zhao", "Чжао"),
    ("黄", "Huang", "Хуан"),
    ("周", "Zhou", "Чжоу"),
    ("吴", "Wu", "У"),
    ("徐", "Xu", "Сюй"),
    ("孙", "Sun", "Сунь"),
    ("马", "Ma", "Ма"),
    ("朱", "Zhu", "Чжу"),
    ("胡", "Hu", "Ху"),
    ("郭", "Guo", "Го"),
    ("何", "He", "Хэ"),
    ("林", "Lin", "Линь"),
    ("罗", "Luo", "Ло"),
    ("高", "Gao", "Гао"),
]
_ZH_GIVEN = [
    ("伟", "Wei", "Вэй"),
    ("芳", "Fang", "Фан"),
    ("敏", "Min", "Минь"),
    ("静", "Jing", "Цзин"),
    ("磊", "Lei", "Лэй"),
    ("洋", "Yang", "Ян"),
    ("艳", "Yan", "Янь"),
    ("勇", "Yong", "Юн"),
    ("军", "Jun", "Цзюнь"),
    ("杰", "Jie", "Цзе"),
    ("娟", "Juan", "Цзюань"),
    ("涛", "Tao", "Тао"),
    ("明", "Ming", "Мин"),
    ("超", "Chao", "Чао"),
    ("秀英", "Xiuying", "Сюин"),
    ("华", "Hua", "Хуа"),
    ("平", "Ping", "Пин"),
    ("刚", "Gang", "Ган"),
    ("桂英", "Guiying", "Гуйин"),
    ("丹", "Dan", "Дань"),
]
# Russian given names: (Cyrillic, English, German, Chinese, female?)
_RU_GIVEN = [
    ("Анна", "Anna", "Anna", "安娜", True),
    ("Алексей", "Alexei", "Alexej", "阿列克谢", False),
    ("Мария", "Maria", "Maria", "玛丽亚", True),
    ("Дмитрий", "Dmitry", "Dmitri", "德米特里", False),
    ("Елена", "Elena", "Jelena", "叶莲娜", True),
    ("Сергей", "Sergei", "Sergej", "谢尔盖", False),
    ("Ольга", "Olga", "Olga", "奥尔加", True),
    ("Андрей", "Andrei", "Andrej", "安德烈", False),
    ("Наталья", "Natalia", "Natalja", "娜塔莉亚", True),
    ("Михаил", "Mikhail", "Michail", "米哈伊尔", False),
    ("Ирина", "Irina", "Irina", "伊琳娜", True),
    ("Николай", "Nikolai", "Nikolai", "尼古拉", False),
    ("Татьяна", "Tatiana", "Tatjana", "塔季扬娜", True),
    ("Иван", "Ivan", "Iwan", "伊万", False),
    ("Светлана", "Svetlana", "Swetlana", "斯韦特兰娜", True),
    ("Павел", "Pavel", "Pawel", "帕维尔", False),
    ("Вера", "Vera", "Wera", "薇拉", True),
    ("Юрий", "Yuri", "Juri", "尤里", False),
    ("Галина", "Galina", "Galina", "加林娜", True),
    ("Олег", "Oleg", "Oleg", "奥列格", False),
]
# Russian surnames: (Cyrillic, English, German, Chinese male, Chinese female)
_RU_FAMILY = [
    ("Соколов", "Sokolov", "Sokolow", "索科洛夫", "索科洛娃"),
    ("Морозов", "Morozov", "Morosow", "莫罗佐夫", "莫罗佐娃"),
    ("Волков", "Volkov", "Wolkow", "沃尔科夫", "沃尔科娃"),
    ("Лебедев", "Lebedev", "Lebedew", "列别杰夫", "列别杰娃"),
    ("Новиков", "Novikov", "Nowikow", "诺维科夫", "诺维科娃"),
    ("Козлов", "Kozlov", "Koslow", "科兹洛夫", "科兹洛娃"),
    ("Егоров", "Egorov", "Jegorow", "叶戈罗夫", "叶戈罗娃"),
    ("Павлов", "Pavlov", "Pawlow", "巴甫洛夫", "巴甫洛娃"),
    ("Семёнов", "Semyonov", "Semjonow", "谢苗诺夫", "谢苗诺娃"),
    ("Орлов", "Orlov", "Orlow", "奥尔洛夫", "奥尔洛娃"),
]
# German names: (Latin, Russian, Chinese)
_DE_GIVEN = [
    ("Jonas", "Йонас", "约纳斯"),
    ("Lena", "Лена", "莱娜"),
    ("Felix", "Феликс", "费利克斯"),
    ("Clara", "Клара", "克拉拉"),
    ("Lukas", "Лукас", "卢卡斯"),
    ("Marie", "Мари", "玛丽"),
    ("Paul", "Пауль", "保罗"),
    ("Sophie", "Софи", "索菲"),
    ("Moritz", "Мориц", "莫里茨"),
    ("Hanna", "Ханна", "汉娜"),
    ("Tobias", "Тобиас", "托比亚斯"),
    ("Julia", "Юлия", "尤利娅"),
    ("Stefan", "Штефан", "斯特凡"),
    ("Laura", "Лаура", "劳拉"),
    ("Martin", "Мартин", "马丁"),
    ("Eva", "Ева", "伊娃"),
    ("Georg", "Георг", "格奥尔格"),
    ("Katrin", "Катрин", "卡特琳"),
    ("Anton", "Антон", "安东"),
    ("Greta", "Грета", "格蕾塔"),
]
_DE_FAMILY = [
    ("Keller", "Келлер", "凯勒"),
    ("Brandt", "Брандт", "勃兰特"),
    ("Hoffmann", "Хофман", "霍夫曼"),
    ("Wagner", "Вагнер", "瓦格纳"),
    ("Schulz", "Шульц", "舒尔茨"),
    ("Becker", "Беккер", "贝克尔"),
    ("Richter", "Рихтер", "里希特"),
    ("Vogel", "Фогель", "福格尔"),
    ("Lang", "Ланг", "朗格"),
    ("Krause", "Краузе", "克劳泽"),
]


def _people_names() -> list[tuple[str, str, dict]]:
    """60 (ref, original, names) triples: 20 written in Chinese, 20 Russian, 20 German."""
    people = []
    for i in range(20):
        family, given = _ZH_FAMILY[i], _ZH_GIVEN[(i * 7) % 20]
        original = family[0] + given[0]
        latin = f"{family[1]} {given[1]}"
        people.append(
            (
                f"cn-{i + 1:02d}",
                original,
                b.names(latin, f"{family[2]} {given[2]}", original, latin),
            )
        )
    for i in range(20):
        given = _RU_GIVEN[i]
        family = _RU_FAMILY[(i * 3) % 10]
        female = given[4]
        suffix_ru, suffix_lat = ("а", "a") if female else ("", "")
        original = f"{given[0]} {family[0]}{suffix_ru}"
        people.append(
            (
                f"ru-{i + 1:02d}",
                original,
                b.names(
                    f"{given[1]} {family[1]}{suffix_lat}",
                    original,
                    f"{given[3]}·{family[4] if female else family[3]}",
                    f"{given[2]} {family[2]}{suffix_lat}",
                ),
            )
        )
    for i in range(20):
        given, family = _DE_GIVEN[i], _DE_FAMILY[(i * 3 + 1) % 10]
        original = f"{given[0]} {family[0]}"
        people.append(
            (
                f"de-{i + 1:02d}",
                original,
                b.names(original, f"{given[1]} {family[1]}", f"{given[2]}·{family[2]}", original),
            )
        )
    return people


# --- Units ---------------------------------------------------------------------------------

_UNITS = [
    # slug, kind, parent, country, en, ru, zh, de
    (
        "association",
        "organization",
        None,
        "",
        "International Friendship Association",
        "Международная ассоциация дружбы",
        "国际友好协会",
        "Internationaler Freundschaftsverband",
    ),
    (
        "coordinating-committee",
        "committee",
        "association",
        "",
        "Coordinating Committee",
        "Координационный комитет",
        "协调委员会",
        "Koordinierungskomitee",
    ),
    (
        "preparatory-committee",
        "committee",
        "coordinating-committee",
        "",
        "Preparatory Committee for Important Dates",
        "Подготовительный комитет к памятным датам",
        "重要纪念日筹备委员会",
        "Vorbereitungskomitee für wichtige Gedenktage",
    ),
    (
        "youth-section",
        "committee",
        "coordinating-committee",
        "",
        "Youth Section",
        "Молодёжная секция",
        "青年部",
        "Jugendsektion",
    ),
    (
        "chapter-de",
        "chapter",
        "association",
        "Germany",
        "Executive Committee in Germany",
        "Исполнительный комитет в Германии",
        "德国执行委员会",
        "Exekutivkomitee in Deutschland",
    ),
    (
        "chapter-cn",
        "chapter",
        "association",
        "China",
        "Executive Committee in China",
        "Исполнительный комитет в Китае",
        "中国执行委员会",
        "Exekutivkomitee in China",
    ),
    (
        "chapter-ru",
        "chapter",
        "association",
        "Russia",
        "Executive Committee in Russia",
        "Исполнительный комитет в России",
        "俄罗斯执行委员会",
        "Exekutivkomitee in Russland",
    ),
    (
        "representation-at",
        "representation",
        "association",
        "Austria",
        "Representation in Austria",
        "Представительство в Австрии",
        "驻奥地利代表处",
        "Vertretung in Österreich",
    ),
]
_UNIT_DESCRIPTIONS = {
    "association": b.names(
        "A volunteer association that brings people of many countries together through "
        "meetings, exchanges, languages and culture.",
        "Добровольная ассоциация, которая объединяет людей разных стран через встречи, "
        "обмены, языки и культуру.",
        "一个志愿者协会，通过会议、交流、语言和文化把各国人民联系在一起。",
        "Ein ehrenamtlicher Verband, der Menschen vieler Länder durch Begegnungen, Austausch, "
        "Sprachen und Kultur zusammenbringt.",
        base="description",
    ),
}

# --- Partners ------------------------------------------------------------------------------

_PARTNERS = [
    # slug, kind, en, ru, zh, de, country, city
    (
        "youth-exchange-league",
        "friendly",
        "Youth Exchange League",
        "Лига молодёжного обмена",
        "青年交流联盟",
        "Liga für Jugendaustausch",
        "Germany",
        "Lindenau",
    ),
    (
        "society-for-cultural-exchange",
        "friendly",
        "Society for Cultural Exchange",
        "Общество культурного обмена",
        "文化交流学会",
        "Gesellschaft für Kulturaustausch",
        "China",
        "Qinghe",
    ),
    (
        "friendship-foundation",
        "partner",
        "Friendship Foundation",
        "Фонд дружбы",
        "友谊基金会",
        "Stiftung Freundschaft",
        "Russia",
        "Volzhsk",
    ),
    (
        "academy-of-friendship-studies",
        "partner",
        "Academy of Friendship Studies",
        "Академия исследований дружбы",
        "友好研究院",
        "Akademie für Freundschaftsforschung",
        "Austria",
        "Almstadt",
    ),
    (
        "riverside-chess-club",
        "friendly",
        "Riverside Chess Club",
        "Шахматный клуб «Набережная»",
        "河畔象棋俱乐部",
        "Schachklub am Fluss",
        "Germany",
        "Lindenau",
    ),
    (
        "north-review",
        "media",
        "North Review",
        "«Северное обозрение»",
        "北方评论",
        "Nordische Rundschau",
        "Germany",
        "Hafenburg",
    ),
    (
        "danube-video-diary",
        "media",
        "Danube Video Diary",
        "Видеодневник «Дунай»",
        "多瑙河视频日记",
        "Donau-Videotagebuch",
        "Austria",
        "Almstadt",
    ),
    (
        "embassy-of-norland",
        "embassy",
        "Embassy of Norland (Cultural Section)",
        "Посольство Норланда (отдел культуры)",
        "诺兰大使馆（文化处）",
        "Botschaft von Norland (Kulturabteilung)",
        "Germany",
        "Hafenburg",
    ),
    (
        "lindenau-city-library",
        "institution",
        "Lindenau City Library",
        "Городская библиотека Линденау",
        "林德瑙市图书馆",
        "Stadtbibliothek Lindenau",
        "Germany",
        "Lindenau",
    ),
]

# --- Commemorative dates -------------------------------------------------------------------

_DATES = [
    # month, day, year, category, en, ru, zh, de
    (
        6,
        12,
        1951,
        "organization",
        "Founding of the Association",
        "Основание Ассоциации",
        "协会成立",
        "Gründung des Verbandes",
    ),
    (
        10,
        3,
        1953,
        "organization",
        "First Congress of the Association",
        "Первый съезд Ассоциации",
        "协会第一次代表大会",
        "Erster Kongress des Verbandes",
    ),
    (
        4,
        18,
        1961,
        "organization",
        "Founding of the Executive Committee in Germany",
        "Основание Исполнительного комитета в Германии",
        "德国执行委员会成立",
        "Gründung des Exekutivkomitees in Deutschland",
    ),
    (
        9,
        9,
        1976,
        "organization",
        "Founding of the Executive Committee in China",
        "Основание Исполнительного комитета в Китае",
        "中国执行委员会成立",
        "Gründung des Exekutivkomitees in China",
    ),
    (
        2,
        29,
        1992,
        "organization",
        "Founding of the Youth Section (a leap day)",
        "Основание Молодёжной секции (в високосный день)",
        "青年部成立（闰日）",
        "Gründung der Jugendsektion (an einem Schalttag)",
    ),
    (
        3,
        14,
        1956,
        "culture",
        "Opening of the first friendship library",
        "Открытие первой библиотеки дружбы",
        "第一座友谊图书馆开馆",
        "Eröffnung der ersten Freundschaftsbibliothek",
    ),
    (
        5,
        20,
        1966,
        "culture",
        "First festival of literary translation",
        "Первый фестиваль художественного перевода",
        "第一届文学翻译节",
        "Erstes Festival der literarischen Übersetzung",
    ),
    (
        7,
        30,
        1971,
        "partner",
        "Founding of the Society for Cultural Exchange",
        "Основание Общества культурного обмена",
        "文化交流学会成立",
        "Gründung der Gesellschaft für Kulturaustausch",
    ),
    (
        11,
        5,
        1981,
        "partner",
        "Founding of the Academy of Friendship Studies",
        "Основание Академии исследований дружбы",
        "友好研究院成立",
        "Gründung der Akademie für Freundschaftsforschung",
    ),
    (
        1,
        25,
        1958,
        "history",
        "First exchange of student delegations",
        "Первый обмен студенческими делегациями",
        "首次学生代表团互访",
        "Erster Austausch von Studentendelegationen",
    ),
    (
        8,
        16,
        1962,
        "history",
        "Twin-town agreement between Lindenau and Qinghe",
        "Соглашение о побратимстве Линденау и Цинхэ",
        "林德瑙与清河结为友好城市",
        "Städtepartnerschaft zwischen Lindenau und Qinghe",
    ),
    (
        12,
        2,
        1949,
        "history",
        "The first friendship train",
        "Первый поезд дружбы",
        "第一列友谊列车",
        "Der erste Freundschaftszug",
    ),
    (
        9,
        25,
        1978,
        "culture",
        "First joint scientific expedition",
        "Первая совместная научная экспедиция",
        "首次联合科学考察",
        "Erste gemeinsame wissenschaftliche Expedition",
    ),
    (
        4,
        7,
        1986,
        "international",
        "Day of Youth Exchange",
        "День молодёжного обмена",
        "青年交流日",
        "Tag des Jugendaustauschs",
    ),
    (
        6,
        1,
        1991,
        "culture",
        "Founding of the children's choir “Bridge”",
        "Основание детского хора «Мост»",
        "“桥”儿童合唱团成立",
        "Gründung des Kinderchors „Brücke“",
    ),
    (
        10,
        20,
        2001,
        "organization",
        "Launch of the Association's video channel",
        "Запуск видеоканала Ассоциации",
        "协会视频频道开通",
        "Start des Videokanals des Verbandes",
    ),
    (
        11,
        28,
        1996,
        "memorial",
        "Day of remembrance of the Association's founders",
        "День памяти основателей Ассоциации",
        "协会创始人纪念日",
        "Gedenktag für die Gründer des Verbandes",
    ),
    (
        7,
        14,
        1959,
        "memorial",
        "Remembrance of the volunteers of the flood relief",
        "Память добровольцев помощи при наводнении",
        "纪念抗洪救灾志愿者",
        "Gedenken an die Freiwilligen der Hochwasserhilfe",
    ),
    (
        3,
        1,
        1966,
        "culture",
        "First language courses of the Association",
        "Первые языковые курсы Ассоциации",
        "协会首期语言课程",
        "Erste Sprachkurse des Verbandes",
    ),
    (
        12,
        15,
        2006,
        "partner",
        "Founding of the Friendship Foundation",
        "Основание Фонда дружбы",
        "友谊基金会成立",
        "Gründung der Stiftung Freundschaft",
    ),
]
_DATE_NOTE = b.names(
    "Prepare a meeting, a short talk and a post for the site.",
    "Подготовить встречу, короткое выступление и публикацию на сайте.",
    "准备一次会议、一个简短发言和一篇网站文章。",
    "Ein Treffen, einen kurzen Vortrag und einen Beitrag für die Website vorbereiten.",
    base="note",
)

_BIO = (
    "{name} has taken part in the Association's exchanges for many years, gives talks on "
    "languages and culture, and helps to prepare its meetings.",
    "{name} много лет участвует в обменах Ассоциации, выступает с докладами о языках и "
    "культуре и помогает готовить её встречи.",
    "{name}多年来参与协会的交流活动，作关于语言和文化的报告，并协助筹备协会的会议。",
    "{name} nimmt seit vielen Jahren am Austausch des Verbandes teil, hält Vorträge über "
    "Sprachen und Kultur und hilft bei der Vorbereitung seiner Treffen.",
)


@transaction.atomic
def load_org_demo() -> dict[str, int]:
    """Create or update the demo registry; returns how many of each kind exist afterwards."""
    units: dict[str, Unit] = {}
    for order, (slug, kind, parent, country, en, ru, zh, de) in enumerate(_UNITS):
        units[slug] = b.unit(
            slug,
            kind,
            en,
            ru,
            zh,
            de,
            parent=units.get(parent) if parent else None,
            country=country,
            sort_order=order,
            **_UNIT_DESCRIPTIONS.get(slug, {}),
        )

    partners = {
        slug: b.partner(
            slug,
            kind,
            en,
            ru,
            zh,
            de,
            country=country,
            city=city,
            contact_email=f"contact@{slug}.example.org",
        )
        for slug, kind, en, ru, zh, de, country, city in _PARTNERS
    }

    homes = {"cn": units["chapter-cn"], "ru": units["chapter-ru"], "de": units["chapter-de"]}
    people: dict[str, Person] = {}
    for index, (ref, original, names) in enumerate(_people_names()):
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
                    text.format(name=names[f"name_{code}"])
                    for text, code in zip(_BIO, ("en", "ru", "zh_hans", "de"), strict=True)
                ],
                base="bio",
            )
        people[ref] = b.person(
            ref,
            original,
            names["name_en"],
            names["name_ru"],
            names["name_zh_hans"],
            names["name_de"],
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
    for month, day, year, category, en, ru, zh, de in _DATES:
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
                **_DATE_NOTE,
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
    reps = [
        ("cn-19", "society-for-cultural-exchange", "Deputy Director"),
        ("cn-20", "academy-of-friendship-studies", "Research Fellow"),
        ("ru-19", "friendship-foundation", "Director"),
        ("ru-20", "youth-exchange-league", "Board Member"),
        ("de-19", "north-review", "Correspondent"),
        ("de-20", "embassy-of-norland", "Cultural Attaché"),
    ]
    for ref, slug, title in reps:
        b.position(
            p[ref], title, partner=partners[slug], role="representative", start=D(2021, 1, 1)
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
                "occasion": occasion,
                **{k: v for k, v in parties.items() if k.startswith("given_by_")},
            },
        )

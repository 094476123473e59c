"""The demo association's events: invented, neutral, in the languages each report is shown in.

Texts are tuples in the order (en, ru, zh, de); an empty string falls back to English. Each
held event lists the languages of its report, the first being the event's main language.
People are the registry demo's (rostra.org.demo): cn-01 chairs the Coordinating Committee,
de-03, cn-02 and ru-04 chair the chapters, partners' representatives are *-19 and *-20.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    kind: str
    speaker: str = ""  # a person's ref
    title: tuple[str, ...] = ()
    text: tuple[str, ...] = ()
    quote: tuple[str, ...] = ()
    honour: str = ""  # a key of HONOURS
    video_url: str = ""
    votes: dict[str, int] | None = None  # a motion's counts
    day: int = 0  # the session (day) of a multi-day event


@dataclass
class Demo:
    slug: str
    kind: str
    unit: str
    title: tuple[str, ...]
    summary: tuple[str, ...]
    start: tuple[int, ...]  # local wall time: y, m, d, h, min
    hours: float
    zone: str
    city: str = ""
    country: str = ""
    venue: str = ""
    format: str = "in_person"
    occasion: str = ""  # a commemorative date's English title
    languages: tuple[str, ...] = ("en", "ru")
    people: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)
    # (ref or guest name, roles, represents: "unit:<slug>" | "partner:<slug>" | affiliation)
    items: list[Item] = field(default_factory=list)
    photos: tuple[str, ...] = ()
    days: list[tuple[str, ...]] = field(default_factory=list)  # session titles, one per day
    status: str = "held"
    registration: str = "invitation"
    capacity: int | None = None
    online_url: str = ""


HONOURS = {
    "badge-2026": {
        "kind": "badge",
        "title": (
            "Badge of Honour of the Association",
            "Почётный знак Ассоциации",
            "协会荣誉徽章",
            "Ehrenabzeichen des Verbandes",
        ),
        "recipient": "de-03",
        "occasion": "the Congress on the 75th anniversary of the Association",
        "date": (2026, 10, 10),
    },
    "album-2026": {
        "kind": "gift",
        "title": ("Commemorative album", "Памятный альбом", "纪念画册", "Erinnerungsalbum"),
        "recipient_partner": "friendship-foundation",
        "occasion": "the Congress on the 75th anniversary of the Association",
        "date": (2026, 10, 10),
    },
    "certificates-kazan": {
        "kind": "certificate",
        "title": ("Certificate of Honour", "Почётная грамота", "荣誉证书", "Ehrenurkunde"),
        "recipient": "ru-07",
        "occasion": "the veterans' evening in Kazan",
        "date": (2026, 5, 16),
    },
}

CHAPTER = {
    "de": ("chapter-de", "de-03", "de-08", ["de-04", "de-05", "de-06", "de-09"]),
    "cn": ("chapter-cn", "cn-02", "cn-05", ["cn-06", "cn-07", "cn-08", "cn-09"]),
    "ru": ("chapter-ru", "ru-04", "ru-06", ["ru-05", "ru-07", "ru-08", "ru-09"]),
}


def chapter_people(code: str, guests: list[tuple[str, tuple[str, ...], str]] = ()) -> list:
    unit, chair, secretary, members = CHAPTER[code]
    rows = [
        (chair, ("chair", "speaker"), f"unit:{unit}"),
        (secretary, ("delegate",), f"unit:{unit}"),
    ]
    rows += [(ref, ("delegate",), f"unit:{unit}") for ref in members]
    return rows + list(guests)


EVENTS: list[Demo] = [
    # --- The two-day congress on the 75th anniversary ---------------------------------------
    Demo(
        slug="congress-2026",
        kind="congress",
        unit="coordinating-committee",
        title=(
            "Congress on the 75th anniversary of the Association",
            "Съезд к 75-летию Ассоциации",
            "协会成立75周年代表大会",
            "Kongress zum 75. Jahrestag des Verbandes",
        ),
        summary=(
            "Delegates of all chapters and guests of partner organizations met for two days "
            "to look back on 75 years and to adopt the programme for the coming years.",
            "Делегаты всех отделений и гости партнёрских организаций два дня подводили итоги "
            "75 лет и приняли программу на ближайшие годы.",
            "各分会代表和伙伴组织的来宾用两天时间回顾了75年的历程，并通过了今后几年的工作纲领。",
            "Delegierte aller Sektionen und Gäste der Partnerorganisationen blickten zwei Tage "
            "lang auf 75 Jahre zurück und beschlossen das Programm für die kommenden Jahre.",
        ),
        start=(2026, 10, 10, 10, 0),
        hours=31,
        zone="Europe/Vienna",
        city="Vienna",
        country="Austria",
        venue="Hall of the Friendship Foundation",
        occasion="Founding of the Association",
        languages=("en", "ru", "zh-hans", "de"),
        days=[
            ("Opening day", "День открытия", "开幕日", "Eröffnungstag"),
            ("First working day", "Первый рабочий день", "第一个工作日", "Erster Arbeitstag"),
        ],
        people=[
            ("cn-01", ("chair", "presidium", "speaker", "delegate"), "unit:coordinating-committee"),
            ("ru-01", ("presidium", "delegate"), "unit:coordinating-committee"),
            ("de-02", ("presidium", "delegate"), "unit:coordinating-committee"),
            ("ru-19", ("presidium", "guest", "speaker"), "partner:friendship-foundation"),
            ("cn-19", ("presidium", "guest"), "partner:society-for-cultural-exchange"),
            ("de-20", ("guest", "speaker"), "partner:embassy-of-norland"),
            ("de-03", ("delegate", "speaker"), "unit:chapter-de"),
            ("cn-02", ("delegate", "speaker"), "unit:chapter-cn"),
            ("ru-04", ("delegate", "speaker"), "unit:chapter-ru"),
            ("de-08", ("delegate",), "unit:chapter-de"),
            ("cn-05", ("delegate",), "unit:chapter-cn"),
            ("ru-06", ("delegate",), "unit:chapter-ru"),
            ("ru-20", ("guest",), "partner:youth-exchange-league"),
            ("de-19", ("observer",), "partner:north-review"),
        ],
        items=[
            Item(
                "opening",
                "cn-01",
                (
                    "Opening of the Congress",
                    "Открытие съезда",
                    "大会开幕",
                    "Eröffnung des Kongresses",
                ),
                (
                    "The chairman opened the Congress and asked the presidium to take its seats.",
                    "Председатель открыл съезд и пригласил президиум занять места.",
                    "主席宣布大会开幕，并请主席团成员就座。",
                    "Der Vorsitzende eröffnete den Kongress und bat das Präsidium, "
                    "Platz zu nehmen.",
                ),
                (
                    "Seventy-five years ago a handful of people decided to meet across borders. "
                    "Today their meeting fills this hall.",
                    "Семьдесят пять лет назад несколько человек решили встречаться поверх границ. "
                    "Сегодня их встреча наполняет этот зал.",
                    "七十五年前，几个人决定跨越国界相聚。今天，他们的相聚坐满了这个大厅。",
                    "Vor fünfundsiebzig Jahren beschlossen einige Menschen, sich über Grenzen "
                    "hinweg zu treffen. Heute füllt ihr Treffen diesen Saal.",
                ),
            ),
            Item(
                "ceremony",
                "",
                (
                    "A gift to our hosts",
                    "Подарок хозяевам",
                    "向东道主赠送礼物",
                    "Ein Geschenk für unsere Gastgeber",
                ),
                honour="album-2026",
            ),
            Item(
                "ceremony",
                "cn-01",
                (
                    "Award of the Badge of Honour",
                    "Вручение Почётного знака",
                    "颁发荣誉徽章",
                    "Verleihung des Ehrenabzeichens",
                ),
                honour="badge-2026",
            ),
            Item(
                "speech",
                "ru-19",
                (
                    "Welcome address of the Friendship Foundation",
                    "Приветствие Фонда дружбы",
                    "友谊基金会致辞",
                    "Grußwort der Stiftung Freundschaft",
                ),
                (
                    "The director welcomed the delegates to the Foundation's hall.",
                    "Директор приветствовал делегатов в зале Фонда.",
                    "基金会主任欢迎代表们来到基金会大厅。",
                    "Der Direktor begrüßte die Delegierten im Saal der Stiftung.",
                ),
                (
                    "Our doors are open to you, as they have been for twenty years.",
                    "Наши двери открыты для вас, как и двадцать лет назад.",
                    "我们的大门向你们敞开，二十年来一直如此。",
                    "Unsere Türen stehen Ihnen offen, wie seit zwanzig Jahren.",
                ),
            ),
            Item(
                "speech",
                "de-20",
                (
                    "Greetings from the Embassy of Norland",
                    "Приветствие посольства Норланда",
                    "诺兰大使馆致辞",
                    "Grüße der Botschaft von Norland",
                ),
                (
                    "The cultural attaché conveyed the embassy's greetings.",
                    "Атташе по культуре передал приветствие посольства.",
                    "文化参赞转达了大使馆的问候。",
                    "Der Kulturattaché überbrachte die Grüße der Botschaft.",
                ),
                (
                    "Exchanges like yours are the quiet foundation of good relations.",
                    "Такие обмены, как ваши, — тихий фундамент добрых отношений.",
                    "像你们这样的交流是良好关系的无声基石。",
                    "Austausch wie der Ihre ist das stille Fundament guter Beziehungen.",
                ),
            ),
            Item(
                "speech",
                "cn-01",
                (
                    "Report of the Coordinating Committee",
                    "Доклад Координационного комитета",
                    "协调委员会工作报告",
                    "Bericht des Koordinierungskomitees",
                ),
                (
                    "The chairman reported on five years of work: exchanges, courses, the video "
                    "channel and the help given after the floods.",
                    "Председатель рассказал о пяти годах работы: обменах, курсах, видеоканале и "
                    "помощи после наводнений.",
                    "主席报告了五年来的工作：交流、课程、视频频道以及洪灾后的援助。",
                    "Der Vorsitzende berichtete über fünf Jahre Arbeit: Austausch, Kurse, den "
                    "Videokanal und die Hilfe nach den Überschwemmungen.",
                ),
                (
                    "We are not many, but we are many places at once.",
                    "Нас немного, но мы во многих местах сразу.",
                    "我们人数不多，但我们同时身处许多地方。",
                    "Wir sind nicht viele, aber wir sind an vielen Orten zugleich.",
                ),
            ),
            Item(
                "speech",
                "de-03",
                (
                    "Report of the Chapter in Germany",
                    "Доклад отделения в Германии",
                    "德国分会报告",
                    "Bericht der Sektion Deutschland",
                ),
                (
                    "Round tables, a folk-craft workshop and a school partnership.",
                    "Круглые столы, мастерская народных ремёсел и школьное партнёрство.",
                    "圆桌会议、民间工艺工作坊和学校伙伴关系。",
                    "Runde Tische, eine Volkskunstwerkstatt und eine Schulpartnerschaft.",
                ),
                (
                    "Every round table brought us new members.",
                    "Каждый круглый стол приводил к нам новых членов.",
                    "每一次圆桌会议都为我们带来了新成员。",
                    "Jeder runde Tisch brachte uns neue Mitglieder.",
                ),
                day=1,
            ),
            Item(
                "speech",
                "cn-02",
                (
                    "Report of the Chapter in China",
                    "Доклад отделения в Китае",
                    "中国分会报告",
                    "Bericht der Sektion China",
                ),
                (
                    "Calligraphy classes and visits to the elderly.",
                    "Уроки каллиграфии и визиты к пожилым людям.",
                    "书法课和看望老人活动。",
                    "Kalligrafiekurse und Besuche bei älteren Menschen.",
                ),
                (
                    "Our classes are full every week.",
                    "Наши занятия каждую неделю заполнены.",
                    "我们的课程每周都满员。",
                    "Unsere Kurse sind jede Woche voll.",
                ),
                day=1,
            ),
            Item(
                "speech",
                "ru-04",
                (
                    "Report of the Chapter in Russia",
                    "Доклад отделения в России",
                    "俄罗斯分会报告",
                    "Bericht der Sektion Russland",
                ),
                (
                    "Youth round tables and the veterans' evening in Kazan.",
                    "Молодёжные круглые столы и вечер ветеранов в Казани.",
                    "青年圆桌会议和喀山老战士之夜。",
                    "Runde Tische der Jugend und der Veteranenabend in Kasan.",
                ),
                (
                    "The young people now organize their own meetings.",
                    "Молодёжь теперь сама организует встречи.",
                    "年轻人现在自己组织聚会。",
                    "Die Jugend organisiert ihre Treffen jetzt selbst.",
                ),
                day=1,
            ),
            Item(
                "screening",
                "",
                (
                    "Film: 75 years in pictures",
                    "Фильм «75 лет в фотографиях»",
                    "影片：《图说75年》",
                    "Film: 75 Jahre in Bildern",
                ),
                video_url="https://video.example.org/meridian-75",
                day=1,
            ),
            Item(
                "motion",
                "",
                (
                    "Programme 2027–2031",
                    "Программа на 2027–2031 годы",
                    "2027—2031年工作纲领",
                    "Programm 2027–2031",
                ),
                (
                    "Adopt the programme of the Association for 2027–2031?",
                    "Принять программу Ассоциации на 2027–2031 годы?",
                    "是否通过协会2027—2031年工作纲领？",
                    "Das Programm des Verbandes für 2027–2031 annehmen?",
                ),
                votes={"yes": 10, "no": 0, "abstain": 0},
                day=1,
            ),
            Item(
                "closing",
                "cn-01",
                (
                    "Closing of the Congress",
                    "Закрытие съезда",
                    "大会闭幕",
                    "Schluss des Kongresses",
                ),
                (
                    "The chairman thanked the hosts and closed the Congress.",
                    "Председатель поблагодарил хозяев и закрыл съезд.",
                    "主席感谢东道主并宣布大会闭幕。",
                    "Der Vorsitzende dankte den Gastgebern und schloss den Kongress.",
                ),
                (
                    "See you at the next congress, and at every meeting before it.",
                    "До встречи на следующем съезде и на каждой встрече до него.",
                    "下届大会再见，也在此之前的每一次聚会上再见。",
                    "Auf Wiedersehen beim nächsten Kongress und bei jedem Treffen davor.",
                ),
                day=1,
            ),
        ],
        photos=(
            "congress-presidium",
            "congress-chairman",
            "congress-badge",
            "congress-gift",
            "congress-vote",
            "congress-closing",
        ),
    ),
    # --- The online meeting with a vote ------------------------------------------------------
    Demo(
        slug="online-flood-relief-2026",
        kind="online-meeting",
        unit="coordinating-committee",
        title=(
            "Online meeting: remembering the flood-relief volunteers",
            "Онлайн-встреча в память о добровольцах, помогавших при наводнении",
            "线上会议：纪念抗洪救灾志愿者",
            "Online-Treffen: Erinnerung an die Helfer der Flut",
        ),
        summary=(
            "Members and invited partners met online on the day of remembrance; the members "
            "voted unanimously to send humanitarian help to the flooded region.",
            "Члены Ассоциации и приглашённые партнёры встретились онлайн в день памяти; члены "
            "единогласно решили направить гуманитарную помощь в пострадавший район.",
            "",
            "",
        ),
        start=(2026, 7, 14, 18, 0),
        hours=2,
        zone="Europe/Moscow",
        format="online",
        online_url="https://meet.example.org/meridian-flood-relief",
        occasion="Remembrance of the volunteers of the flood relief",
        languages=("ru", "en"),
        people=[
            ("cn-01", ("chair", "speaker", "delegate"), "unit:coordinating-committee"),
            ("ru-01", ("delegate", "speaker"), "unit:coordinating-committee"),
            ("de-02", ("delegate",), "unit:coordinating-committee"),
            ("ru-04", ("delegate", "speaker"), "unit:chapter-ru"),
            ("de-03", ("delegate",), "unit:chapter-de"),
            ("cn-02", ("delegate",), "unit:chapter-cn"),
            ("ru-20", ("guest", "speaker"), "partner:youth-exchange-league"),
            ("de-19", ("observer",), "partner:north-review"),
        ],
        items=[
            Item(
                "opening",
                "cn-01",
                ("Opening", "Открытие"),
                (
                    "The chairman opened the meeting with a minute of silence.",
                    "Председатель открыл встречу минутой молчания.",
                ),
                (
                    "They came to help without being asked. We remember them.",
                    "Они пришли на помощь, не дожидаясь просьб. Мы их помним.",
                ),
            ),
            Item(
                "speech",
                "ru-01",
                ("The volunteers of 1959", "Добровольцы 1959 года"),
                (
                    "The vice-chair told the story of the first relief convoy.",
                    "Заместитель председателя рассказала историю первого конвоя помощи.",
                ),
                (
                    "Forty trucks and two hundred people set off in one night.",
                    "Сорок грузовиков и двести человек выехали за одну ночь.",
                ),
            ),
            Item(
                "speech",
                "ru-20",
                ("Young volunteers today", "Молодые добровольцы сегодня"),
                (
                    "The Youth Exchange League presented its volunteer programme.",
                    "Лига молодёжного обмена представила свою программу добровольцев.",
                ),
                (
                    "Our members are ready to go wherever help is needed.",
                    "Наши участники готовы ехать туда, где нужна помощь.",
                ),
            ),
            Item(
                "screening",
                "",
                ("Video report from the flooded region", "Видеорепортаж из пострадавшего района"),
                video_url="https://video.example.org/flood-report",
            ),
            Item(
                "motion",
                "cn-01",
                ("Humanitarian help", "Гуманитарная помощь"),
                (
                    "Send humanitarian help from the Association's relief fund "
                    "to the flooded region?",
                    "Направить гуманитарную помощь из фонда Ассоциации в район наводнения?",
                ),
                votes={"yes": 6, "no": 0, "abstain": 0},
            ),
            Item(
                "closing",
                "ru-04",
                ("Closing", "Закрытие"),
                (
                    "The chapter in Russia will organize the delivery.",
                    "Отделение в России организует доставку помощи.",
                ),
            ),
        ],
        photos=("online-kazan-report",),
    ),
]


def _simple(
    slug: str,
    kind: str,
    code: str,
    title: tuple[str, ...],
    summary: tuple[str, ...],
    start: tuple[int, ...],
    zone: str,
    city: str,
    country: str,
    languages: tuple[str, ...],
    speech: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    photos: tuple[str, ...],
    guests: list = (),
    occasion: str = "",
    format: str = "in_person",
    venue: str = "",
) -> Demo:
    """A chapter's event: the chapter chair opens, one speech, the secretary closes."""
    unit, chair, secretary, members = CHAPTER[code]
    speech_title, speech_text, speech_quote = speech
    return Demo(
        slug=slug,
        kind=kind,
        unit=unit,
        title=title,
        summary=summary,
        start=start,
        hours=2.5,
        zone=zone,
        city=city,
        country=country,
        languages=languages,
        format=format,
        occasion=occasion,
        venue=venue,
        photos=photos,
        people=chapter_people(code, list(guests)),
        items=[
            Item("opening", chair, ("Opening", "Открытие", "开幕", "Eröffnung")),
            Item("speech", members[0], speech_title, speech_text, speech_quote),
            Item("discussion", "", ("Discussion", "Обсуждение", "讨论", "Aussprache")),
            Item("closing", secretary, ("Closing", "Закрытие", "闭幕", "Schluss")),
        ],
    )


EVENTS += [
    _simple(
        "round-table-leipzig-2026",
        "round-table",
        "de",
        (
            "Round table: school partnerships",
            "Круглый стол о школьных партнёрствах",
            "圆桌会议：学校伙伴关系",
            "Runder Tisch: Schulpartnerschaften",
        ),
        (
            "Teachers and members discussed how to start a school partnership.",
            "",
            "",
            "Lehrkräfte und Mitglieder berieten, wie eine Schulpartnerschaft beginnt.",
        ),
        (2026, 3, 21, 15, 0),
        "Europe/Berlin",
        "Leipzig",
        "Germany",
        ("de", "en"),
        (
            ("How our first partnership began", "", "", "Wie unsere erste Partnerschaft begann"),
            (
                "Two classes exchanged letters for a year before the first visit.",
                "",
                "",
                "Zwei Klassen schrieben sich ein Jahr lang Briefe vor dem ersten Besuch.",
            ),
            (
                "Start with letters, not with flights.",
                "",
                "",
                "Beginnen Sie mit Briefen, nicht mit Flügen.",
            ),
        ),
        ("round-table-leipzig",),
        guests=[("Greta Holm", ("guest",), "partner:lindenau-city-library")],
    ),
    _simple(
        "annual-meeting-leipzig-2026",
        "meeting",
        "de",
        (
            "Annual meeting of the Chapter in Germany",
            "Годовое собрание отделения в Германии",
            "德国分会年会",
            "Jahresversammlung der Sektion Deutschland",
        ),
        (
            "The chapter reviewed its year and planned the next one.",
            "",
            "",
            "Die Sektion zog Bilanz und plante das nächste Jahr.",
        ),
        (2026, 2, 7, 11, 0),
        "Europe/Berlin",
        "Leipzig",
        "Germany",
        ("de", "en"),
        (
            ("The year in numbers", "", "", "Das Jahr in Zahlen"),
            (
                "Nine events, two new partner schools, forty new members.",
                "",
                "",
                "Neun Veranstaltungen, zwei neue Partnerschulen, vierzig neue Mitglieder.",
            ),
            ("We grew by a third.", "", "", "Wir sind um ein Drittel gewachsen."),
        ),
        ("leipzig-annual-meeting",),
        occasion="Founding of the Executive Committee in Germany",
    ),
    _simple(
        "folk-craft-workshop-2026",
        "meeting",
        "de",
        (
            "Folk-craft workshop",
            "Мастерская народных ремёсел",
            "民间工艺工作坊",
            "Volkskunstwerkstatt",
        ),
        (
            "Families learned paper cutting and wood painting.",
            "",
            "",
            "Familien lernten Scherenschnitt und Holzmalerei.",
        ),
        (2026, 9, 5, 14, 0),
        "Europe/Berlin",
        "Leipzig",
        "Germany",
        ("de", "en"),
        (
            ("Paper cutting for beginners", "", "", "Scherenschnitt für Anfänger"),
            (
                "A master of paper cutting showed the first steps.",
                "",
                "",
                "Eine Meisterin des Scherenschnitts zeigte die ersten Schritte.",
            ),
            (
                "Patience is the only tool you cannot buy.",
                "",
                "",
                "Geduld ist das einzige Werkzeug, das man nicht kaufen kann.",
            ),
        ),
        ("folk-craft-1", "folk-craft-2", "folk-craft-group"),
    ),
    _simple(
        "youth-round-table-kazan-2026",
        "round-table",
        "ru",
        (
            "Youth round table in Kazan",
            "Молодёжный круглый стол в Казани",
            "喀山青年圆桌会议",
            "Runder Tisch der Jugend in Kasan",
        ),
        ("Students discussed exchange programmes.", "Студенты обсудили программы обмена.", "", ""),
        (2026, 4, 7, 16, 0),
        "Europe/Moscow",
        "Kazan",
        "Russia",
        ("ru", "en"),
        (
            ("What an exchange year gave me", "Что мне дал год обмена", "", ""),
            (
                "A student spoke of her year abroad.",
                "Студентка рассказала о годе за границей.",
                "",
                "",
            ),
            (
                "I came back with a second language and a second home.",
                "Я вернулась со вторым языком и вторым домом.",
                "",
                "",
            ),
        ),
        ("youth-round-table-kazan",),
        occasion="Day of Youth Exchange",
        guests=[("ru-20", ("guest",), "partner:youth-exchange-league")],
    ),
    _simple(
        "veterans-evening-kazan-2026",
        "ceremony",
        "ru",
        (
            "Veterans' evening in Kazan",
            "Вечер ветеранов в Казани",
            "喀山老战士之夜",
            "Veteranenabend in Kasan",
        ),
        (
            "Long-standing members were honoured.",
            "Чествовали членов Ассоциации с многолетним стажем.",
            "",
            "",
        ),
        (2026, 5, 16, 17, 0),
        "Europe/Moscow",
        "Kazan",
        "Russia",
        ("ru", "en"),
        (
            ("Fifty years in the Association", "Пятьдесят лет в Ассоциации", "", ""),
            (
                "A veteran recalled the first exchange of delegations.",
                "Ветеран вспомнил первый обмен делегациями.",
                "",
                "",
            ),
            (
                "We wrote letters then; you write messages now. The friendship is the same.",
                "Тогда мы писали письма, вы пишете сообщения. Дружба та же.",
                "",
                "",
            ),
        ),
        ("award-kazan",),
    ),
    _simple(
        "calligraphy-class-2026",
        "meeting",
        "cn",
        (
            "Calligraphy class open day",
            "День открытых дверей в классе каллиграфии",
            "书法班开放日",
            "Tag der offenen Tür im Kalligrafiekurs",
        ),
        ("Guests tried the brush for the first time.", "", "来宾们第一次尝试了毛笔。", ""),
        (2026, 3, 14, 9, 30),
        "Asia/Shanghai",
        "Qinghe",
        "China",
        ("zh-hans", "en"),
        (
            ("The four treasures of the study", "", "文房四宝", ""),
            (
                "The teacher introduced brush, ink, paper and inkstone.",
                "",
                "老师介绍了笔、墨、纸、砚。",
                "",
            ),
            (
                "Write slowly; the brush remembers your hurry.",
                "",
                "慢慢写，毛笔会记住你的匆忙。",
                "",
            ),
        ),
        ("calligraphy-class",),
        occasion="First language courses of the Association",
    ),
    _simple(
        "chongyang-visit-2026",
        "meeting",
        "cn",
        (
            "Double Ninth visit to the elderly",
            "Визит к пожилым людям в праздник Чунъян",
            "重阳节看望老人",
            "Besuch bei älteren Menschen zum Doppelneunten Fest",
        ),
        ("Members visited a home for the elderly.", "", "会员们看望了养老院的老人。", ""),
        (2026, 10, 18, 10, 0),
        "Asia/Shanghai",
        "Qinghe",
        "China",
        ("zh-hans", "en"),
        (
            ("Songs of our parents", "", "父辈的歌", ""),
            (
                "The children's choir sang old songs with the residents.",
                "",
                "儿童合唱团和老人们一起唱起了老歌。",
                "",
            ),
            (
                "They knew every word; we learned them that afternoon.",
                "",
                "他们记得每一句歌词，我们那天下午学会了。",
                "",
            ),
        ),
        ("chongyang-visit",),
    ),
    _simple(
        "screening-geneva-2026",
        "screening",
        "de",
        (
            "Screening: letters across the border",
            "Кинопоказ «Письма через границу»",
            "放映会：《跨越国界的信》",
            "Filmvorführung: Briefe über die Grenze",
        ),
        (
            "A documentary about pen friends, followed by a talk.",
            "",
            "",
            "Ein Dokumentarfilm über Brieffreunde, danach ein Gespräch.",
        ),
        (2026, 6, 20, 19, 0),
        "Europe/Zurich",
        "Geneva",
        "Switzerland",
        ("en", "de"),
        (
            ("Introduction to the film", "", "", "Einführung in den Film"),
            (
                "The director's assistant told how the letters were found.",
                "",
                "",
                "Die Regieassistentin erzählte, wie die Briefe gefunden wurden.",
            ),
            ("Every letter in the film is real.", "", "", "Jeder Brief im Film ist echt."),
        ),
        ("screening-poster", "programme-geneva"),
    ),
    _simple(
        "online-peace-day-2026",
        "online-meeting",
        "cn",
        (
            "Online meeting of the chapters",
            "Онлайн-встреча отделений",
            "各分会线上会议",
            "Online-Treffen der Sektionen",
        ),
        (
            "The three chapters met online to plan joint projects.",
            "Три отделения встретились онлайн, чтобы спланировать общие проекты.",
            "三个分会在线上会面，规划联合项目。",
            "",
        ),
        (2026, 9, 21, 20, 0),
        "Asia/Shanghai",
        "",
        "",
        ("en", "zh-hans"),
        (
            ("Joint projects for next year", "", "明年的联合项目", ""),
            ("A proposal for a travelling exhibition.", "", "关于巡回展览的提议。", ""),
            (
                "One exhibition, three cities, one catalogue.",
                "",
                "一个展览，三座城市，一本图录。",
                "",
            ),
        ),
        ("online-peace-day",),
        format="online",
    ),
    _simple(
        "chapter-meeting-moscow-2026",
        "meeting",
        "ru",
        (
            "Meeting of the Chapter in Russia",
            "Собрание отделения в России",
            "俄罗斯分会会议",
            "Versammlung der Sektion Russland",
        ),
        ("The chapter prepared the Congress.", "Отделение готовилось к съезду.", "", ""),
        (2026, 9, 12, 12, 0),
        "Europe/Moscow",
        "Moscow",
        "Russia",
        ("ru", "en"),
        (
            ("Our delegates to the Congress", "Наши делегаты на съезд", "", ""),
            (
                "The chapter chose its delegates and its report.",
                "Отделение выбрало делегатов и утвердило доклад.",
                "",
                "",
            ),
            (
                "We go to Vienna with a full report and open questions.",
                "Мы едем в Вену с полным отчётом и открытыми вопросами.",
                "",
                "",
            ),
        ),
        ("online-chengdu-kazan",),
    ),
]

# Planned events: shown as upcoming, with open registration (no report yet).
UPCOMING: list[Demo] = [
    Demo(
        slug="winter-online-meeting-2026",
        kind="online-meeting",
        unit="coordinating-committee",
        title=(
            "Winter online meeting",
            "Зимняя онлайн-встреча",
            "冬季线上会议",
            "Winterliches Online-Treffen",
        ),
        summary=(
            "Members and friends look back on the anniversary year.",
            "Члены и друзья Ассоциации подводят итоги юбилейного года.",
            "会员和朋友们回顾周年纪念之年。",
            "Mitglieder und Freunde blicken auf das Jubiläumsjahr zurück.",
        ),
        start=(2026, 12, 12, 18, 0),
        hours=2,
        zone="Europe/Moscow",
        format="online",
        online_url="https://meet.example.org/meridian-winter",
        status="planned",
        registration="open",
        capacity=100,
        people=[("cn-01", ("chair", "speaker"), "unit:coordinating-committee")],
        items=[Item("opening", "cn-01", ("Opening", "Открытие", "开幕", "Eröffnung"))],
    ),
    Demo(
        slug="round-table-vienna-2027",
        kind="round-table",
        unit="representation-at",
        title=(
            "Round table on translation",
            "Круглый стол о переводе",
            "翻译圆桌会议",
            "Runder Tisch zur Übersetzung",
        ),
        summary=(
            "Translators talk about bringing stories into four languages.",
            "",
            "",
            "Übersetzerinnen und Übersetzer sprechen über Geschichten in vier Sprachen.",
        ),
        start=(2027, 1, 23, 15, 0),
        hours=3,
        zone="Europe/Vienna",
        city="Vienna",
        country="Austria",
        venue="Reading room of the representation",
        status="planned",
        registration="open",
        capacity=30,
        languages=("de", "en"),
        occasion="First festival of literary translation",
    ),
]

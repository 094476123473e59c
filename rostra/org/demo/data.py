"""The invented registry of the demo association: names, units, partners, dates."""

from __future__ import annotations

import datetime

from rostra.org import builders as b

D = datetime.date

# --- Names in several scripts --------------------------------------------------------------
# Chinese: (characters, pinyin, Russian transcription)
ZH_FAMILY = [
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
ZH_GIVEN = [
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
RU_GIVEN = [
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
RU_FAMILY = [
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
DE_GIVEN = [
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
DE_FAMILY = [
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


def people_names() -> list[tuple[str, str, dict]]:
    """60 (ref, original, names) triples: 20 written in Chinese, 20 Russian, 20 German."""
    people = []
    for i in range(20):
        family, given = ZH_FAMILY[i], ZH_GIVEN[(i * 7) % 20]
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
        given = RU_GIVEN[i]
        family = RU_FAMILY[(i * 3) % 10]
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
        given, family = DE_GIVEN[i], DE_FAMILY[(i * 3 + 1) % 10]
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

UNITS = [
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
UNIT_DESCRIPTIONS = {
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

PARTNERS = [
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

DATES = [
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
DATE_NOTE = b.names(
    "Prepare a meeting, a short talk and a post for the site.",
    "Подготовить встречу, короткое выступление и публикацию на сайте.",
    "准备一次会议、一个简短发言和一篇网站文章。",
    "Ein Treffen, einen kurzen Vortrag und einen Beitrag für die Website vorbereiten.",
    base="note",
)

BIO = (
    "{name} has taken part in the Association's exchanges for many years, gives talks on "
    "languages and culture, and helps to prepare its meetings.",
    "{name} много лет участвует в обменах Ассоциации, выступает с докладами о языках и "
    "культуре и помогает готовить её встречи.",
    "{name}多年来参与协会的交流活动，作关于语言和文化的报告，并协助筹备协会的会议。",
    "{name} nimmt seit vielen Jahren am Austausch des Verbandes teil, hält Vorträge über "
    "Sprachen und Kultur und hilft bei der Vorbereitung seiner Treffen.",
)

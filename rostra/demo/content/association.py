"""The invented association of the demo site: its names, places, editors and categories.

Meridian, its people and its partner organizations are fictional; any likeness to a real
organization or person is not intended.
"""

from __future__ import annotations

LANGUAGES = ["en", "ru", "zh-hans", "de"]

SITE_NAME = "Meridian International Association"

NAME = {
    "en": "Meridian International Association for Friendship and Cultural Cooperation",
    "ru": "Международная ассоциация дружбы и культурного сотрудничества «Меридиан»",
    "zh-hans": "“子午线”国际友好与文化合作协会",
    "de": "Internationale Vereinigung für Freundschaft und kulturelle Zusammenarbeit „Meridian“",
}

# The association's own video channel: the source named in every dateline.
SOURCE = {
    "en": "Meridian TV",
    "ru": "«Меридиан ТВ»",
    "zh-hans": "子午线电视",
    "de": "Meridian TV",
}

PLACES = {
    "geneva": {"en": "Geneva", "ru": "Женева", "zh-hans": "日内瓦", "de": "Genf"},
    "vienna": {"en": "Vienna", "ru": "Вена", "zh-hans": "维也纳", "de": "Wien"},
    "online": {"en": "Online", "ru": "Онлайн", "zh-hans": "线上", "de": "Online"},
    "leipzig": {"en": "Leipzig", "ru": "Лейпциг", "zh-hans": "莱比锡", "de": "Leipzig"},
    "bologna": {"en": "Bologna", "ru": "Болонья", "zh-hans": "博洛尼亚", "de": "Bologna"},
    "kazan": {"en": "Kazan", "ru": "Казань", "zh-hans": "喀山", "de": "Kasan"},
    "chengdu": {"en": "Chengdu", "ru": "Чэнду", "zh-hans": "成都", "de": "Chengdu"},
    "nairobi": {"en": "Nairobi", "ru": "Найроби", "zh-hans": "内罗毕", "de": "Nairobi"},
    "vale-verde": {
        "en": "Vale Verde",
        "ru": "Вале-Верде",
        "zh-hans": "瓦莱韦尔德",
        "de": "Vale Verde",
    },
    "lisbon": {"en": "Lisbon", "ru": "Лиссабон", "zh-hans": "里斯本", "de": "Lissabon"},
    "belo-horizonte": {
        "en": "Belo Horizonte",
        "ru": "Белу-Оризонти",
        "zh-hans": "贝洛奥里藏特",
        "de": "Belo Horizonte",
    },
}

# (language, home title, home slug is the source's, news title, news slug)
TREE = {
    "ru": ("Главная", "Новости", "novosti"),
    "zh-hans": ("首页", "新闻", "xinwen"),
    "de": ("Startseite", "Nachrichten", "nachrichten"),
}

HOME_INTRO = {
    "en": (
        "Meridian is an international association of volunteers who build friendship and "
        "cultural cooperation between peoples. Founded in Geneva in 1951 by the teacher and "
        "translator Ilse Marten, it brings together national chapters in Germany, Italy, "
        "Russia, China, Brazil and Kenya, a representative in Portugal and a circle of "
        "friendly organizations. Here we report on our congresses, meetings, round tables "
        "and commemorative days, in English, Russian, Chinese and German."
    ),
    "ru": (
        "«Меридиан» — международная ассоциация добровольцев, которые развивают дружбу и "
        "культурное сотрудничество между народами. Её основала в Женеве в 1951 году "
        "учительница и переводчица Ильзе Мартен. Сегодня в ассоциацию входят национальные "
        "отделения в Германии, Италии, России, Китае, Бразилии и Кении; у неё есть "
        "представитель в Португалии и много дружественных организаций. Здесь мы "
        "рассказываем о наших конгрессах, встречах, круглых столах и памятных датах."
    ),
    "zh-hans": (
        "“子午线”是一个由志愿者组成的国际协会，致力于促进各国人民之间的友谊与文化合作。"
        "协会于1951年由教师、翻译家伊尔泽·马滕在日内瓦创立，目前在德国、意大利、俄罗斯、"
        "中国、巴西和肯尼亚设有分会，在葡萄牙派驻代表，并与众多友好组织保持合作。"
        "本网站报道协会的代表大会、会议、圆桌会议和纪念活动。"
    ),
    "de": (
        "„Meridian“ ist eine internationale Vereinigung von Ehrenamtlichen, die Freundschaft "
        "und kulturelle Zusammenarbeit zwischen den Völkern fördern. Gegründet wurde sie 1951 "
        "in Genf von der Lehrerin und Übersetzerin Ilse Marten. Heute gehören ihr Landesgruppen "
        "in Deutschland, Italien, Russland, China, Brasilien und Kenia an, dazu eine "
        "Vertreterin in Portugal und ein Kreis befreundeter Organisationen. Hier berichten wir "
        "über unsere Kongresse, Treffen, Rundtischgespräche und Gedenktage."
    ),
}

NEWS_INTRO = {
    "en": "Reports from the life of the association: events, decisions and anniversaries.",
    "ru": "Сообщения о жизни ассоциации: мероприятия, решения и памятные даты.",
    "zh-hans": "协会动态：活动、决议与纪念日。",
    "de": "Berichte aus dem Leben der Vereinigung: Veranstaltungen, Beschlüsse und Jahrestage.",
}

# slug -> {language: (name, slug, description)}; the English one is the source.
CATEGORIES = {
    "congresses": {
        "en": ("Congresses", "congresses", "The association's congresses and their sessions."),
        "ru": ("Конгрессы", "kongressy", "Конгрессы ассоциации и их заседания."),
        "zh-hans": ("代表大会", "daibiao-dahui", "协会代表大会及各次会议。"),
        "de": ("Kongresse", "kongresse", "Die Kongresse der Vereinigung und ihre Sitzungen."),
    },
    "meetings": {
        "en": ("Meetings", "meetings", "Meetings of the committee, the chapters and members."),
        "ru": ("Встречи", "vstrechi", "Заседания комитета, встречи отделений и членов."),
        "zh-hans": ("会议", "huiyi", "委员会、分会及会员的会议。"),
        "de": ("Treffen", "treffen", "Sitzungen des Komitees, Treffen der Landesgruppen."),
    },
    "round-tables": {
        "en": ("Round tables", "round-tables", "Discussions where our activists take part."),
        "ru": ("Круглые столы", "kruglye-stoly", "Дискуссии с участием наших активистов."),
        "zh-hans": ("圆桌会议", "yuanzhuo-huiyi", "我会积极分子参加的研讨与交流。"),
        "de": ("Rundtischgespräche", "rundtischgespraeche", "Gespräche mit unseren Aktiven."),
    },
    "commemorations": {
        "en": ("Commemorations", "commemorations", "Anniversaries and commemorative days."),
        "ru": ("Памятные даты", "pamyatnye-daty", "Юбилеи и памятные дни."),
        "zh-hans": ("纪念活动", "jinian-huodong", "周年纪念与纪念日活动。"),
        "de": ("Gedenktage", "gedenktage", "Jahrestage und Gedenktage."),
    },
    "partners": {
        "en": ("Partners", "partners", "Work with friendly organizations."),
        "ru": ("Партнёры", "partnery", "Сотрудничество с дружественными организациями."),
        "zh-hans": ("合作伙伴", "hezuo-huoban", "与友好组织的合作。"),
        "de": ("Partner", "partner", "Zusammenarbeit mit befreundeten Organisationen."),
    },
    "ceremonies": {
        "en": ("Ceremonies", "ceremonies", "Awards, openings and celebrations."),
        "ru": ("Церемонии", "ceremonii", "Награждения, открытия и торжества."),
        "zh-hans": ("典礼", "dianli", "颁奖、开幕与庆典。"),
        "de": ("Feierlichkeiten", "feierlichkeiten", "Ehrungen, Eröffnungen und Feiern."),
    },
    "humanitarian-aid": {
        "en": ("Humanitarian aid", "humanitarian-aid", "Help for people in need."),
        "ru": ("Гуманитарная помощь", "gumanitarnaya-pomoshch", "Помощь тем, кто в беде."),
        "zh-hans": ("人道援助", "rendao-yuanzhu", "向困难群众提供帮助。"),
        "de": ("Humanitäre Hilfe", "humanitaere-hilfe", "Hilfe für Menschen in Not."),
    },
}

# The editors who add the reports: (username, first name, last name, group).
EDITORS = [
    ("rita.mensah", "Rita", "Mensah", "Chief editors"),
    ("daniel.ferris", "Daniel", "Ferris", "Editors"),
    ("anna.volkova", "Anna", "Volkova", "Editors"),
    ("xiaoyu.chen", "Xiaoyu", "Chen", "Editors"),
    ("jonas.hartmann", "Jonas", "Hartmann", "Chief editors"),
]
EMAIL_DOMAIN = "meridian.example.org"

# Who adds a language's reports unless a text names someone else.
DEFAULT_OWNER = {
    "en": "rita.mensah",
    "ru": "anna.volkova",
    "zh-hans": "xiaoyu.chen",
    "de": "jonas.hartmann",
}

VIDEO_BASE = "https://video.example.org/meridian-tv/"

"""The demo's places and occasions in every shipped language: English -> (ru, zh-hans, de).

Places are words of a language ("Moscow", «Москва», 莫斯科, "Moskau"); the demo loaders look
them up here and fill one field per configured language (a language without an entry here
falls back to English when read, like names).
"""

from __future__ import annotations

PLACES: dict[str, tuple[str, str, str]] = {
    # countries
    "Austria": ("Австрия", "奥地利", "Österreich"),
    "China": ("Китай", "中国", "China"),
    "Germany": ("Германия", "德国", "Deutschland"),
    "Russia": ("Россия", "俄罗斯", "Russland"),
    "Switzerland": ("Швейцария", "瑞士", "Schweiz"),
    # cities (real and invented)
    "Geneva": ("Женева", "日内瓦", "Genf"),
    "Kazan": ("Казань", "喀山", "Kasan"),
    "Leipzig": ("Лейпциг", "莱比锡", "Leipzig"),
    "Moscow": ("Москва", "莫斯科", "Moskau"),
    "Vienna": ("Вена", "维也纳", "Wien"),
    "Qinghe": ("Цинхэ", "清河", "Qinghe"),
    "Almstadt": ("Альмштадт", "阿尔姆施塔特", "Almstadt"),
    "Hafenburg": ("Хафенбург", "哈芬堡", "Hafenburg"),
    "Lindenau": ("Линденау", "林德瑙", "Lindenau"),
    "Volzhsk": ("Волжск", "伏尔加斯克", "Wolschsk"),
    # venues
    "Hall of the Friendship Foundation": (
        "Зал Фонда дружбы",
        "友谊基金会大厅",
        "Saal der Freundschaftsstiftung",
    ),
    "Reading room of the representation": (
        "Читальный зал представительства",
        "代表处阅览室",
        "Lesesaal der Vertretung",
    ),
    # honours' occasions
    "the annual meeting": ("ежегодное собрание", "年会", "die Jahresversammlung"),
    "the founding day of the chapter": (
        "день основания отделения",
        "分会成立日",
        "der Gründungstag der Sektion",
    ),
    "the 70th anniversary of the first congress": (
        "70-летие первого конгресса",
        "第一届代表大会七十周年",
        "der 70. Jahrestag des ersten Kongresses",
    ),
    "the round table on cultural exchange": (
        "круглый стол по культурному обмену",
        "文化交流圆桌会议",
        "der Runde Tisch zum Kulturaustausch",
    ),
    "the festival of literary translation": (
        "фестиваль художественного перевода",
        "文学翻译节",
        "das Festival der literarischen Übersetzung",
    ),
    "the Association's founding day": (
        "день основания Ассоциации",
        "协会成立日",
        "der Gründungstag des Verbandes",
    ),
}


def place(english: str, base: str) -> dict[str, str]:
    """{f"{base}_en": …, f"{base}_ru": …} for the configured languages ("" stays "")."""
    from rostra.org.builders import names

    ru, zh, de = PLACES.get(english, ("", "", ""))
    return names(english, ru, zh, de, base=base)

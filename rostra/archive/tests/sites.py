"""Small invented old sites, written into a temporary folder by the tests."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title} - Friendship Society</title></head>
<body><div id="menu"><a href="/">Home</a> <a href="/news/">News</a></div>
<table class="layout"><tr><td class="main">
<div class="eBlock">
<div class="eTitle">{title}</div>
<div class="eMessage">{message}</div>
<div class="eDetails">{details}</div>
</div>
<div class="comments">{total_comments}{comments}</div>
</td></tr></table>
</body></html>
"""

COMMENT = """<div class="cBlock"><span class="cName">{name}</span>
<span class="cDate">{date}</span><div class="cMessage">{text}</div></div>"""

GALLERY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Album</title></head>
<body><h1>Congress</h1>{photos}</body></html>"""


def jpeg(path: Path, color=(120, 40, 40), size=(64, 48)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def write_page(
    root: Path,
    address: str,
    *,
    title: str,
    message: str,
    details: str,
    comments: list[tuple[str, str, str]] = (),
    encoding: str = "utf-8",
    total_label: str = "Total comments",
    suffix: str = ".html",
) -> Path:
    html = PAGE.format(
        charset=encoding,
        title=title,
        message=message,
        details=details,
        total_comments=f"<b>{total_label}: {len(comments)}</b>" if comments else "",
        comments="".join(COMMENT.format(name=n, date=d, text=t) for n, d, t in comments),
    )
    file = root / (address.lstrip("/") + suffix)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(html.encode(encoding))
    return file


LINKS = {
    "en": '<a href="/news/2019-07-22-15">[English]</a>',
    "ru": '<a href="/news/2019-07-22-16">[Русский]</a>',
    "zh-hans": '<a href="/news/2019-07-22-17">[中国语]</a>',
    "de": '<a href="/news/2019-07-22-18">[Deutsch]</a>',
}


def language_links(current: str) -> str:
    parts = [
        f"[{name}]" if code == current else LINKS[code]
        for code, name in [
            ("en", "English"),
            ("ru", "Русский"),
            ("zh-hans", "中国语"),
            ("de", "Deutsch"),
        ]
    ]
    return "<p>" + " ".join(parts) + "</p>"


STORY = {
    "en": {
        "address": "/news/2019-07-22-15",
        "title": "The congress opens in Moscow",
        "dateline": "July 22, Moscow (Channel TV)",
        "text": "The congress of the society opened in the hall of the foundation.",
        "heading": "Speeches",
        "quote": "We stand together, today as for seventy-five years.",
        "details": (
            "Category: English | Views: 443 | Added by: editor1 | Date: 22.07.2019, 15:37 | "
            "Tags: congress, anniversary"
        ),
        "photos": "All photos",
    },
    "ru": {
        "address": "/news/2019-07-22-16",
        "title": "В Москве открылся съезд",
        "dateline": "22 июля, Москва (Канал ТВ)",
        "text": "Съезд общества открылся в зале фонда.",
        "heading": "Выступления",
        "quote": "Мы вместе, сегодня, как и семьдесят пять лет назад.",
        "details": (
            "Категория: Русский | Просмотров: 1 204 | Добавил: editor1 | "
            "Дата: 22.07.2019, 15:40 | Теги: съезд, юбилей"
        ),
        "photos": "Все фото",
    },
    "zh-hans": {
        "address": "/news/2019-07-22-17",
        "title": "代表大会在莫斯科开幕",
        "dateline": "7月22日, 莫斯科 (电视频道)",
        "text": "协会代表大会在基金会大厅开幕。",
        "heading": "发言",
        "quote": "我们团结在一起。",
        "details": (
            "Category: 中国语 | Views: 87 | Added by: editor2 | Date: 22.07.2019 | Tags: 大会"
        ),
        "photos": "所有照片",
    },
    "de": {
        "address": "/news/2019-07-22-18",
        "title": "Kongress in Moskau eröffnet",
        "dateline": "22. Juli, Moskau (Kanal TV)",
        "text": "Der Kongress der Gesellschaft wurde im Saal der Stiftung eröffnet.",
        "heading": "Reden",
        "quote": "Wir stehen zusammen.",
        "details": "Category: Deutsch | Views: 31 | Added by: editor1 | Date: 22.07.2019",
        "photos": "Alle Fotos",
    },
}


def ucoz_site(root: Path) -> Path:
    """A UTF-8 mirror: one story in four languages (English and Russian labels), a lead photo,
    a gallery of three photos with captions, comments, a script and a layout table."""
    for language, story in STORY.items():
        message = (
            language_links(language)
            + f"<p><b>{story['dateline']}</b> — {story['text']}</p>"
            + '<p><img src="/_nw/1/lead.jpg" alt=""></p>'
            + "<p>First <strong>bold</strong> and <em>italic</em> words, "
            + '<a href="http://example.org/x" onclick="evil()">a link</a>.</p>'
            + f"<h2>{story['heading']}</h2>"
            + f"<blockquote>{story['quote']}<cite>Li Wei</cite></blockquote>"
            + "<script>alert('old counter')</script><style>p{color:red}</style>"
            + "<table><tr><td>A cell of an old layout table.</td></tr></table>"
            + f'<p><a href="/photo/12">{story["photos"]}</a></p>'
        )
        comments = []
        if language == "en":
            comments = [
                ("Anna", "23.07.2019 10:15", "Congratulations to all delegates!"),
                ("Paul", "24.07.2019 08:00", "A <b>great</b> day.<script>x()</script>"),
            ]
        write_page(
            root,
            story["address"],
            title=story["title"],
            message=message,
            details=story["details"],
            comments=comments,
            total_label="Комментариев" if language == "ru" else "Total comments",
        )
    jpeg(root / "_nw/1/lead.jpg", (200, 30, 30))
    photos = ""
    for n, caption in enumerate(["The presidium", "The gift", "The hall"], start=1):
        jpeg(root / f"_ph/1/1/{n}.jpg", (10 * n, 60, 90), (32, 24))  # thumbnails
        jpeg(root / f"_ph/1/2/{n}.jpg", (10 * n, 90, 60))
        photos += (
            f'<div class="gphoto"><a href="/_ph/1/2/{n}.jpg"><img src="/_ph/1/1/{n}.jpg"></a>'
            f'<div class="gcaption">{caption}</div></div>'
        )
    (root / "photo").mkdir(parents=True, exist_ok=True)
    (root / "photo/12.html").write_text(GALLERY.format(photos=photos), encoding="utf-8")
    (root / "index.html").write_text("<html><body>Home</body></html>", encoding="utf-8")
    return root


def cp1251_site(root: Path) -> Path:
    """A Windows-1251 mirror with Russian labels (one page says its encoding, one does not)."""
    write_page(
        root,
        "/blog/2018-05-09-3",
        title="Круглый стол о дружбе",
        message=(
            "<p><b>9 мая, Санкт-Петербург (Наш канал)</b> — Активисты общества провели "
            "круглый стол, посвящённый дружбе народов и памяти павших.</p>"
        ),
        details=(
            "Категория: Новости | Просмотров: 57 | Добавил: Мария | Дата: 09.05.2018 | "
            "Теги: круглый стол"
        ),
        comments=[("Ольга", "10.05.2018 12:00", "Спасибо за встречу!")],
        encoding="windows-1251",
    )
    file = write_page(
        root,
        "/blog/2018-06-12-4",
        title="Встреча с ветеранами",
        message=(
            "<p>Члены общества встретились с ветеранами, поблагодарили их за мужество и "
            "вручили памятные подарки. Встреча прошла в тёплой атмосфере дружбы.</p>"
        ),
        details="Категория: Новости | Просмотров: 12 | Добавил: Мария | Дата: 12.06.2018",
        encoding="windows-1251",
    )
    # This page does not say its encoding: it is recognised from its bytes.
    file.write_bytes(file.read_bytes().replace(b"; charset=windows-1251", b""))
    return root


# --- WordPress -------------------------------------------------------------------------------

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Friendship Society</title>
<link>https://friends.example.org</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[maria]]></wp:author_login>
<wp:author_display_name><![CDATA[Maria Sokolova]]></wp:author_display_name></wp:author>
<wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login>
<wp:author_display_name><![CDATA[Elena Marsh]]></wp:author_display_name></wp:author>
<wp:term><wp:term_id>20</wp:term_id><wp:term_taxonomy>post_translations</wp:term_taxonomy>
<wp:term_slug>pll_5d35a1</wp:term_slug>
<wp:term_description><![CDATA[a:2:{s:2:"en";i:12;s:2:"ru";i:13;}]]></wp:term_description></wp:term>
"""


def wxr_item(
    post_id: int,
    title: str,
    slug: str,
    language: str,
    content: str,
    *,
    group: str = "pll_5d35a1",
    author: str = "maria",
    status: str = "publish",
    views: int = 0,
    thumbnail: int | None = None,
    categories=(("congress", "Congress"),),
    tags=(),
    comments: str = "",
    date: str = "2019-07-22 15:37:00",
) -> str:
    terms = "".join(
        f'<category domain="category" nicename="{n}"><![CDATA[{name}]]></category>'
        for n, name in categories
    )
    terms += "".join(
        f'<category domain="post_tag" nicename="{t}"><![CDATA[{t}]]></category>' for t in tags
    )
    terms += f'<category domain="language" nicename="{language}"><![CDATA[{language}]]></category>'
    if group:
        terms += (
            f'<category domain="post_translations" nicename="{group}">'
            f"<![CDATA[{group}]]></category>"
        )
    meta = (
        "<wp:postmeta><wp:meta_key>views</wp:meta_key>"
        f"<wp:meta_value>{views}</wp:meta_value></wp:postmeta>"
    )
    if thumbnail:
        meta += (
            "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
            f"<wp:meta_value>{thumbnail}</wp:meta_value></wp:postmeta>"
        )
    prefix = "" if language == "en" else f"/{language}"
    return f"""<item><title>{title}</title>
<link>https://friends.example.org{prefix}/2019/07/22/{slug}/</link>
<pubDate>Mon, 22 Jul 2019 15:37:00 +0000</pubDate>
<dc:creator><![CDATA[{author}]]></dc:creator>
<guid isPermaLink="false">https://friends.example.org/?p={post_id}</guid>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>{date}</wp:post_date>
<wp:post_date_gmt>{date}</wp:post_date_gmt><wp:post_name>{slug}</wp:post_name>
<wp:status>{status}</wp:status><wp:post_parent>0</wp:post_parent>
<wp:post_type>post</wp:post_type>{terms}{meta}{comments}</item>
"""


def wxr_attachment(post_id: int, parent: int, path: str, caption: str) -> str:
    return f"""<item><title>{caption}</title>
<link>https://friends.example.org/2019/07/22/congress/photo-{post_id}/</link>
<guid isPermaLink="false">https://friends.example.org/wp-content/uploads/{path}</guid>
<excerpt:encoded><![CDATA[{caption}]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>2019-07-22 15:00:00</wp:post_date>
<wp:status>inherit</wp:status><wp:post_parent>{parent}</wp:post_parent>
<wp:post_type>attachment</wp:post_type>
<wp:attachment_url>https://friends.example.org/wp-content/uploads/{path}</wp:attachment_url>
</item>
"""


def wxr_comment(cid: int, author: str, text: str, approved: str = "1", parent: int = 0) -> str:
    return f"""<wp:comment><wp:comment_id>{cid}</wp:comment_id>
<wp:comment_author><![CDATA[{author}]]></wp:comment_author>
<wp:comment_author_email>{author.lower()}@example.org</wp:comment_author_email>
<wp:comment_date>2019-07-23 09:00:00</wp:comment_date>
<wp:comment_date_gmt>2019-07-23 09:00:00</wp:comment_date_gmt>
<wp:comment_content><![CDATA[{text}]]></wp:comment_content>
<wp:comment_approved>{approved}</wp:comment_approved><wp:comment_type>comment</wp:comment_type>
<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"""


def wordpress_site(root: Path) -> Path:
    """An export with a Polylang group (English and Russian), a draft, photos in uploads."""
    uploads = root / "uploads"
    jpeg(uploads / "2019/07/hall.jpg", (20, 120, 20))
    jpeg(uploads / "2019/07/gift.jpg", (20, 20, 120))
    jpeg(uploads / "2019/07/speech.jpg", (120, 120, 20))
    en_body = (
        "The congress opened in the hall of the foundation.\n\n"
        '[caption id="attachment_30" width="640"]<img src="https://friends.example.org/'
        'wp-content/uploads/2019/07/speech-300x200.jpg" alt=""> The chairman speaks[/caption]'
        "\n\n<h3>Decisions</h3>\n\nThe congress adopted a resolution.\n"
        "<script>tracker()</script>"
    )
    ru_body = "Съезд открылся в зале фонда.\n\nСъезд принял резолюцию."
    comments = (
        wxr_comment(1, "Anna", "Well done!")
        + wxr_comment(2, "Spammer", "Buy pills", approved="spam")
        + wxr_comment(3, "Paul", "Thank you, Anna.", parent=1)
    )
    items = [
        wxr_item(
            12,
            "The congress opens",
            "congress-opens",
            "en",
            en_body,
            author="editor",
            views=980,
            thumbnail=31,
            tags=("congress", "anniversary"),
            comments=comments,
        ),
        wxr_item(
            13,
            "Съезд открылся",
            "%d1%81%d1%8a%d0%b5%d0%b7%d0%b4",
            "ru",
            ru_body,
            views=450,
            categories=(("congress-ru", "Съезд"),),
        ),
        wxr_item(14, "A draft", "a-draft", "en", "Not ready.", group="", status="draft"),
        wxr_attachment(30, 12, "2019/07/speech.jpg", "The chairman speaks"),
        wxr_attachment(31, 12, "2019/07/hall.jpg", "The hall"),
        wxr_attachment(32, 12, "2019/07/gift.jpg", "The gift"),
    ]
    file = root / "export.xml"
    file.write_text(WXR_HEAD + "".join(items) + "</channel></rss>\n", encoding="utf-8")
    return file

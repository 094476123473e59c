"""A few approved readers' comments under some demo articles, in each article's language.

Idempotent: a comment is recognised by its article, author name and text.
"""

from __future__ import annotations

import datetime

from django.db.models import Q
from django.utils import timezone

from rostra.news.models import ArticlePage
from rostra.readers.models import Comment

# Per language: (name, text, reply (name, text) or None). Neutral, short, invented readers.
COMMENTS = {
    "en": [
        ("Helen Carter", "Thank you for the detailed report and the photos.", None),
        (
            "Samuel Okoye",
            "Will the speeches be published in full?",
            ("Editorial team", "Yes, the full texts follow in the coming days."),
        ),
    ],
    "ru": [
        ("Ольга Смирнова", "Спасибо за подробный рассказ и фотографии.", None),
        (
            "Дмитрий Орлов",
            "Будут ли опубликованы полные тексты выступлений?",
            ("Редакция", "Да, полные тексты появятся в ближайшие дни."),
        ),
    ],
    "zh-hans": [
        ("王芳", "感谢详细的报道和照片。", None),
        ("陈明", "发言全文会发布吗？", ("编辑部", "会的，全文将在近日发布。")),
    ],
    "de": [
        ("Katrin Vogel", "Danke für den ausführlichen Bericht und die Fotos.", None),
        (
            "Jonas Berger",
            "Werden die Reden vollständig veröffentlicht?",
            ("Redaktion", "Ja, die vollständigen Texte folgen in den nächsten Tagen."),
        ),
    ],
}
ARTICLES_PER_LANGUAGE = 3


def ensure_comments(article_ids: list[int]) -> int:
    """Comments under the newest few demo articles of each language; returns how many new."""
    created = 0
    articles = ArticlePage.objects.filter(pk__in=article_ids).select_related("locale")
    for language, comments in COMMENTS.items():
        newest = articles.filter(locale__language_code=language).order_by("-date", "pk")
        for article in newest[:ARTICLES_PER_LANGUAGE]:
            when = timezone.make_aware(datetime.datetime.combine(article.date, datetime.time(18)))
            for name, text, reply in comments:
                top, new = _comment(article, name, text, None, when)
                created += new
                if reply:
                    created += _comment(article, reply[0], reply[1], top, when)[1]
    return created


def _comment(article, name: str, text: str, parent, when) -> tuple[Comment, int]:
    existing = Comment.objects.filter(Q(page=article) & Q(name=name) & Q(body=text)).first()
    if existing:
        return existing, 0
    comment = Comment.objects.create(
        page=article,
        parent=parent,
        name=name,
        body=text,
        status=Comment.Status.APPROVED,
        moderated_at=when,
    )
    Comment.objects.filter(pk=comment.pk).update(created_at=when)
    return comment, 1

"""The demo has a few approved comments, with replies, in each article's language."""

import pytest

from rostra.readers.models import Comment

pytestmark = pytest.mark.django_db


def test_it_gives_some_articles_approved_comments_in_their_language(demo_site):
    comments = Comment.objects.select_related("page__locale")
    assert comments.count() >= 4 * 3 * 3
    assert not comments.exclude(status=Comment.Status.APPROVED).exists()
    languages = set(comments.values_list("page__locale__language_code", flat=True))
    assert languages == {"en", "ru", "zh-hans", "de"}
    assert comments.filter(parent__isnull=False).exists()
    russian = comments.filter(page__locale__language_code="ru").first()
    assert any("\u0400" <= ch <= "\u04ff" for ch in russian.body)
    assert demo_site.second.created.get("comments", 0) == 0  # loading again adds none

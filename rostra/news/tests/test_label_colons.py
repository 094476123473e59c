"""Labels end with the language's colon: "Views:" in English, "浏览量：" in Chinese (full-width,
as Chinese typography wants), on the article's footer and its comment form."""

from __future__ import annotations

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "views", "name"), [("en", "Views:", "Name:"), ("zh-hans", "浏览量：", "姓名：")]
)
def test_it_ends_labels_with_the_languages_colon(client, make_article, html, language, views, name):
    article = make_article(language, title="Congress opens")
    page = html(client.get(article.url))
    footer = [dt.get_text() for dt in page.select("footer.article-footer dt")]
    assert views in footer
    labels = [label.get_text() for label in page.select("form label")]
    assert name in labels
    if language == "zh-hans":
        assert not any(text.endswith(":") for text in footer + labels)

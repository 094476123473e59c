"""Keep the search index right after publishing.

Wagtail indexes a page on post_save, which fires before modelcluster writes the page's child
relations (tags among them). Indexing again once publishing is complete puts the tags in.
"""

from __future__ import annotations

from wagtail.search import index
from wagtail.signals import page_published

from rostra.news.models import ArticlePage


def reindex_published_article(sender, instance, **kwargs) -> None:
    index.insert_or_update_object(instance)


page_published.connect(
    reindex_published_article, sender=ArticlePage, dispatch_uid="rostra-reindex-article"
)

"""RSS 2.0 and Atom feeds of one language's articles: all, of one category or of one tag."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from rostra.core.context_processors import site_name

FEED_SIZE = 30


class ArticleFeed(Feed):
    def __init__(self, index, kind: str = "rss", category=None, tag=None):
        super().__init__()
        self.index = index
        self.category = category
        self.tag = tag
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed
        self.kind = kind
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        name = site_name(self.request)
        if self.category is not None:
            return f"{name}: {self.category.name}"
        if self.tag is not None:
            return f"{name}: #{self.tag.name}"
        return f"{name}: {self.index.title}"

    def link(self):
        if self.category is not None:
            return self.index.url + self.index.reverse_subpage(
                "category", kwargs={"slug": self.category.slug}
            )
        if self.tag is not None:
            return self.index.url + self.index.reverse_subpage(
                "tag", kwargs={"slug": self.tag.slug}
            )
        return self.index.url

    def feed_url(self):
        return self.request.path

    def description(self):
        return self.index.intro or _("News in %(language)s") % {
            "language": self.index.locale.get_display_name()
        }

    subtitle = description

    def items(self):
        articles = self.index.articles()
        if self.category is not None:
            articles = articles.filter(category=self.category)
        if self.tag is not None:
            articles = articles.filter(tags=self.tag)
        return articles[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead or item.search_description

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"{settings.SITE_URL}/page/{item.translation_key}/{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        if item.first_published_at:
            return item.first_published_at
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return item.added_by or None

    def item_categories(self, item):
        return [item.category.name] if item.category else ()

"""The news site: home, the news index with its listings and feeds, and the article."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from rostra.core.images import prefetch_renditions
from rostra.core.pages import FastPageMixin
from rostra.core.search import with_cjk_grams
from rostra.news.blocks import ArticleBodyBlock
from rostra.news.hooks import article_context, article_requested
from rostra.news.renditions import ARTICLE_PAGE_SPECS


@register_snippet
class Category(TranslatableMixin, models.Model):
    """A topic (not a language: languages are locales). Translated like any snippet."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=True),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_unique_slug")
        ]

    def __str__(self) -> str:
        return self.name


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


def paginate(request, queryset, per_page: int | None = None):
    """A page of `queryset`. A ?page= that is not a number or too large gives the nearest
    real page (first or last), as readers who edit URLs by hand expect, never an error."""
    paginator = Paginator(queryset, per_page or settings.NEWS_PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


class HomePage(FastPageMixin, Page):
    """The front page of one language: featured and latest articles."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["news.NewsIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.for_listing(self.locale_id)
        context["featured"] = list(articles.filter(featured=True)[:3])
        featured_ids = [a.pk for a in context["featured"]]
        context["latest"] = list(articles.exclude(pk__in=featured_ids)[:9])
        index = NewsIndexPage.objects.child_of(self).live().first()
        context["feeds"] = index.feed_links() if index else None
        from rostra.core.context_processors import site_name
        from rostra.news import structured

        context["structured_data"] = structured.organization(
            site_name(request), self.url, static("core/img/favicon.svg")
        )
        return context


class NewsIndexPage(FastPageMixin, RoutablePageMixin, Page):
    """All articles of one language, with listings per category, tag and month, and feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return ArticlePage.objects.for_listing(self.locale_id).descendant_of(self)

    def render_listing(self, request, articles, *, heading: str, feeds=None, **extra):
        context = self.get_context(request)
        context.update(
            page_obj=paginate(request, articles),
            listing_heading=heading,
            feeds=feeds if feeds is not None else self.feed_links(),
            **extra,
        )
        return TemplateResponse(request, "news/news_index_page.html", context)

    def feed_links(self) -> dict[str, str]:
        return {
            "rss": self.url + self.reverse_subpage("feed_rss"),
            "atom": self.url + self.reverse_subpage("feed_atom"),
        }

    @path("")
    def all_articles(self, request):
        return self.render_listing(request, self.articles(), heading=self.title)

    @path("category/<str:slug>/")
    def category(self, request, slug: str):
        category = get_object_or_404(Category, locale_id=self.locale_id, slug=slug)
        base = self.url + self.reverse_subpage("category", kwargs={"slug": slug})
        return self.render_listing(
            request,
            self.articles().filter(category=category),
            heading=category.name,
            category=category,
            feeds={"rss": base + "feed/rss/", "atom": base + "feed/atom/"},
        )

    @path("tag/<str:slug>/")
    def tag(self, request, slug: str):
        articles = self.articles().filter(tags__slug=slug)
        tag = ArticleTag.tag_model().objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        return self.render_listing(request, articles, heading=f"#{tag.name}", tag=tag)

    @path("archive/<int:year>/<int:month>/")
    def archive(self, request, year: int, month: int):
        if not (1900 <= year <= 9999 and 1 <= month <= 12):
            raise Http404
        month_start = datetime.date(year, month, 1)
        articles = self.articles().filter(date__year=year, date__month=month)
        return self.render_listing(request, articles, heading="", month=month_start)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from rostra.news.feeds import ArticleFeed

        return ArticleFeed(self, kind="rss")(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from rostra.news.feeds import ArticleFeed

        return ArticleFeed(self, kind="atom")(request)

    @path("category/<str:slug>/feed/rss/", name="category_feed_rss")
    def category_feed_rss(self, request, slug: str):
        from rostra.news.feeds import ArticleFeed

        category = get_object_or_404(Category, locale_id=self.locale_id, slug=slug)
        return ArticleFeed(self, kind="rss", category=category)(request)

    @path("category/<str:slug>/feed/atom/", name="category_feed_atom")
    def category_feed_atom(self, request, slug: str):
        from rostra.news.feeds import ArticleFeed

        category = get_object_or_404(Category, locale_id=self.locale_id, slug=slug)
        return ArticleFeed(self, kind="atom", category=category)(request)

    def month_archive(self) -> list[datetime.date]:
        """The months that have articles, newest first, for the archive list."""
        return list(self.articles().dates("date", "month", order="DESC"))


class ArticlePageManager(PageManager):
    def for_serving(self):
        """One query brings the page with everything its dateline and footer name."""
        return self.select_related("category", "owner", "lead_image", "stats", "locale")

    def for_listing(self, locale_id: int):
        return (
            self.live()
            .public()
            .filter(locale_id=locale_id)
            .select_related("lead_image")
            .order_by("-date", "-first_published_at", "-pk")
        )


class ArticlePage(FastPageMixin, RoutablePageMixin, Page):
    date = models.DateField(_("date"), default=datetime.date.today)
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("e.g. Geneva"))
    source = models.CharField(
        _("source"), max_length=120, blank=True, help_text=_("e.g. Association TV")
    )
    lead = models.TextField(
        _("lead"), blank=True, help_text=_("One or two sentences shown in listings and feeds.")
    )
    lead_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("lead photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    featured = models.BooleanField(_("featured on the home page"), default=False)

    objects = ArticlePageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date"), FieldPanel("place"), FieldPanel("source")])],
            heading=_("Dateline"),
        ),
        FieldPanel("lead"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        InlinePanel("gallery_images", label=_("Photo gallery")),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("tags"), FieldPanel("featured")],
            heading=_("Filing"),
        ),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    search_fields = with_cjk_grams(
        Page.search_fields
        + [
            index.SearchField("lead"),
            index.SearchField("body"),
            index.FilterField("date"),
        ]
    ) + [index.RelatedFields("tags", with_cjk_grams([index.SearchField("name")]))]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("slug"),
        TranslatableField("lead"),
        TranslatableField("body"),
        TranslatableField("place"),
        TranslatableField("source"),
        TranslatableField("gallery_images"),
        SynchronizedField("date"),
        SynchronizedField("lead_image"),
        SynchronizedField("category"),
        SynchronizedField("featured", overridable=True),
        # Tags are words of a language: a translation starts with the source's and keeps its own.
        SynchronizedField("tags", overridable=True),
    ]

    class Meta:
        verbose_name = _("article")

    # Views counted but not yet written to ArticleStats (set by rostra.readers when serving).
    pending_views = 0

    @property
    def view_count(self) -> int:
        try:
            return self.stats.views + self.pending_views
        except ArticleStats.DoesNotExist:
            return self.pending_views

    @property
    def added_by(self) -> str:
        owner = self.owner
        if owner is None:
            return ""
        return owner.get_full_name() or owner.get_username()

    def gallery(self) -> list[ArticleGalleryImage]:
        """The gallery, with the renditions of every photo on the page (lead, gallery, body)
        loaded in one query, so the page costs the same queries whatever its photo count."""
        if not hasattr(self, "_gallery"):
            items = list(self.gallery_images.select_related("image"))
            images = [item.image for item in items] + [self.lead_image]
            for block in self.body:
                if block.block_type == "image":
                    images.append(block.value["image"])
                elif block.block_type == "video":
                    images.append(block.value.get("poster"))
            prefetch_renditions(images, ARTICLE_PAGE_SPECS)
            self._gallery = items
        return self._gallery

    def structured_data(self, request) -> dict:
        from rostra.core.context_processors import site_name
        from rostra.news import structured

        image = self.lead_image.get_rendition("fill-1200x630").url if self.lead_image else ""
        return structured.news_article(self, site_name(request), image)

    def lead_image_alt(self) -> str:
        """What the lead photo shows, for readers who do not see it: the caption the same
        photo has in the gallery, else the image's own description."""
        if self.lead_image_id is None:
            return ""
        for item in self.gallery():
            if item.image_id == self.lead_image_id and item.caption:
                return item.caption
        return self.lead_image.description or ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["gallery"] = self.gallery()
        context["structured_data"] = self.structured_data(request)
        context["tags"] = list(self.tags.all())
        context["page_url"] = self.get_url(request)  # once, not once per photo link
        for _receiver, extra in article_context.send(ArticlePage, page=self, request=request):
            context.update(extra or {})
        return context

    @path("")
    def article(self, request):
        # Views are counted by rostra.readers (buffered, once per visitor and window).
        article_requested.send(ArticlePage, page=self, request=request)
        return self.render(request)

    @path("photos/")
    def photos(self, request):
        """All photos with their captions: the gallery page, which works without JavaScript."""
        return self.render(request, template="news/article_photos.html")

    @path("photos/<int:number>/")
    def photo(self, request, number: int):
        """One photo with previous/next links: the lightbox's page for readers without JS."""
        gallery = self.gallery()
        if not 1 <= number <= len(gallery):
            raise Http404
        return self.render(
            request,
            template="news/article_photo.html",
            context_overrides={
                "photo": gallery[number - 1],
                "number": number,
                "previous_number": number - 1 if number > 1 else None,
                "next_number": number + 1 if number < len(gallery) else None,
            },
        )


class ArticleGalleryImage(TranslatableMixin, Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(get_image_model_string(), on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery photo")


class ArticleStats(models.Model):
    """Counters kept beside the page, so that publishing a revision never resets them.
    `views` is the flushed total; rostra.readers buffers new views and adds them here."""

    page = models.OneToOneField(
        ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="stats"
    )
    views = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("article statistics")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.views} views"

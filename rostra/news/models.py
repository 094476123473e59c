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
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from rostra.core.images import prefetch_renditions
from rostra.core.pages import FastPageMixin
from rostra.core.queries import PreparedQuery
from rostra.core.search import with_cjk_grams
from rostra.news.blocks import ArticleBodyBlock
from rostra.news.forms import ArticlePageForm
from rostra.news.panels import GalleryPanel
from rostra.news.renditions import ARTICLE_PAGE_SPECS
from rostra.news.signals import article_context, article_requested
from rostra.news.slugs import LanguageSlugMixin


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


@register_snippet
class Tag(TranslatableMixin, TagBase):
    """A tag is a word of one language: it belongs to a locale, and its translations share a
    translation key ("congress", «конгресс», 代表大会 are one tag in three languages).

    A page's tags are always of the page's language (`in_locale`): a translation made or synced
    by wagtail-localize gets each source tag's translation in its own language, made (with the
    source's word, to be translated in Snippets → Tags) when it does not exist yet.
    """

    # Unique per language, not across languages: "Berlin" is a tag in English and in German.
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_tag_unique_slug"),
            models.UniqueConstraint(fields=["locale", "name"], name="news_tag_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


def in_locale(tag: Tag, locale_id: int) -> Tag:
    """`tag` in the language `locale_id`: its translation, else the tag of that language with
    the same word, else a new translation carrying the word until a translator changes it."""
    if tag.locale_id == locale_id:
        return tag
    found = Tag.objects.filter(translation_key=tag.translation_key, locale_id=locale_id).first()
    if found is None:
        found = Tag.objects.filter(locale_id=locale_id, name=tag.name).first()
    if found is None:
        found = Tag.objects.create(
            locale_id=locale_id, name=tag.name, translation_key=tag.translation_key
        )
    return found


class _LocalizedTags(_ClusterTaggableManager):
    """Tags given by name are looked up and created in the page's language; tag objects of
    another language become their translation."""

    def _to_tag_model_instances(self, tags, tag_kwargs):
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return super()._to_tag_model_instances(tags, tag_kwargs)
        found = super()._to_tag_model_instances(tags, {**tag_kwargs, "locale_id": locale_id})
        unique: dict[int, Tag] = {}
        for tag in found:
            tag = in_locale(tag, locale_id)
            unique.setdefault(tag.pk, tag)
        return list(unique.values())


class LocalizedTaggableManager(ClusterTaggableManager):
    def __get__(self, instance, model):
        return _LocalizedTags(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )


class ArticleTag(ItemBase):
    tag = models.ForeignKey(Tag, related_name="tagged_articles", on_delete=models.CASCADE)
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

    content_panels = [*Page.content_panels, FieldPanel("intro")]
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
        # The photo that shares the home page: the first featured article's, else the latest's.
        context["lead_article"] = next(iter(context["featured"] + context["latest"]), None)
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

    content_panels = [*Page.content_panels, FieldPanel("intro")]
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
        # A tag page lists one language's tag; another language's slug is not found here.
        tag = get_object_or_404(Tag, locale_id=self.locale_id, slug=slug)
        base = self.url + self.reverse_subpage("tag", kwargs={"slug": tag.slug})
        return self.render_listing(
            request,
            self.articles().filter(tags=tag),
            heading=f"#{tag.name}",
            tag=tag,
            feeds={"rss": base + "feed/rss/", "atom": base + "feed/atom/"},
        )

    @path("tag/<str:slug>/feed/rss/", name="tag_feed_rss")
    def tag_feed_rss(self, request, slug: str):
        from rostra.news.feeds import ArticleFeed

        tag = get_object_or_404(Tag, locale_id=self.locale_id, slug=slug)
        return ArticleFeed(self, kind="rss", tag=tag)(request)

    @path("tag/<str:slug>/feed/atom/", name="tag_feed_atom")
    def tag_feed_atom(self, request, slug: str):
        from rostra.news.feeds import ArticleFeed

        tag = get_object_or_404(Tag, locale_id=self.locale_id, slug=slug)
        return ArticleFeed(self, kind="atom", tag=tag)(request)

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


class ArticlePage(LanguageSlugMixin, FastPageMixin, RoutablePageMixin, Page):
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
    tags = LocalizedTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    featured = models.BooleanField(_("featured on the home page"), default=False)

    objects = ArticlePageManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("date"), FieldPanel("place"), FieldPanel("source")])],
            heading=_("Dateline"),
        ),
        FieldPanel("lead"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        GalleryPanel(
            "gallery_images",
            chooser_field_name="image",
            heading=_("Photo gallery"),
            label=_("photo"),
            help_text=_(
                "Tick as many photos as you like in the chooser. Photos uploaded with “Upload "
                "many photos at once” come first in it."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("tags"), FieldPanel("featured")],
            heading=_("Filing"),
        ),
    ]
    base_form_class = ArticlePageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    # Tags and the place are searched as words of the page's language (stemmed in it).
    search_fields = with_cjk_grams(
        [
            *Page.search_fields,
            index.SearchField("lead"),
            index.SearchField("body"),
            index.SearchField("place"),
            index.SearchField("tag_text"),
            index.FilterField("date"),
        ]
    )
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
        # Tags are words of a language: a translation gets the translations of the source's
        # tags (`localize_tags`) and may add or drop its own.
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

    def localize_tags(self) -> None:
        """Replace any tag of another language (copied by a translation or a sync) by its
        translation in this page's language."""
        if self.locale_id is None:
            return
        # wagtail-localize's sync assigns the source's tag manager to `tags` (an instance
        # attribute in front of the field): take the source's tags in this language, and keep
        # the tags a translator added that have no counterpart in the source's language.
        synced = self.__dict__.pop("tags", None)
        source = getattr(synced, "instance", None)
        if source is not None and source is not self:
            current = list(self.tags.all())
            own = [
                tag
                for tag in current
                if tag.locale_id == self.locale_id
                and not Tag.objects.filter(
                    translation_key=tag.translation_key, locale_id=source.locale_id
                ).exists()
            ]
            self.tags.set([*synced.all(), *own])  # mapped to this language on the way in
            return
        tags = list(self.tags.all())
        if any(tag.locale_id != self.locale_id for tag in tags):
            self.tags.set(tags)

    def clean(self) -> None:
        super().clean()
        self.localize_tags()

    def localize_category(self) -> None:
        """The category in this page's language: a translation (wagtail-localize's sync
        copies the source's category as it is) gets that category's translation, if any."""
        if self.category_id is None or self.locale_id is None:
            return
        translated = (
            Category.objects.filter(
                translation_key__in=Category.objects.filter(pk=self.category_id)
                .exclude(locale_id=self.locale_id)
                .values("translation_key"),
                locale_id=self.locale_id,
            )
            .only("pk")
            .first()
        )
        if translated is not None:
            self.category_id = translated.pk

    def save(self, *args, **kwargs):
        if self.locale_id is not None and (
            "tags" in self.__dict__ or self.tagged_items.is_deferring
        ):
            self.localize_tags()
        self.localize_category()
        return super().save(*args, **kwargs)

    def tag_list(self) -> list[Tag]:
        """The page's tags, by name."""
        if self.pk is None or self.tagged_items.is_deferring:  # a preview, a revision
            return list(self.tags.all())
        return _tags_of_article(self.pk)

    def tag_text(self) -> str:
        # In one order whatever order the database returns them in (a prefetch may differ
        # from a query), so the same page always gets the same index text.
        return " ".join(sorted(tag.name for tag in self.tags.all()))

    @classmethod
    def get_indexed_objects(cls):
        # tag_text is read by each of its three search fields (words, stems, CJK grams), the
        # locale by each stemmed field: indexing in bulk reads both once for all the pages.
        return super().get_indexed_objects().select_related("locale").prefetch_related("tags")

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
            if self.pk is None or self.gallery_images.is_deferring:  # a preview, a revision
                items = list(self.gallery_images.select_related("image"))
            else:
                items = _gallery_with_images(self.pk)
                page_field = ArticleGalleryImage._meta.get_field("page")
                for item in items:
                    page_field.set_cached_value(item, self)
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
        from rostra.core.templatetags.rostra_tags import image_url
        from rostra.news import structured

        # The prefetched rendition, with its filter parsed once per process (image_url).
        image = image_url(self.lead_image, "fill-1200x630")
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
        context["tags"] = self.tag_list()
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


# The article page's own queries, built once per process (rostra.core.queries): the same
# statements as `page.gallery_images.select_related("image")` and `page.tags.all()` (taggit
# orders a page's tags as they were added).
_gallery_with_images = PreparedQuery(
    lambda page_id: ArticleGalleryImage.objects.filter(page_id=page_id).select_related("image")
)
_tags_of_article = PreparedQuery(
    lambda page_id: Tag.objects.filter(tagged_articles__content_object_id=page_id).order_by(
        "tagged_articles__id"
    )
)

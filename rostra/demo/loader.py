"""Loading the whole demo site, step by step, idempotently."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from rostra.demo import (
    categories,
    content,
    images,
    indexing,
    news,
    renditions,
    site,
    slugs,
    users,
)
from rostra.demo import readers as demo_readers
from rostra.events.demo import load_events_demo
from rostra.news.models import ArticlePage
from rostra.org.demo import load_org_demo, registry_counts


@dataclass
class Report:
    created: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        return "\n".join(
            f"  {step:<11} {self.created.get(step, 0):>4} new  {self.seconds[step]:5.1f} s"
            for step in self.seconds
        )


def load(
    *,
    make_renditions: bool = True,
    photo_size: tuple[int, int] = images.PHOTO_SIZE,
    log: Callable[[str], None] | None = None,
) -> Report:
    """Load the demo content; everything but the renditions in one transaction."""
    report = Report()

    def step(name: str, started: float, created: int) -> None:
        report.created[name] = created
        report.seconds[name] = time.monotonic() - started
        if log:
            log(f"  {name}: {created} new ({report.seconds[name]:.1f} s)")

    with transaction.atomic():
        started = time.monotonic()
        indexes, changed = site.ensure_site()
        step("site", started, changed)

        started = time.monotonic()
        editors, created = users.ensure_editors()
        step("editors", started, created)

        started = time.monotonic()
        topics, created = categories.ensure_categories()
        step("categories", started, created)

        with indexing.deferred():
            started = time.monotonic()
            photos, new_photos = images.ensure_photos(list(content.photos()), photo_size)
            step("photos", started, len(new_photos))

            started = time.monotonic()
            ctx = news.Context(indexes=indexes, categories=topics, users=editors, images=photos)
            step("articles", started, news.load_stories(content.all_stories(), ctx))

        started = time.monotonic()
        indexing.index_objects([*new_photos, *ctx.created])
        step("indexing", started, len(new_photos) + len(ctx.created))

        started = time.monotonic()
        before = sum(registry_counts().values())
        after = sum(load_org_demo().values())
        step("registry", started, after - before)

        started = time.monotonic()
        step("events", started, load_events_demo()["new_report_pages"])

        started = time.monotonic()
        step("comments", started, demo_readers.ensure_comments(demo_article_ids()))

        started = time.monotonic()
        step("slugs", started, slugs.ensure_language_slugs())

    if make_renditions:
        started = time.monotonic()
        articles = ArticlePage.objects.filter(pk__in=demo_article_ids()).select_related(
            "lead_image"
        )
        step("renditions", started, renditions.pregenerate(articles))
    return report


def demo_article_ids() -> list[int]:
    """The pages of all demo stories, in every language they have."""
    from wagtail.models import Locale

    from rostra.news.models import NewsIndexPage

    ids = []
    for language in content.configured_languages():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        index = NewsIndexPage.objects.filter(locale=locale).first()
        if index is None:
            continue
        slugs = [s.texts[language].slug for s in content.all_stories() if language in s.texts]
        ids += (
            ArticlePage.objects.child_of(index).filter(slug__in=slugs).values_list("pk", flat=True)
        )
    return ids

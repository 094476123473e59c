"""The readers' side in the Wagtail admin: the moderation queue (menu "Comments"), an
article's views over time (a button on the page's header and listing), and the week's most
read articles on the dashboard."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from django.contrib.auth.models import User
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import PageListingButton
from wagtail.models import Page

from rostra.news.models import ArticlePage
from rostra.readers import admin_views, permissions, stats
from rostra.readers.models import Comment


@hooks.register("register_admin_urls")
def register_admin_urls() -> list[URLPattern]:
    return [
        path("comments/", admin_views.moderation_queue, name="readers_moderation"),
        path("comments/views/<int:page_id>/", admin_views.article_views, name="readers_views"),
        path("comments/preferences/", admin_views.preferences, name="readers_preferences"),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_moderate(request.user)

    def render_component(self, request: HttpRequest) -> Any:
        # The count of comments waiting, where moderators look first.
        component = super().render_component(request)
        pending = Comment.objects.filter(status=Comment.Status.PENDING).count()
        if pending:
            component.label = ngettext(
                "%(label)s (%(count)d waiting)", "%(label)s (%(count)d waiting)", pending
            ) % {"label": self.label, "count": pending}
        return component


@hooks.register("register_admin_menu_item")
def register_moderation_menu() -> ModerationMenuItem:
    return ModerationMenuItem(
        _("Comments"), reverse("readers_moderation"), icon_name="comment", order=250
    )


class MostReadPanel(Component):
    name = "most_read"
    order = 150

    def render_html(self, parent_context: Mapping[str, Any] | None = None) -> str:
        return render_to_string(
            "readers/admin/most_read_panel.html",
            {
                "articles": stats.most_read(days=7),
                "pending": Comment.objects.filter(status=Comment.Status.PENDING).count(),
                # The dashboard renders its panels with its context (None only in the signature).
                "can_moderate": permissions.can_moderate(parent_context["request"].user),  # type: ignore[index]
            },
        )


@hooks.register("construct_homepage_panels")
def add_most_read(request: HttpRequest, panels: list[Component]) -> None:
    # For those who work on the news; a chapter secretary's dashboard is about her chapter.
    from rostra.news.editorial import ADMINISTRATORS, CHIEF_EDITORS, EDITORS

    user = request.user
    if (
        user.is_superuser
        or permissions.can_moderate(user)
        or user.groups.filter(name__in=[EDITORS, CHIEF_EDITORS, ADMINISTRATORS]).exists()
    ):
        panels.append(MostReadPanel())


@hooks.register("register_page_listing_more_buttons")
def views_button(
    page: Page, user: User, next_url: str | None = None, **kwargs: object
) -> Iterator[PageListingButton]:
    if isinstance(page.specific_deferred, ArticlePage) or page.specific_class is ArticlePage:
        yield PageListingButton(_("Views"), reverse("readers_views", args=[page.pk]), priority=60)

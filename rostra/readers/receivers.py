"""Readers' part of serving an article (counting, comments in the context) and the page
cache's invalidation on publishing and on written view counts."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from rostra.news.models import ArticlePage, Category
from rostra.news.signals import article_context, article_requested
from rostra.readers import counting, nginx, pagecache, permissions, visitors
from rostra.readers.forms import CommentForm, form_stamp
from rostra.readers.models import Comment, CommentSettings
from rostra.readers.signals import views_written


def should_count(request: HttpRequest, page: ArticlePage) -> bool:
    """Not a preview, a prefetch, a robot or one of the article's own editors."""
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    meta = request.META
    if visitors.is_bot(meta.get("HTTP_USER_AGENT", "")):
        return False
    prefetch = {
        "sec-purpose": meta.get("HTTP_SEC_PURPOSE", ""),
        "purpose": meta.get("HTTP_PURPOSE", ""),
        "x-moz": meta.get("HTTP_X_MOZ", ""),
    }
    if visitors.is_prefetch(prefetch):
        return False
    return not permissions.is_editor_of(request.user, page)


def count_view(
    sender: type[ArticlePage], page: ArticlePage, request: HttpRequest, **kwargs: object
) -> None:
    counted = should_count(request, page)
    if counted and nginx.enabled():
        # nginx logs the view with this header and readers.viewlog counts it from the log.
        request.readers_view = page.pk  # type: ignore[attr-defined]  # read by middleware.py
    elif counted:
        address = visitors.client_address(
            request.META.get("REMOTE_ADDR", ""), request.META.get("HTTP_X_FORWARDED_FOR", "")
        )
        ua = request.META.get("HTTP_USER_AGENT", "")
        counting.get_counter().record(page.pk, visitors.visitor_id(address, ua))
    # For the page cache: this page's stamp, and a hit counts a view (robots and editors are
    # told apart again on every hit; editors never get cached pages).
    # Read by readers.middleware, as readers_view above.
    request.readers_page = (page.pk, request.method == "GET")  # type: ignore[attr-defined]
    page.pending_views = counting.get_counter().pending(page.pk)


def _approved_and_closed(page: ArticlePage) -> tuple[list[Comment], bool]:
    """The page's approved comments and whether its comments are closed, in one query (the
    article page is counted in queries): a one-row table outer-joined to both."""
    comments, settings_table = Comment._meta.db_table, CommentSettings._meta.db_table
    rows = list(
        Comment.objects.raw(
            # The models' own table names; the values are parameters.
            f"SELECT c.id, c.page_id, c.parent_id, c.name, c.body, c.created_at, c.status, "  # noqa: S608
            f"s.closed AS comments_closed "
            f"FROM (SELECT 1 AS one) AS anchor "
            f"LEFT JOIN {settings_table} s ON s.page_id = %s "
            f"LEFT JOIN {comments} c ON c.page_id = %s AND c.status = %s "
            f"ORDER BY c.created_at, c.id",
            [page.pk, page.pk, Comment.Status.APPROVED],
        )
    )
    approved = [row for row in rows if row.pk is not None]
    # comments_closed: the query's own column, not a field of Comment.
    return approved, bool(rows and rows[0].comments_closed)  # type: ignore[attr-defined]


def comments_context(
    sender: type[ArticlePage], page: ArticlePage, request: HttpRequest, **kwargs: object
) -> dict[str, object]:
    approved, closed = _approved_and_closed(page)
    threads = [c for c in approved if c.parent_id is None]
    by_parent: dict[int, list[Comment]] = {}
    for comment in approved:
        if comment.parent_id:
            by_parent.setdefault(comment.parent_id, []).append(comment)
    for comment in threads:
        # For the template (readers/comments.html): the thread's replies, read in one query.
        comment.thread_replies = by_parent.get(comment.pk, [])  # type: ignore[attr-defined]
    stamp = form_stamp()
    request.readers_form_stamp = stamp  # type: ignore[attr-defined]  # read by middleware.py
    reply_to = None
    if request.GET.get("reply", "").isdigit():
        reply_to = next((c for c in threads if c.pk == int(request.GET["reply"])), None)
    return {
        "comment_count": len(approved),
        "comment_threads": threads,
        "comments_open": permissions.comments_open(page, closed),
        "comment_form": CommentForm(
            user=request.user,
            initial={"shown": stamp, "parent": reply_to.pk if reply_to else None},
        ),
        "comment_reply_to": reply_to,
        "comment_notice": request.GET.get("comment", ""),
        "comments_template": "readers/comments.html",
    }


article_requested.connect(count_view, sender=ArticlePage, dispatch_uid="readers-count-view")
article_context.connect(comments_context, sender=ArticlePage, dispatch_uid="readers-comments")


# --- Page cache invalidation ------------------------------------------------------------------
# Publishing anything changes listings, the home page, feeds, translations' language links and
# the navigation: the whole site's stamp moves. Comments move only their article's stamp.


def _site_changed(**kwargs: object) -> None:
    from django.db import transaction

    transaction.on_commit(pagecache.invalidate_all)


page_published.connect(_site_changed, dispatch_uid="readers-cache-published")
page_unpublished.connect(_site_changed, dispatch_uid="readers-cache-unpublished")
post_page_move.connect(_site_changed, dispatch_uid="readers-cache-moved")
post_delete.connect(_site_changed, sender=Page, dispatch_uid="readers-cache-page-deleted")
post_delete.connect(_site_changed, sender=ArticlePage, dispatch_uid="readers-cache-art-deleted")
post_save.connect(_site_changed, sender=Category, dispatch_uid="readers-cache-category")


def _views_written(sender: object, page_ids: list[int], **kwargs: object) -> None:
    # The shown total is in the cached page: drop it so that it is never below the database's.
    pagecache.invalidate_pages(page_ids)


views_written.connect(_views_written, dispatch_uid="readers-cache-views-written")

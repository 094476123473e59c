"""The admin's moderation queue and the views-over-time chart."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rostra.core.http import AuthenticatedHttpRequest
from rostra.news.models import ArticlePage
from rostra.readers import actions, counting, permissions, stats
from rostra.readers.models import Comment, CommentSettings, ReaderPreferences

BULK = {
    "approve": Comment.Status.APPROVED,
    "reject": Comment.Status.REJECTED,
    "spam": Comment.Status.SPAM,
    "pending": Comment.Status.PENDING,
}


def moderation_queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    if not permissions.can_moderate(request.user):
        raise PermissionDenied
    status = request.GET.get("status", Comment.Status.PENDING)
    if status not in Comment.Status.values:
        status = Comment.Status.PENDING
    if request.method == "POST":
        ids = [int(i) for i in request.POST.getlist("comment") if i.isdigit()]
        action = request.POST.get("action", "")
        if not ids:
            messages.warning(request, _("Select at least one comment."))
        elif action == "delete":
            count = actions.do_delete_comments(ids, request.user)
            messages.success(
                request,
                ngettext("%(count)d comment deleted.", "%(count)d comments deleted.", count)
                % {"count": count},
            )
        elif action in BULK:
            count = actions.do_moderate(ids, BULK[action], request.user)
            label = Comment.Status(BULK[action]).label
            messages.success(
                request,
                ngettext(
                    "%(count)d comment marked as “%(status)s”.",
                    "%(count)d comments marked as “%(status)s”.",
                    count,
                )
                % {"count": count, "status": label},
            )
        return redirect(f"{request.path}?status={status}")
    comments = (
        Comment.objects.filter(status=status)
        .select_related("page", "parent", "user")
        .order_by("-created_at", "-pk")
    )
    page_obj = Paginator(comments, 50).get_page(request.GET.get("p"))
    counts = {
        value: Comment.objects.filter(status=value).count() for value in Comment.Status.values
    }
    return TemplateResponse(
        request,
        "readers/admin/moderation.html",
        {
            "page_title": _("Comments"),
            "comments": page_obj,
            "status": status,
            "statuses": [(value, label, counts[value]) for value, label in Comment.Status.choices],
        },
    )


def article_views(request: AuthenticatedHttpRequest, page_id: int) -> HttpResponse:
    page = get_object_or_404(ArticlePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit() and not permissions.can_moderate(
        request.user
    ):
        raise PermissionDenied
    if request.method == "POST" and "closed" in request.POST:
        actions.do_set_comments_closed(page, request.POST["closed"] == "1", request.user)
        messages.success(request, _("Comment settings saved."))
        return redirect(request.path)
    series = stats.daily_series(page.pk, days=30)
    return TemplateResponse(
        request,
        "readers/admin/article_views.html",
        {
            "page_title": _("Views of “%(title)s”") % {"title": page.title},
            "article": page,
            "chart": stats.svg_bars(series),
            "total": page.view_count + counting.get_counter().pending(page.pk),
            "closed": CommentSettings.objects.filter(page=page, closed=True).exists(),
        },
    )


def preferences(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A user's own choice: e-mails about new comments on the articles they own."""
    prefs = ReaderPreferences.objects.filter(user=request.user).first()
    if request.method == "POST":
        actions.do_set_preferences(
            request.user, notify_comments_on_my_articles=request.POST.get("notify") == "1"
        )
        messages.success(request, _("Your preferences are saved."))
        return redirect(request.path)
    return TemplateResponse(
        request,
        "readers/admin/preferences.html",
        {
            "page_title": _("Comment notifications"),
            "notify": bool(prefs and prefs.notify_comments_on_my_articles),
        },
    )

"""Posting a comment.

The page a comment form sits on may come from the shared page cache, so it cannot carry a
reader's CSRF token. The view is therefore exempt from Django's CSRF middleware and checks
CSRF itself for signed-in readers (whose pages are never cached and do carry a token): a forged
request cannot comment in a signed-in reader's name. A guest has no identity to abuse; a
guest's comment is guarded by the honeypot, the signed minimum fill-in time, the per-address
rate limit, and waits for a moderator.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from rostra.news.models import ArticlePage
from rostra.readers import actions, visitors
from rostra.readers.forms import CommentForm, form_stamp
from rostra.readers.models import Comment


def _rate_limited(request: HttpRequest) -> bool:
    address = visitors.client_address(
        request.META.get("REMOTE_ADDR", ""), request.META.get("HTTP_X_FORWARDED_FOR", "")
    )
    key = "readers:rate:" + visitors.address_hash(address, "comment")
    window = settings.ROSTRA_COMMENTS_RATE_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > settings.ROSTRA_COMMENTS_RATE_LIMIT


def _refuse(
    request: HttpRequest, page: ArticlePage, form: CommentForm, message: str | None = None
) -> HttpResponse:
    if message:
        form.add_error(None, message)
    form.refresh_stamp()
    response: HttpResponse = page.render(request, context_overrides={"comment_form": form})
    response.status_code = 400
    return response


@csrf_exempt
@require_POST
def post_comment(request: HttpRequest, page_id: int) -> HttpResponse:
    page = ArticlePage.objects.live().public().filter(pk=page_id).select_related("owner").first()
    if page is None:
        raise Http404
    if request.user.is_authenticated:
        # Only Django's CSRF check: no next handler and no view is ever called.
        rejected = CsrfViewMiddleware(lambda r: None).process_view(  # type: ignore[arg-type]
            request,
            None,  # type: ignore[arg-type]
            (),
            {},
        )
        if rejected is not None:
            return rejected
    form = CommentForm(request.POST, user=request.user)
    if not form.is_valid():
        return _refuse(request, page, form)
    if _rate_limited(request):
        return _refuse(
            request,
            page,
            form,
            _("You have sent several comments in a short time. Please wait a few minutes."),
        )
    data = form.cleaned_data
    try:
        comment = actions.do_post_comment(
            page,
            body=data["body"],
            user=request.user,
            name=data.get("name", ""),
            email=data.get("email", ""),
            parent_id=data.get("parent"),
        )
    except actions.CommentRefused as refused:
        message = (
            _("Comments on this article are closed.")
            if str(refused) == "closed"
            else _("The comment you replied to is no longer there.")
        )
        return _refuse(request, page, form, message)
    url = page.get_url(request)
    if comment.status == Comment.Status.APPROVED:
        return HttpResponseRedirect(f"{url}?comment=published#comment-{comment.pk}")
    return HttpResponseRedirect(f"{url}?comment=pending#comments")


def form_stamp_view(request: HttpRequest) -> HttpResponse:
    """A fresh comment form stamp, for a page nginx served from a file (readers/js/stamp.js):
    such a page cannot carry one (each stamp is accepted once)."""
    response = HttpResponse(form_stamp(), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response

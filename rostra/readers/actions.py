"""Every change of state of the readers' side: one atomic `do_*` each, side effects after
the commit (e-mails, page-cache invalidation)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from rostra.readers import pagecache, permissions
from rostra.readers.models import Comment, CommentSettings, ReaderPreferences
from rostra.readers.permissions import AnyUser
from rostra.readers.sanitize import clean_comment, clean_text

if TYPE_CHECKING:
    from rostra.news.models import ArticlePage


class CommentRefused(Exception):
    """The comment cannot be taken (comments closed, an unknown parent)."""


@transaction.atomic
def do_post_comment(
    page: ArticlePage,
    *,
    body: str,
    user: AnyUser | None = None,
    name: str = "",
    email: str = "",
    parent_id: int | None = None,
) -> Comment:
    """A reader's comment (or a reply to a top-level comment) on this language page."""
    closed = CommentSettings.objects.filter(page=page, closed=True).exists()
    if not permissions.comments_open(page, closed):
        raise CommentRefused("closed")
    parent = None
    if parent_id:
        parent = Comment.objects.filter(
            pk=parent_id, page=page, status=Comment.Status.APPROVED
        ).first()
        if parent is None:
            raise CommentRefused("parent")
        if parent.parent_id:  # one level only: a reply to a reply joins the same thread
            parent = parent.parent
    account = user if permissions.signed_in(user) else None
    if account is not None:
        name = account.get_full_name() or account.get_username()
        email = account.email
    comment = Comment.objects.create(
        page=page,
        parent=parent,
        user=account,
        name=clean_text(name)[:80],
        email=email.strip(),
        body=clean_comment(body),
        status=(
            Comment.Status.APPROVED if permissions.is_trusted(user) else Comment.Status.PENDING
        ),
    )
    transaction.on_commit(lambda: _after_new_comment(comment.pk, comment.status, page.pk))
    return comment


def _after_new_comment(comment_id: int, status: str, page_id: int) -> None:
    from rostra.readers.tasks import notify_new_comment

    if status == Comment.Status.APPROVED:
        pagecache.invalidate_pages([page_id])
    notify_new_comment.enqueue(comment_id)


@transaction.atomic
def do_moderate(comment_ids: Iterable[int], status: str, moderator: User) -> int:
    """Approve, reject or mark as spam, in bulk. Returns how many comments changed."""
    if not permissions.can_moderate(moderator):
        raise PermissionDenied
    if status not in Comment.Status.values:
        raise ValueError(status)
    comments = Comment.objects.select_for_update().filter(pk__in=list(comment_ids))
    changed = comments.exclude(status=status)
    pages = sorted(set(changed.values_list("page_id", flat=True)))
    count = changed.update(status=status, moderated_at=timezone.now(), moderated_by=moderator)
    if count:
        transaction.on_commit(lambda: pagecache.invalidate_pages(pages))
    return count


@transaction.atomic
def do_delete_comments(comment_ids: Iterable[int], moderator: User) -> int:
    if not permissions.can_moderate(moderator):
        raise PermissionDenied
    comments = Comment.objects.filter(pk__in=list(comment_ids))
    pages = sorted(set(comments.values_list("page_id", flat=True)))
    count, _by_model = comments.delete()
    transaction.on_commit(lambda: pagecache.invalidate_pages(pages))
    return count


@transaction.atomic
def do_set_comments_closed(page: ArticlePage, closed: bool, user: User) -> CommentSettings:
    if not (permissions.can_moderate(user) or permissions.is_editor_of(user, page)):
        raise PermissionDenied
    settings_row, _created = CommentSettings.objects.update_or_create(
        page=page, defaults={"closed": closed}
    )
    transaction.on_commit(lambda: pagecache.invalidate_pages([page.pk]))
    return settings_row


@transaction.atomic
def do_set_preferences(user: User, *, notify_comments_on_my_articles: bool) -> ReaderPreferences:
    prefs, _created = ReaderPreferences.objects.update_or_create(
        user=user, defaults={"notify_comments_on_my_articles": notify_comments_on_my_articles}
    )
    return prefs

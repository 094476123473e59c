"""Who may do what with comments and whose views do not count: decided here only."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeAlias, TypeGuard

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone

if TYPE_CHECKING:
    from wagtail.models import Page

    from rostra.news.models import ArticlePage

MODERATE = "readers.moderate_comment"

# Whoever a request has: a signed-in account or the anonymous visitor.
AnyUser: TypeAlias = User | AnonymousUser


def signed_in(user: AnyUser | None) -> TypeGuard[User]:
    """A signed-in account (not the anonymous visitor, not nobody)."""
    return user is not None and user.is_authenticated


def can_moderate(user: AnyUser | None) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MODERATE))


def is_trusted(user: AnyUser | None) -> bool:
    """Whose comments go out without waiting: moderators, and signed-in readers with at least
    ROSTRA_COMMENTS_TRUSTED_AFTER approved comments (0 turns the latter off)."""
    from rostra.readers.models import Comment

    if user is None or not user.is_authenticated:
        return False
    if can_moderate(user):
        return True
    needed = settings.ROSTRA_COMMENTS_TRUSTED_AFTER
    if needed <= 0:
        return False
    approved = Comment.objects.filter(user=user, status=Comment.Status.APPROVED)
    return approved[:needed].count() >= needed


def is_editor_of(user: AnyUser | None, page: Page) -> bool:
    """The article's own editors: its owner and everyone who may edit it (editors, chief
    editors, administrators, superusers). Their views of it are not counted."""
    if user is None or not user.is_authenticated:
        return False
    if page.owner_id == user.pk:
        return True
    return bool(page.permissions_for_user(user).can_edit())


def comments_open(page: ArticlePage, closed: bool) -> bool:
    if closed:
        return False
    days = settings.ROSTRA_COMMENTS_CLOSE_AFTER_DAYS
    if days <= 0:
        return True
    # Counted from the first publication, not from the article's date: a report of an event
    # held long ago is open for comments when it appears.
    first = page.first_published_at
    opened = timezone.localdate(first) if first else page.date
    return timezone.localdate() <= opened + datetime.timedelta(days=days)

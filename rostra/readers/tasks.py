"""E-mails about new comments, sent after the comment is committed (django-tasks)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.mail import send_mass_mail
from django.db.models import Q, QuerySet
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


def _moderators() -> QuerySet[User]:
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    perm = Q(codename="moderate_comment", content_type__app_label="readers")
    from django.contrib.auth.models import Permission

    permission = Permission.objects.filter(perm).first()
    if permission is None:
        return users.filter(is_superuser=True)
    return users.filter(
        Q(is_superuser=True) | Q(user_permissions=permission) | Q(groups__permissions=permission)
    ).distinct()


@task()
def notify_new_comment(comment_id: int) -> int:
    """Tell the moderators (and the article's owner, if they asked to be told) about a new
    comment. Returns the number of e-mails sent."""
    from rostra.core.templatetags.rostra_tags import public_url
    from rostra.readers.models import Comment, ReaderPreferences

    comment = Comment.objects.select_related("page", "page__owner").filter(pk=comment_id).first()
    if comment is None:
        return 0
    page = comment.page
    recipients = {user.email for user in _moderators()}
    owner = page.owner
    if (
        owner is not None
        and owner.email
        and ReaderPreferences.objects.filter(
            user=owner, notify_comments_on_my_articles=True
        ).exists()
    ):
        recipients.add(owner.email)
    if not recipients:
        return 0
    admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/comments/"
    with translation.override(settings.LANGUAGE_CODE):
        if comment.status == Comment.Status.PENDING:
            state = _("It waits for moderation: %(url)s") % {"url": admin_url}
        else:
            state = _("It is published.")
        subject = _("New comment on “%(title)s”") % {"title": page.title}
        body = (
            _("%(name)s wrote on “%(title)s”:") % {"name": comment.name, "title": page.title}
            + f"\n\n{comment.body}\n\n{state}\n{public_url(page)}\n"
        )
    messages = [(subject, body, settings.DEFAULT_FROM_EMAIL, [to]) for to in sorted(recipients)]
    return send_mass_mail(messages, fail_silently=False)

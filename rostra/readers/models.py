"""Comments on articles, their per-article settings, readers' preferences and view counts.

The running total of an article's views stays in news.ArticleStats (read by the footer);
DailyViews keeps the per-day figures for the admin's chart and the week's most read.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for moderation")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        SPAM = "spam", _("spam")

    # The language page it was written on: a translation is another page with its own comments.
    page = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    # One level of replies: a reply's parent is always a top-level comment.
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(pgettext_lazy("person", "name"), max_length=80)
    # A guest's address, for the moderators only: never shown on the site.
    email = models.EmailField(_("e-mail"), blank=True)
    body = models.TextField(_("comment"), help_text=_("Sanitised HTML."))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["page", "status", "created_at"])]
        permissions = [("moderate_comment", _("Can moderate comments"))]

    def __str__(self) -> str:
        return f"{self.name}: {self.body[:40]}"

    @property
    def is_guest(self) -> bool:
        return self.user_id is None


class CommentSettings(models.Model):
    """Per-article comment switches, kept beside the page like news.ArticleStats."""

    page = models.OneToOneField(
        "news.ArticlePage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="comment_settings",
    )
    closed = models.BooleanField(_("comments closed"), default=False)

    class Meta:
        verbose_name = _("comment settings")
        verbose_name_plural = _("comment settings")

    def __str__(self) -> str:
        return f"{self.page_id}: {'closed' if self.closed else 'open'}"


class ReaderPreferences(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="reader_preferences",
    )
    notify_comments_on_my_articles = models.BooleanField(
        _("e-mail me about new comments on my articles"), default=False
    )

    class Meta:
        verbose_name = _("reader preferences")
        verbose_name_plural = _("reader preferences")

    def __str__(self) -> str:
        return str(self.user_id)


class DailyViews(models.Model):
    page = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="daily_views"
    )
    date = models.DateField()
    views = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="readers_daily_views_once")
        ]
        indexes = [models.Index(fields=["date", "page"])]

    def __str__(self) -> str:
        return f"{self.page_id} {self.date}: {self.views}"


class ViewFlush(models.Model):
    """A batch of buffered views written to the database, recorded in the same transaction:
    a flush interrupted after its commit is recognised when retried and not counted twice."""

    flush_id = models.CharField(max_length=64, primary_key=True)
    applied_at = models.DateTimeField(auto_now_add=True)
    views = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return self.flush_id


class ViewLogPosition(models.Model):
    """How far the tailer of nginx's view log has counted (readers.viewlog): written in the
    same transaction as the counts, so a restart neither counts a line twice nor skips one."""

    name = models.CharField(max_length=500, primary_key=True)  # the log's path
    inode = models.BigIntegerField()
    offset = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name}: {self.inode}@{self.offset}"

"""What an import leaves behind: one row per old entry (its key, its page, what was imported
last time) and the redirect table that keeps the old site's addresses working."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ArchiveEntry(models.Model):
    """An entry of an old site, keyed by its old address (uCoz) or its guid (WordPress): a
    second run finds it here and updates its page instead of making another."""

    preset = models.CharField(_("preset"), max_length=40)
    key = models.CharField(_("old key"), max_length=500)
    page = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10)
    old_url = models.CharField(_("old address"), max_length=500, blank=True)
    # A digest of everything imported: an unchanged entry is skipped on the next run.
    fingerprint = models.CharField(max_length=64, blank=True)
    # The old site's view count as last imported: a new figure is added as the difference, so
    # views counted by Rostra since the import are kept.
    imported_views = models.PositiveBigIntegerField(default=0)
    # {old comment key: comment id}, so that a second run updates comments instead of adding.
    comments = models.JSONField(default=dict, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    imported_at = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported entry")
        verbose_name_plural = _("imported entries")
        constraints = [
            models.UniqueConstraint(fields=["preset", "key"], name="archive_entry_unique_key")
        ]

    def __str__(self) -> str:
        return self.old_url or self.key


class OldAddress(models.Model):
    """The redirect table: an old site's address (path, with its query where it has one)
    answers 301 with the page's address, plus `route` for a sub-page ("photos/")."""

    path = models.CharField(_("old address"), max_length=500, unique=True)
    page = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    route = models.CharField(_("sub-page"), max_length=100, blank=True)
    entry = models.ForeignKey(
        ArchiveEntry, null=True, blank=True, on_delete=models.CASCADE, related_name="addresses"
    )

    class Meta:
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")

    def __str__(self) -> str:
        return self.path


class ImportRun(models.Model):
    """One import started from the admin: its options, progress and final report."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("finished")
        FAILED = "failed", _("failed")

    source = models.CharField(_("source"), max_length=1000)
    preset = models.CharField(_("preset"), max_length=40)
    dry_run = models.BooleanField(_("dry run"), default=False)
    options = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("archive import")
        verbose_name_plural = _("archive imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.preset}: {self.source}"

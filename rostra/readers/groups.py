"""The Moderators group, and comment moderation for chief editors and administrators too
(set up after every migrate, idempotently)."""

from __future__ import annotations

from rostra.news.editorial import ADMINISTRATORS, CHIEF_EDITORS

MODERATORS = "Moderators"
_MODERATION = ["readers.moderate_comment", "readers.view_comment", "readers.change_comment"]
GRANTS = {
    MODERATORS: ["wagtailadmin.access_admin", *_MODERATION],
    CHIEF_EDITORS: _MODERATION,
    ADMINISTRATORS: _MODERATION,
}

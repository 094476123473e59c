"""Who may import an archive: it writes articles in every language, so administrators only."""

from __future__ import annotations

from rostra.news.editorial import ADMINISTRATORS


def can_import(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists()

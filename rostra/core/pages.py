"""Behaviour shared by Rostra's page models."""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


class FastPageMixin:
    """Answers Wagtail's per-request questions in fewer queries.

    Wagtail finds a page's view restrictions with one query for the ancestors and one for the
    restrictions. The ancestors' tree paths are prefixes of the page's own, so one query does:
    restrictions on the page or an ancestor, or on the source of an ancestor that is an alias
    (an alias has no restrictions of its own, it follows its source). A page found by
    `rostra.core.routing` already knows whether it has any: then none costs no query.
    """

    def get_view_restrictions(self):
        if getattr(self, "_has_view_restrictions", None) is False:
            return PageViewRestriction.objects.none()
        if self.alias_of_id:
            return super().get_view_restrictions()
        step = Page.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()

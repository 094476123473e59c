"""Behaviour shared by Rostra's page models."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction

# For the checker the mixin is a Page (what it is mixed into); at run time a plain class.
if TYPE_CHECKING:
    from wagtail.models import Page as _Base
else:
    _Base = object


class FastPageMixin(_Base):
    """Answers Wagtail's per-request questions in fewer queries.

    Wagtail finds a page's view restrictions with one query for the ancestors and one for the
    restrictions. The ancestors' tree paths are prefixes of the page's own, so one query does:
    restrictions on the page or an ancestor, or on the source of an ancestor that is an alias
    (an alias has no restrictions of its own, it follows its source). A page found by
    `rostra.core.routing` already knows whether it has any: then none costs no query.
    """

    def get_view_restrictions(self) -> QuerySet[PageViewRestriction]:
        if getattr(self, "_has_view_restrictions", None) is False:
            none: QuerySet[PageViewRestriction] = PageViewRestriction.objects.none()
            return none
        if self.alias_of_id:
            inherited: QuerySet[PageViewRestriction] = super().get_view_restrictions()
            return inherited
        step = Page.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        restrictions: QuerySet[PageViewRestriction] = PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()
        return restrictions

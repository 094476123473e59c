"""Tags for the newsroom's admin templates."""

from __future__ import annotations

from django import template

from rostra.news import actions
from rostra.news.wagtail_hooks import DECIDE, SUBMIT

register = template.Library()


@register.inclusion_tag("news/admin/translation_review.html", takes_context=True)
def translation_review(context, page):
    """The review bar of wagtail-localize's translation editor: hand the translation in, or
    (for a reviewer) approve it or request changes."""
    request = context["request"]
    return {
        "page": page,
        "review": actions.review_state(page, request.user),
        "submit_name": SUBMIT,
        "decide_name": DECIDE,
        "csrf_token": context.get("csrf_token"),
    }
